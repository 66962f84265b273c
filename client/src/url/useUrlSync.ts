import { useEffect } from 'react';
import { useStore } from '../store/index.ts';
import { DEFAULT_VIEW, serializeView, type ViewState } from './viewState.ts';
import { serializeAnswer, type AnswerRef } from './answerUrl.ts';

export const URL_DEBOUNCE_MS = 300;

/** The current view, as it goes into the URL. */
export function currentView(): ViewState {
  const s = useStore.getState();
  return {
    ids: [...s.graph.nodes.keys()],
    hiddenLabels: s.hiddenLabels,
    layout: s.layout,
    language: s.language,
    selection: s.selection,
    pinned: s.pinned,
    canvasStyle: s.canvasStyle,
  };
}

/** The answer view on the canvas, as its link says it; null when the canvas shows something else. */
export function currentAnswer(): AnswerRef | null {
  const { answer, graph } = useStore.getState();
  if (!answer || answer.graph !== graph) return null;
  if (answer.kind === 'trace') return { kind: 'trace', id: answer.rootId, direction: answer.direction };
  if (answer.kind === 'paths')
    return {
      kind: 'paths',
      from: answer.from,
      to: answer.to,
      path: answer.rank,
      types: answer.filter.types,
      includeHubs: answer.filter.includeHubs,
    };
  return null;
}

/** The address of what the canvas shows: an answer view's link, or the view itself. */
export function currentSearch(base: string): string {
  const answer = currentAnswer();
  const { answer: shown, graph, language, canvasStyle } = useStore.getState();
  // The first view is what a link without a view opens: its address names only the language and style.
  if (answer || (shown?.kind === 'first' && shown.graph === graph))
    return serializeView({ ...DEFAULT_VIEW, language, canvasStyle }, serializeAnswer(answer, base));
  return serializeView(currentView(), serializeAnswer(null, base));
}

/**
 * Mirrors the view into the address bar (replaceState: no history entry per click), debounced so an expansion
 * writes once. Starts after the first load (`enabled`) so a shared link is not overwritten by the empty canvas.
 */
export function useUrlSync(enabled: boolean) {
  const graph = useStore((s) => s.graph);
  const hiddenLabels = useStore((s) => s.hiddenLabels);
  const layout = useStore((s) => s.layout);
  const language = useStore((s) => s.language);
  const selection = useStore((s) => s.selection);
  const pinned = useStore((s) => s.pinned);
  const canvasStyle = useStore((s) => s.canvasStyle);
  const answer = useStore((s) => s.answer);
  useEffect(() => {
    if (!enabled) return;
    const timer = setTimeout(() => {
      const search = currentSearch(window.location.search);
      if (search !== window.location.search)
        window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}`);
    }, URL_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [enabled, graph, hiddenLabels, layout, language, selection, pinned, canvasStyle, answer]);
}

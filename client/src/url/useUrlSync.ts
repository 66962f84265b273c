import { useEffect } from 'react';
import { canvasViewport, onViewportChange } from '../cytoscape/index.ts';
import { useStore } from '../store/index.ts';
import { DEFAULT_VIEW, serializeView, type ViewState } from './viewState.ts';
import { serializeAnswer, type AnswerRef } from './answerUrl.ts';
import { describeEdges } from './shareLink.ts';

export const URL_DEBOUNCE_MS = 300;

/**
 * The current view, as it goes into the URL: the nodes on the canvas (less those hidden one by one), exactly the
 * edges among them, and the viewport.
 */
export function currentView(): Omit<ViewState, 'problem'> {
  const s = useStore.getState();
  const hidden = new Set(s.hiddenIds);
  const ids = [...s.graph.nodes.keys()].filter((id) => !hidden.has(id));
  const edges = [...s.graph.edges.values()].filter((e) => !hidden.has(e.source) && !hidden.has(e.target));
  return {
    ids,
    edges: describeEdges(edges, null),
    viewport: ids.length > 0 ? canvasViewport() : null,
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
 * or a pan writes once. Starts after the first load (`enabled`) so a shared link is not overwritten by the empty
 * canvas.
 */
export function useUrlSync(enabled: boolean) {
  const graph = useStore((s) => s.graph);
  const hiddenIds = useStore((s) => s.hiddenIds);
  const hiddenLabels = useStore((s) => s.hiddenLabels);
  const layout = useStore((s) => s.layout);
  const language = useStore((s) => s.language);
  const selection = useStore((s) => s.selection);
  const pinned = useStore((s) => s.pinned);
  const canvasStyle = useStore((s) => s.canvasStyle);
  const answer = useStore((s) => s.answer);
  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(writeAddress, URL_DEBOUNCE_MS);
    };
    schedule();
    // Pans and zooms change the link too, without a store change (and without a React render per frame).
    const stopWatching = onViewportChange(schedule);
    return () => {
      clearTimeout(timer);
      stopWatching();
    };
  }, [enabled, graph, hiddenIds, hiddenLabels, layout, language, selection, pinned, canvasStyle, answer]);
}

function writeAddress() {
  const search = currentSearch(window.location.search);
  if (search !== window.location.search)
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}`);
}

import { useEffect } from 'react';
import { useStore } from '../store/index.ts';
import { serializeView, type ViewState } from './viewState.ts';

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
  };
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
  useEffect(() => {
    if (!enabled) return;
    const timer = setTimeout(() => {
      const search = serializeView(currentView(), window.location.search);
      if (search !== window.location.search)
        window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}`);
    }, URL_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [enabled, graph, hiddenLabels, layout, language, selection, pinned]);
}

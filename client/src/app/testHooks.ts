/**
 * Hooks for the end-to-end tests, installed only with `?testHooks=1`: the suite loads synthetic graphs and reads
 * positions through them rather than through the UI. Nothing here runs for normal visitors.
 */
import { syntheticGraph } from '../graph/index.ts';
import { useStore } from '../store/index.ts';
import { canvasPositions, nodeClientPosition } from '../features/canvas/index.ts';

export type TestHooks = {
  loadSynthetic(count: number): void;
  positions(): Record<string, { x: number; y: number }>;
  clientPosition(id: string): { x: number; y: number } | null;
  setExpandThreshold(n: number): void;
  state(): { nodes: number; past: number; future: number; pinned: string[]; layout: string };
};

declare global {
  interface Window {
    __plangraph?: TestHooks;
  }
}

export function installTestHooks(search = window.location.search): void {
  if (new URLSearchParams(search).get('testHooks') !== '1') return;
  const actions = () => useStore.getState().actions;
  window.__plangraph = {
    loadSynthetic(count) {
      actions().setGraph(syntheticGraph(count));
      actions().setStatus('ready');
    },
    positions: canvasPositions,
    clientPosition: nodeClientPosition,
    setExpandThreshold: (n) => actions().setExpandThreshold(n),
    state() {
      const s = useStore.getState();
      return {
        nodes: s.graph.nodes.size,
        past: s.past.length,
        future: s.future.length,
        pinned: s.pinned,
        layout: s.layout,
      };
    },
  };
}

/**
 * Hooks for the end-to-end tests and the front-end benchmarks, installed only with `?testHooks=1`: they load
 * synthetic graphs and read positions through them rather than through the UI. Nothing here runs for normal visitors.
 */
import { syntheticGraph } from '../graph/index.ts';
import { useStore } from '../store/index.ts';
import type { Core, EventObject } from 'cytoscape';
import type { Renderer } from '../cytoscape/index.ts';
import { canvasPositions, forceRenderer, nodeClientPosition, watchCanvas } from '../features/canvas/index.ts';

export type SyntheticOptions = {
  /** Draw with this renderer whatever the size (the explorer picks WebGL above 800 elements); unset: by size. */
  renderer?: Renderer;
};

export type TestHooks = {
  loadSynthetic(count: number, options?: SyntheticOptions): void;
  /**
   * Calls `listener` when a layout that starts after this call stops, on this canvas or on one created later
   * (switching renderers creates one). Returns the function that stops listening.
   */
  onLayoutStop(listener: () => void): () => void;
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
    loadSynthetic(count, options = {}) {
      forceRenderer(options.renderer ?? null);
      actions().setGraph(syntheticGraph(count));
      actions().setStatus('ready');
    },
    onLayoutStop(listener) {
      // Only layouts that start from now on: stopping the previous layout also emits a layoutstop.
      const started = new WeakSet<object>();
      const onStart = (e: EventObject) => void started.add(e.layout as object);
      const onStop = (e: EventObject) => {
        if (started.has(e.layout as object)) listener();
      };
      const watched: Core[] = [];
      const unwatch = watchCanvas((controller) => {
        controller.cy.on('layoutstart', onStart).on('layoutstop', onStop);
        watched.push(controller.cy);
      });
      return () => {
        unwatch();
        for (const cy of watched) if (!cy.destroyed()) cy.off('layoutstart', onStart).off('layoutstop', onStop);
      };
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

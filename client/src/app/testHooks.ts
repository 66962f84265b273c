/**
 * Hooks for the end-to-end tests and the front-end benchmarks, installed only with `?testHooks=1`: they load
 * synthetic graphs and read positions through them rather than through the UI. Nothing here runs for normal visitors.
 */
import type { Subgraph } from '../api/types.ts';
import { syntheticGraph } from '../graph/index.ts';
import type { LabelBox } from '../graph/answer/index.ts';
import { useStore } from '../store/index.ts';
import {
  activeCanvas,
  canvasPositions,
  canvasViewport,
  forcePositions,
  forceRenderer,
  nodeClientPosition,
  onLayoutStop,
  type Positions,
  type Renderer,
} from '../cytoscape/index.ts';
import { drawnLabelBoxes } from '../cytoscape/labelBoxes.ts';
import { drawnNodeStyles, type DrawnNodeStyle } from '../cytoscape/nodeStyles.ts';

export type SyntheticOptions = {
  /** Draw with this renderer whatever the size (the explorer picks WebGL above 800 elements); unset: by size. */
  renderer?: Renderer;
  /** Place the nodes here instead of laying them out (the rendering benchmark compares drawing alone). */
  positions?: Positions;
};

export type TestHooks = {
  loadSynthetic(count: number, options?: SyntheticOptions): void;
  /** The synthetic graph `loadSynthetic` shows, built ahead so that a benchmark times the showing alone. */
  syntheticGraph(count: number): Subgraph;
  /** Shows a graph built ahead (`syntheticGraph`), as `loadSynthetic` does. */
  loadGraph(graph: Subgraph, options?: SyntheticOptions): void;
  /**
   * Calls `listener` when a layout that starts after this call stops, on this canvas or on one created later
   * (switching renderers creates one). Returns the function that stops listening.
   */
  onLayoutStop(listener: () => void): () => void;
  /**
   * True when the view is final: the canvas has answered the store's latest layout request, and no layout,
   * viewport animation or label redraw is running or waiting.
   */
  settled(): boolean;
  positions(): Record<string, { x: number; y: number }>;
  /** The edges on the canvas with their relationship type. */
  edges(): { id: string; type: string; source: string; target: string }[];
  /**
   * One entry per node label drawn inside the visible canvas: its text, the drawn font size (font size × zoom) and
   * its box in CSS px of the page (group nodes count as nodes).
   */
  labelBoxes(): LabelBox[];
  clientPosition(id: string): { x: number; y: number } | null;
  /** Each node's drawn diameter (model px) and fill colour, as the stylesheet resolved them. */
  nodeStyles(): Record<string, DrawnNodeStyle>;
  /** The canvas's zoom and pan (null without a canvas). */
  viewport(): { zoom: number; pan: { x: number; y: number } } | null;
  setExpandThreshold(n: number): void;
  state(): { nodes: number; past: number; future: number; pinned: string[]; layout: string };
  /** Cytoscape's own `cy.png` of the drawn view, timed in the page: the baseline the export benchmark compares with. */
  cytoscapePng(options: { scale: number; full: boolean }): { base64: string; ms: number } | null;
  /**
   * Cytoscape's own JSON of the drawn view (elements with positions, stylesheet, renderer and viewport options): what
   * the rendering benchmark's bare Cytoscape page is created from.
   */
  cytoscapeJson(): object | null;
};

declare global {
  interface Window {
    __plangraph?: TestHooks;
  }
}

export function installTestHooks(search = window.location.search): void {
  if (new URLSearchParams(search).get('testHooks') !== '1') return;
  const actions = () => useStore.getState().actions;
  const loadGraph: TestHooks['loadGraph'] = (graph, options = {}) => {
    forceRenderer(options.renderer ?? null);
    forcePositions(options.positions ?? null);
    actions().setGraph(graph);
    actions().setStatus('ready');
  };
  window.__plangraph = {
    loadSynthetic: (count, options) => loadGraph(syntheticGraph(count), options),
    syntheticGraph,
    loadGraph,
    onLayoutStop,
    settled() {
      const canvas = activeCanvas();
      if (!canvas) return false;
      // The store's latest layout request must have reached the canvas (React renders after the store changes).
      return canvas.lastRequest === useStore.getState().layoutRequest.seq && canvas.settled();
    },
    positions: canvasPositions,
    edges() {
      const canvas = activeCanvas();
      if (!canvas) return [];
      return canvas.cy.edges().map((e) => ({
        id: e.id(),
        type: String(e.data('type')),
        source: e.source().id(),
        target: e.target().id(),
      }));
    },
    labelBoxes() {
      const canvas = activeCanvas();
      return canvas ? drawnLabelBoxes(canvas.cy) : [];
    },
    clientPosition: nodeClientPosition,
    nodeStyles() {
      const canvas = activeCanvas();
      return canvas ? drawnNodeStyles(canvas.cy) : {};
    },
    viewport: canvasViewport,
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
    cytoscapePng({ scale, full }) {
      const canvas = activeCanvas();
      if (!canvas) return null;
      const t0 = performance.now();
      const base64 = canvas.cy.png({ scale, full, output: 'base64' });
      return { base64, ms: performance.now() - t0 };
    },
    cytoscapeJson: () => activeCanvas()?.cy.json() ?? null,
  };
}

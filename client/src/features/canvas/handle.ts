/**
 * The mounted canvas, for the few callers outside the canvas component that need to ask it something
 * (a keyboard-opened menu needs a node's screen position; the test hooks read positions). Read-only queries.
 */
import type { CanvasController, Positions, Renderer } from '../../cytoscape/index.ts';

let current: CanvasController | null = null;
const watchers = new Set<(controller: CanvasController) => void>();

export function setCanvasHandle(controller: CanvasController | null) {
  current = controller;
  if (controller) for (const watch of watchers) watch(controller);
}

/** Calls `watch` with the mounted canvas and with each one mounted later (a renderer switch makes a new one). */
export function watchCanvas(watch: (controller: CanvasController) => void): () => void {
  watchers.add(watch);
  if (current) watch(current);
  return () => {
    watchers.delete(watch);
  };
}

export function nodeClientPosition(id: string): { x: number; y: number } | null {
  return current?.clientPosition(id) ?? null;
}

export function canvasPositions(): Positions {
  return current?.positions() ?? {};
}

let forced: Renderer | null = null;

/**
 * Test hooks and benchmarks only: use this renderer whatever the view's size (null: choose by size, the default).
 * Read when the canvas renders, so it takes effect with the next graph change.
 */
export function forceRenderer(renderer: Renderer | null) {
  forced = renderer;
}

export function forcedRenderer(): Renderer | null {
  return forced;
}

/**
 * The mounted canvas, for the few callers outside the canvas component that need to ask it something (a
 * keyboard-opened menu needs a node's screen position, export reads the drawing, the test hooks wait for the
 * view to settle). The controller registers itself when created and leaves when destroyed; there is one canvas.
 */
import type { EventObject } from 'cytoscape';
import type { CanvasController, Positions, Renderer, Viewport } from './controller.ts';

let current: CanvasController | null = null;
const watchers = new Set<(controller: CanvasController) => void>();
const changeListeners = new Set<() => void>();

export function registerCanvas(controller: CanvasController): void {
  current = controller;
  for (const watch of watchers) watch(controller);
  canvasChanged();
}

export function unregisterCanvas(controller: CanvasController): void {
  if (current === controller) current = null;
  canvasChanged();
}

/** The mounted canvas, or null before the first one is created (or after it is gone). */
export function activeCanvas(): CanvasController | null {
  return current;
}

/** Calls `watch` with the mounted canvas and with each one mounted later (a renderer switch makes a new one). */
export function watchCanvas(watch: (controller: CanvasController) => void): () => void {
  watchers.add(watch);
  if (current) watch(current);
  return () => {
    watchers.delete(watch);
  };
}

/** The controller calls this when its elements, layouts or animations change. */
export function canvasChanged(): void {
  for (const listener of [...changeListeners]) listener();
}

/**
 * Resolves once `check` holds for the mounted canvas, tested now and after each change the canvas reports
 * (elements set, a layout or an animation started or finished, a canvas created).
 */
export function untilCanvas(check: (controller: CanvasController) => boolean): Promise<CanvasController> {
  return new Promise((resolve) => {
    const test = () => {
      if (!current || !check(current)) return;
      changeListeners.delete(test);
      resolve(current);
    };
    changeListeners.add(test);
    test();
  });
}

export function nodeClientPosition(id: string): { x: number; y: number } | null {
  return current?.clientPosition(id) ?? null;
}

/** The mounted canvas's zoom and pan, or null without a canvas. */
export function canvasViewport(): Viewport | null {
  return current?.viewport() ?? null;
}

/**
 * Calls `listener` whenever the user or the app pans or zooms, on this canvas or on one created later. Returns the
 * function that stops listening.
 */
export function onViewportChange(listener: () => void): () => void {
  const watched: CanvasController[] = [];
  const unwatch = watchCanvas((controller) => {
    controller.cy.on('viewport', listener);
    watched.push(controller);
  });
  return () => {
    unwatch();
    for (const { cy } of watched) if (!cy.destroyed()) cy.off('viewport', listener);
  };
}

export function canvasPositions(): Positions {
  return current?.positions() ?? {};
}

/**
 * Calls `listener` when a layout that starts after this call stops, on this canvas or on one created later
 * (switching renderers creates one). Returns the function that stops listening.
 */
export function onLayoutStop(listener: () => void): () => void {
  // Only layouts that start from now on: stopping the previous layout also emits a layoutstop.
  const started = new WeakSet<object>();
  const onStart = (e: EventObject) => void started.add(e.layout as object);
  const onStop = (e: EventObject) => {
    if (started.has(e.layout as object)) listener();
  };
  const watched: CanvasController[] = [];
  const unwatch = watchCanvas((controller) => {
    controller.cy.on('layoutstart', onStart).on('layoutstop', onStop);
    watched.push(controller);
  });
  return () => {
    unwatch();
    for (const { cy } of watched) if (!cy.destroyed()) cy.off('layoutstart', onStart).off('layoutstop', onStop);
  };
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

let forcedPreset: Positions | null = null;

/**
 * Test hooks and benchmarks only: place nodes at these positions instead of running the layout (null: lay out, the
 * default), so a benchmark can compare drawing alone. Read when a layout runs.
 */
export function forcePositions(positions: Positions | null) {
  forcedPreset = positions;
}

export function forcedPositions(): Positions | null {
  return forcedPreset;
}

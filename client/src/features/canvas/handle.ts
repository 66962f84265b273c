/**
 * The mounted canvas, for the few callers outside the canvas component that need to ask it something
 * (a keyboard-opened menu needs a node's screen position; the test hooks read positions). Read-only queries.
 */
import type { CanvasController, Positions } from '../../cytoscape/index.ts';

let current: CanvasController | null = null;

export function setCanvasHandle(controller: CanvasController | null) {
  current = controller;
}

export function nodeClientPosition(id: string): { x: number; y: number } | null {
  return current?.clientPosition(id) ?? null;
}

export function canvasPositions(): Positions {
  return current?.positions() ?? {};
}

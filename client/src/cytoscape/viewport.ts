/** Viewport maths for fit and focus: pure, in model coordinates, so it is tested without a canvas. */
import type { FreeArea } from '../graph/answer/index.ts';

export type Point = { x: number; y: number };
/** A bounding box as Cytoscape reports it. */
export type Box = { x1: number; y1: number; w: number; h: number };
export type ViewSize = { width: number; height: number; minZoom: number };

export const MAX_FIT_ZOOM = 1.25;
/** Below this zoom, 11px labels are too small to read. */
export const MIN_FOCUS_ZOOM = 0.75;
const FIT_PADDING = 56;
const FOCUS_PADDING = 80;

/** The zoom at which a box fits the view with padding, capped at `max`. */
function fittingZoom(view: ViewSize, bb: Box, pad: number, max: number): number {
  return Math.min(max, (view.width - 2 * pad) / Math.max(bb.w, 1), (view.height - 2 * pad) / Math.max(bb.h, 1));
}

/** The pan that puts a model point at the centre of the view. */
function centring(view: ViewSize, zoom: number, p: Point): Point {
  return { x: view.width / 2 - zoom * p.x, y: view.height / 2 - zoom * p.y };
}

/** A part of the view, in view px from its top left corner: the area answer views are planned for. */
export type Area = FreeArea;
/** A rectangle in client coordinates (what getBoundingClientRect reports). */
export type Rect = { left: number; top: number; right: number; bottom: number; width: number };

type Cut = { side: 'left' | 'right' | 'top' | 'bottom'; by: number };

/** The four strips along the view's edges that would clear overlay `o`, cheapest first (none if it is not in the way). */
function clearingCuts(canvas: Rect, o: Rect): Cut[] {
  const outside = o.right <= canvas.left || o.left >= canvas.right || o.bottom <= canvas.top || o.top >= canvas.bottom;
  if (o.width === 0 || outside) return [];
  const cuts: Cut[] = [
    { side: 'left', by: o.right - canvas.left },
    { side: 'right', by: canvas.right - o.left },
    { side: 'top', by: o.bottom - canvas.top },
    { side: 'bottom', by: canvas.bottom - o.top },
  ];
  return cuts.sort((a, b) => a.by - b.by);
}

function applyCut(area: Area, size: { width: number; height: number }, cut: Cut): Area {
  const next = { ...area };
  if (cut.side === 'left') next.left = Math.max(next.left, cut.by);
  if (cut.side === 'right') next.right = Math.min(next.right, size.width - cut.by);
  if (cut.side === 'top') next.top = Math.max(next.top, cut.by);
  if (cut.side === 'bottom') next.bottom = Math.min(next.bottom, size.height - cut.by);
  return next;
}

/**
 * The free parts of the view (at `canvas` on screen, `size` big): every area left by clearing each overlay that
 * reaches into the view along one of its four edges (4^n areas for n overlays in the way; the explorer has at most
 * three). A wide drawing fits best above a corner legend, a tall one beside it: fits choose among them, and answer
 * views are laid out for the one that draws them largest.
 */
export function freeCanvasAreas(canvas: Rect, size: { width: number; height: number }, obstacles: Rect[]): Area[] {
  let areas: Area[] = [{ left: 0, top: 0, right: size.width, bottom: size.height }];
  for (const o of obstacles) {
    const cuts = clearingCuts(canvas, o);
    if (cuts.length === 0) continue;
    areas = areas.flatMap((a) => cuts.map((c) => applyCut(a, size, c)));
  }
  return areas.filter((a) => a.right > a.left && a.bottom > a.top);
}

/**
 * Fits the graph into `free` (the whole view when absent), but never zooms in past MAX_FIT_ZOOM: a handful of
 * nodes should not fill the screen.
 */
export function fitViewport(view: ViewSize, bb: Box, free?: Area): { zoom: number; pan: Point } {
  const area = free ?? { left: 0, top: 0, right: view.width, bottom: view.height };
  const inner = { width: area.right - area.left, height: area.bottom - area.top, minZoom: view.minZoom };
  // No floor: a fit shows the whole graph however far out that takes (the canvas lowers its minimum zoom to it).
  const zoom = fittingZoom(inner, bb, FIT_PADDING, MAX_FIT_ZOOM);
  const pan = centring(inner, zoom, { x: bb.x1 + bb.w / 2, y: bb.y1 + bb.h / 2 });
  return { zoom, pan: { x: area.left + pan.x, y: area.top + pan.y } };
}

/** The fit into whichever free area shows the graph largest (the whole view when there are none). */
export function bestFitViewport(view: ViewSize, bb: Box, areas: Area[]): { zoom: number; pan: Point } {
  const fits = areas.length > 0 ? areas.map((a) => fitViewport(view, bb, a)) : [fitViewport(view, bb)];
  return fits.reduce((best, f) => (f.zoom > best.zoom ? f : best));
}

export type FocusViewport = { zoom: number; pan: Point } | { zoom: number; centreNeighbourhood: true };

/**
 * Brings a node and its neighbours (`bb`) into view, without zooming in further than is comfortable to read.
 * When the neighbourhood is too spread out to fit at a readable zoom (a hub, a trace root), centres the node
 * itself at that zoom instead: its labels and its nearest neighbours stay legible. Large views fit regardless.
 */
export function focusViewport(view: ViewSize, bb: Box, node: Point, large: boolean): FocusViewport {
  const zoom = fittingZoom(view, bb, FOCUS_PADDING, MAX_FIT_ZOOM);
  if (zoom < MIN_FOCUS_ZOOM && !large) {
    // A third of the way from the node to its neighbourhood's centre: the node, and the side its neighbours
    // lie on.
    const x = (2 * node.x + bb.x1 + bb.w / 2) / 3;
    const y = (2 * node.y + bb.y1 + bb.h / 2) / 3;
    return { zoom: MIN_FOCUS_ZOOM, pan: centring(view, MIN_FOCUS_ZOOM, { x, y }) };
  }
  return { zoom: Math.max(zoom, view.minZoom), centreNeighbourhood: true };
}

/** Where the i-th of `count` newcomers starts: on a ring around `base` whose radius grows with the count. */
export function ringPosition(base: Point, i: number, count: number): Point {
  const angle = (2 * Math.PI * i) / Math.max(count, 1);
  const r = 80 + 6 * Math.sqrt(count);
  return { x: base.x + r * Math.cos(angle), y: base.y + r * Math.sin(angle) };
}

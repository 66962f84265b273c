/**
 * Which free part of the canvas an answer view is laid out for. Overlays (the legend, the example questions) can
 * be cleared along different edges, leaving several candidate areas; the view is laid out for each and the one
 * that draws it largest wins. The canvas then fits the view's bounds into that same area, so the zoom the layout
 * planned for is the zoom the reader gets.
 */
import { fittedZoom, type AnswerView, type Viewport } from './answerView.ts';

/** A part of the canvas in CSS px from its top left corner (what the canvas' `freeAreas()` measures). */
export type FreeArea = { left: number; top: number; right: number; bottom: number };

export type AnswerPlan<V> = { view: V; area: FreeArea };

const sizeOf = (a: FreeArea): Viewport => ({ width: a.right - a.left, height: a.bottom - a.top });

/** Zooms closer than this are a tie, and the larger area wins it (more room around the drawing). */
const ZOOM_TIE = 0.005;

/** Lays the view out for every distinct candidate area and keeps the one whose fit draws it largest. */
export function planInBestArea<V extends Pick<AnswerView, 'bounds'>>(
  areas: readonly FreeArea[],
  layOut: (viewport: Viewport) => V,
): AnswerPlan<V> | null {
  const bySize = new Map<string, FreeArea>();
  for (const a of areas) {
    const { width, height } = sizeOf(a);
    if (width <= 0 || height <= 0) continue;
    const key = `${Math.round(width)}×${Math.round(height)}`;
    if (!bySize.has(key)) bySize.set(key, a);
  }
  let best: (AnswerPlan<V> & { zoom: number; room: number }) | null = null;
  for (const area of bySize.values()) {
    const viewport = sizeOf(area);
    const view = layOut(viewport);
    const zoom = fittedZoom(view, viewport);
    const room = viewport.width * viewport.height;
    const better = !best || zoom > best.zoom + ZOOM_TIE || (zoom > best.zoom - ZOOM_TIE && room > best.room);
    if (better) best = { view, area, zoom, room };
  }
  return best && { view: best.view, area: best.area };
}

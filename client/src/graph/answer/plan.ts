/**
 * Which free part of the canvas an answer view is laid out for. Overlays (the legend, the example questions) can
 * be cleared along different edges, leaving several candidate areas; the view is laid out for each and the best
 * plan wins. The canvas then fits the view's bounds into that same area, so the zoom the layout planned for is the
 * zoom the reader gets.
 */
import { fittedZoom, MIN_LABEL_PX, type AnswerView, type Viewport } from './answerView.ts';

/** A part of the canvas in CSS px from its top left corner (what the canvas' `freeAreas()` measures). */
export type FreeArea = { left: number; top: number; right: number; bottom: number };

export type AnswerPlan<V> = { view: V; area: FreeArea };

const sizeOf = (a: FreeArea): Viewport => ({ width: a.right - a.left, height: a.bottom - a.top });

/** Zooms closer than this are a tie, and the larger area wins it (more room around the drawing). */
const ZOOM_TIE = 0.005;

type Scored<V> = AnswerPlan<V> & { legible: boolean; shown: number; zoom: number; room: number };

/**
 * Better plans: legible ones (every label at MIN_LABEL_PX or more) first; among those, the one showing the most
 * (fewer folded groups, more supporters in the first view); then the one drawn largest; then the larger area.
 */
function better<V>(a: Scored<V>, b: Scored<V>): boolean {
  if (a.legible !== b.legible) return a.legible;
  if (a.legible && a.shown !== b.shown) return a.shown > b.shown;
  if (Math.abs(a.zoom - b.zoom) > ZOOM_TIE) return a.zoom > b.zoom;
  return a.room > b.room;
}

/** Lays the view out for every distinct candidate area and keeps the best plan (see `better`). */
export function planInBestArea<V extends Pick<AnswerView, 'bounds' | 'nodes'>>(
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
  let best: Scored<V> | null = null;
  for (const area of bySize.values()) {
    const viewport = sizeOf(area);
    const view = layOut(viewport);
    const zoom = fittedZoom(view, viewport);
    const smallestFont = Math.min(Infinity, ...view.nodes.map((n) => n.fontPx));
    const plan: Scored<V> = {
      view,
      area,
      legible: smallestFont * zoom >= MIN_LABEL_PX,
      shown: view.nodes.length,
      zoom,
      room: viewport.width * viewport.height,
    };
    if (!best || better(plan, best)) best = plan;
  }
  return best && { view: best.view, area: best.area };
}

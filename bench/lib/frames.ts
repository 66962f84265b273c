/** Pure parts of the rendering-peers benchmark: fixed node positions and frame statistics. */
import { median, quantile, round } from './stats.ts';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Fixed positions for drawing without a layout: node i on a sunflower spiral (radius grows with √i, so the density
 * is even and a node's neighbours in a generated tree, which have nearby indices, sit at similar radii).
 */
export function spiralPositions(ids: readonly string[], spacing = 40): Record<string, { x: number; y: number }> {
  const out: Record<string, { x: number; y: number }> = {};
  ids.forEach((id, i) => {
    const r = spacing * Math.sqrt(i);
    out[id] = { x: round(r * Math.cos(i * GOLDEN_ANGLE), 2), y: round(r * Math.sin(i * GOLDEN_ANGLE), 2) };
  });
  return out;
}

/** Frame times from `requestAnimationFrame` timestamps (ms): the intervals between consecutive frames. */
export function frameTimes(timestamps: readonly number[]): { frames: number; medianMs: number; p95Ms: number } {
  const intervals = timestamps.slice(1).map((t, i) => t - timestamps[i]!);
  if (intervals.length === 0) throw new Error('no frame was drawn while the view moved');
  return {
    frames: intervals.length,
    medianMs: round(median(intervals), 1),
    p95Ms: round(quantile(intervals, 0.95), 1),
  };
}

/** How many times longer `a` takes than `b`. */
export const ratio = (a: number, b: number) => round(a / b, 2);

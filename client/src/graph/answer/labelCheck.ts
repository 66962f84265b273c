/**
 * Is every drawn label readable? Takes label boxes as the canvas reports them (CSS px of the page) and says which
 * are too small and which overlap. Used by unit tests on computed layouts and by the end-to-end tests on
 * `window.__plangraph.labelBoxes()`.
 */

export type LabelBox = { id: string; text: string; fontPx: number; x1: number; y1: number; x2: number; y2: number };

export type LabelReport = {
  count: number;
  /** The smallest font size drawn (Infinity when nothing is drawn). */
  minFontPx: number;
  tooSmall: LabelBox[];
  overlaps: [string, string][];
};

/** Boxes that share less than `tolerance` px in either direction do not overlap (anti-aliasing, rounding). */
export function checkLabels(boxes: readonly LabelBox[], options: { minFontPx?: number; tolerance?: number } = {}) {
  const { minFontPx = 11, tolerance = 0.5 } = options;
  const sorted = [...boxes].sort((a, b) => a.x1 - b.x1);
  const overlaps: [string, string][] = [];
  // Sweep along x: only boxes whose x-ranges meet are compared.
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j]!;
      if (b.x1 >= a.x2 - tolerance) break;
      const dx = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
      const dy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
      if (dx > tolerance && dy > tolerance) overlaps.push(a.id < b.id ? [a.id, b.id] : [b.id, a.id]);
    }
  }
  const report: LabelReport = {
    count: boxes.length,
    minFontPx: Math.min(Infinity, ...boxes.map((b) => b.fontPx)),
    tooSmall: boxes.filter((b) => b.fontPx < minFontPx),
    overlaps,
  };
  return report;
}

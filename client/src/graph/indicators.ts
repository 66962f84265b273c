/** Table 2.1 as bar geometry: 2020 value and 2025 target per row, scaled to the row's own maximum. */
import type { IndicatorRow } from '../api/types.ts';

export type IndicatorBar = {
  row: IndicatorRow;
  /** Bar lengths as fractions of the row's larger value (units differ from row to row). */
  value: number;
  target: number;
  /** target − value, or null when either is missing. */
  gap: number | null;
  /** The gap as a percentage of the 2020 value, or null when that is missing or zero. */
  growth: number | null;
};

export function indicatorBars(rows: readonly IndicatorRow[]): IndicatorBar[] {
  return [...rows]
    .sort((a, b) => a.tableRow - b.tableRow)
    .map((row) => {
      const v = row.value2020 ?? 0;
      const t = row.target2025 ?? 0;
      const max = Math.max(Math.abs(v), Math.abs(t), Number.EPSILON);
      const known = row.value2020 != null && row.target2025 != null;
      const gap = known ? round(t - v) : null;
      return {
        row,
        value: Math.abs(v) / max,
        target: Math.abs(t) / max,
        gap,
        growth: known && v !== 0 ? round(((t - v) / Math.abs(v)) * 100) : null,
      };
    });
}

/** Avoids 0.30000000000000004 in the table. */
function round(x: number): number {
  return Math.round(x * 100) / 100;
}

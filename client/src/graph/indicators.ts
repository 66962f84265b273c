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
  /** The compound annual growth (percent a year) that takes the 2020 value to the 2025 target, or null. */
  annualRate: number | null;
};

/** Years between the plan's base value (2020) and its target (2025). */
export const PLAN_YEARS = 5;

/**
 * The compound annual rate, in percent, that turns `from` into `to` in `years` years: (to/from)^(1/years) − 1.
 * Null when either is missing or not positive (a rate of growth has no meaning there).
 */
export function requiredAnnualRate(
  from: number | null | undefined,
  to: number | null | undefined,
  years = PLAN_YEARS,
): number | null {
  if (from == null || to == null || !(from > 0) || !(to > 0) || !(years > 0)) return null;
  return round((Math.pow(to / from, 1 / years) - 1) * 100);
}

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
        annualRate: requiredAnnualRate(row.value2020, row.target2025),
      };
    });
}

/** Avoids 0.30000000000000004 in the table. */
function round(x: number): number {
  return Math.round(x * 100) / 100;
}

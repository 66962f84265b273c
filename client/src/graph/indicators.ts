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

/** An observed value of an indicator, as the API's `observations` query returns it. */
export type ObservedValue = { year: number; value: number; unit: string; source: string };

export type PaceStatus = 'on-pace' | 'behind';

export type ObservationPace = ObservedValue & {
  /** The value the required annual rate implies for that year: value2020 × (1 + rate)^(year − 2020). */
  expected: number | null;
  /** Null when the path cannot be drawn (a missing or non-positive 2020 value or target). */
  status: PaceStatus | null;
};

/** The plan's base year: table 2.1's values are for 2020. */
export const BASE_YEAR = 2020;

/**
 * Where an indicator stands against the path to its target. The path compounds the 2020 value at the rate the
 * target requires; an observation at or beyond it (in the target's direction: above when the target grows, below when
 * it shrinks, e.g. energy use per unit of GDP) is on pace, otherwise behind.
 */
export function observationPace(
  row: Pick<IndicatorRow, 'value2020' | 'target2025'>,
  observed: ObservedValue,
): ObservationPace {
  const from = row.value2020;
  const to = row.target2025;
  if (from == null || to == null || !(from > 0) || !(to > 0)) return { ...observed, expected: null, status: null };
  const rate = Math.pow(to / from, 1 / PLAN_YEARS);
  // Rounded as shown, so a value equal to the path (the target itself in 2025) is not behind by a float residue.
  const expected = round(from * Math.pow(rate, observed.year - BASE_YEAR));
  const ahead = to >= from ? observed.value >= expected : observed.value <= expected;
  return { ...observed, expected, status: ahead ? 'on-pace' : 'behind' };
}

/** Each observation of an indicator against its path, in year order; the last one is the current status. */
export function indicatorPace(
  row: Pick<IndicatorRow, 'value2020' | 'target2025'>,
  observed: readonly ObservedValue[],
): ObservationPace[] {
  return [...observed].sort((a, b) => a.year - b.year).map((o) => observationPace(row, o));
}

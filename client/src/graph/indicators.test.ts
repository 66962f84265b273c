import { describe, expect, it } from 'vitest';
import { indicatorPace, observationPace, type ObservedValue } from './indicators.ts';

const seen = (year: number, value: number): ObservedValue => ({ year, value, unit: '家', source: 'a bulletin' });

describe('observation pace', () => {
  // High-tech enterprises: 2,109 in 2020, 2,600 targeted for 2025 → +4.27 % a year.
  const growing = { value2020: 2109, target2025: 2600 };

  it('compares an observation with the value the required annual rate implies for its year', () => {
    const expected2022 = 2109 * Math.pow(2600 / 2109, 2 / 5);
    expect(observationPace(growing, seen(2022, 2400))).toMatchObject({
      expected: Math.round(expected2022 * 100) / 100,
      status: 'on-pace',
    });
    expect(observationPace(growing, seen(2022, 2200)).status).toBe('behind');
  });

  it('counts a value exactly on the path, and the target itself in 2025, as on pace', () => {
    expect(observationPace(growing, seen(2025, 2600)).status).toBe('on-pace');
    expect(observationPace(growing, seen(2025, 2599)).status).toBe('behind');
  });

  it('reads a shrinking target the other way: below the path is on pace', () => {
    const shrinking = { value2020: 0.4, target2025: 0.3 };
    expect(observationPace(shrinking, seen(2023, 0.33)).status).toBe('on-pace');
    expect(observationPace(shrinking, seen(2023, 0.38)).status).toBe('behind');
  });

  it('gives no status when the path cannot be drawn', () => {
    expect(observationPace({ value2020: null, target2025: 5 }, seen(2023, 3))).toMatchObject({
      expected: null,
      status: null,
    });
    expect(observationPace({ value2020: 0, target2025: 5 }, seen(2023, 3)).status).toBeNull();
  });

  it('orders an indicator’s observations by year, keeping their sources', () => {
    const pace = indicatorPace(growing, [seen(2023, 2300), seen(2022, 2400)]);
    expect(pace.map((p) => [p.year, p.status, p.source])).toEqual([
      [2022, 'on-pace', 'a bulletin'],
      [2023, 'behind', 'a bulletin'],
    ]);
  });
});

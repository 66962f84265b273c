import { describe, expect, it } from 'vitest';
import { frameTimes, ratio, spiralPositions } from './frames.ts';

describe('spiralPositions', () => {
  it('places every node once, the first at the centre, none on top of another', () => {
    const ids = Array.from({ length: 500 }, (_, i) => `n${i}`);
    const p = spiralPositions(ids, 40);
    expect(Object.keys(p)).toEqual(ids);
    expect(p.n0).toEqual({ x: 0, y: 0 });
    const points = Object.values(p);
    let closest = Infinity;
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++)
        closest = Math.min(closest, Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
    expect(closest).toBeGreaterThan(20);
  });

  it('is deterministic, so every page draws the same picture', () => {
    expect(spiralPositions(['a', 'b', 'c'])).toEqual(spiralPositions(['a', 'b', 'c']));
  });
});

describe('frameTimes', () => {
  it('takes the intervals between frames', () => {
    expect(frameTimes([0, 16, 32, 82, 98])).toEqual({ frames: 4, medianMs: 16, p95Ms: 50 });
  });

  it('fails when no frame was drawn', () => {
    expect(() => frameTimes([5])).toThrow(/no frame/);
  });
});

describe('ratio', () => {
  it('says how many times longer the first takes', () => {
    expect(ratio(30, 20)).toBe(1.5);
  });
});

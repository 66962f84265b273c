import { describe, expect, it } from 'vitest';
import { placeInside } from './placement.ts';

const WINDOW = { width: 1440, height: 900 };
const MENU = { width: 240, height: 420 };

describe('placeInside', () => {
  it('opens down and right of the point when there is room', () => {
    expect(placeInside({ x: 100, y: 100 }, MENU, WINDOW)).toEqual({ left: 100, top: 100 });
  });

  it('flips up near the bottom edge and left near the right edge', () => {
    const p = placeInside({ x: 1400, y: 850 }, MENU, WINDOW);
    expect(p).toEqual({ left: 1400 - 240, top: 850 - 420 });
    expect(p.top + MENU.height).toBeLessThanOrEqual(WINDOW.height);
    expect(p.left + MENU.width).toBeLessThanOrEqual(WINDOW.width);
  });

  it('keeps all of it inside when it fits neither below nor above the point', () => {
    const p = placeInside({ x: 10, y: 450 }, { width: 240, height: 600 }, WINDOW);
    expect(p.top).toBe(900 - 4 - 600);
    expect(p.top).toBeGreaterThanOrEqual(4);
  });

  it('starts at the margin when it is larger than the window', () => {
    expect(placeInside({ x: 200, y: 600 }, { width: 240, height: 1000 }, { width: 390, height: 844 })).toEqual({
      left: 390 - 4 - 240,
      top: 4,
    });
  });
});

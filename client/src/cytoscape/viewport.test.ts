import { describe, expect, it } from 'vitest';
import {
  bestFitViewport,
  fitViewport,
  focusViewport,
  freeCanvasAreas,
  MAX_FIT_ZOOM,
  MIN_FOCUS_ZOOM,
  ringPosition,
} from './viewport.ts';

const view = { width: 1000, height: 600, minZoom: 0.15 };

describe('fitViewport', () => {
  it('centres the box at the zoom that fits it with padding', () => {
    // 888 wide at 56px padding: (1000 - 112) / 888 = 1; height (600 - 112) / 244 = 2.
    const { zoom, pan } = fitViewport(view, { x1: 0, y1: 0, w: 888, h: 244 });
    expect(zoom).toBeCloseTo(1);
    expect(pan).toEqual({ x: 500 - 444, y: 300 - 122 });
  });

  it('never zooms in past MAX_FIT_ZOOM, and zooms out below the minimum zoom when the whole graph needs it', () => {
    expect(fitViewport(view, { x1: 0, y1: 0, w: 10, h: 10 }).zoom).toBe(MAX_FIT_ZOOM);
    const wide = fitViewport(view, { x1: 0, y1: 0, w: 1e5, h: 1e5 });
    expect(wide.zoom).toBeLessThan(view.minZoom);
    // The whole box lies inside the view at that zoom.
    expect(wide.pan.x + wide.zoom * 1e5).toBeLessThanOrEqual(view.width);
    expect(wide.pan.y).toBeGreaterThanOrEqual(0);
  });

  it('centres the box in the free area when one is given', () => {
    const free = { left: 200, top: 0, right: 1000, bottom: 600 };
    const { zoom, pan } = fitViewport(view, { x1: 0, y1: 0, w: 688, h: 244 }, free);
    expect(zoom).toBeCloseTo(1);
    expect(pan).toEqual({ x: 200 + 400 - 344, y: 300 - 122 });
  });
});

describe('freeCanvasAreas', () => {
  const canvas = { left: 100, top: 50, right: 1100, bottom: 650, width: 1000 };
  const size = { width: 1000, height: 600 };

  it('ignores overlays outside the canvas and hidden (zero-width) ones', () => {
    const outside = { left: 0, top: 0, right: 90, bottom: 40, width: 90 };
    const hidden = { left: 500, top: 300, right: 500, bottom: 300, width: 0 };
    expect(freeCanvasAreas(canvas, size, [outside, hidden])).toEqual([{ left: 0, top: 0, right: 1000, bottom: 600 }]);
  });
});

describe('focusViewport', () => {
  it('fits a compact neighbourhood by centring it', () => {
    expect(focusViewport(view, { x1: 0, y1: 0, w: 100, h: 100 }, { x: 50, y: 50 }, false)).toEqual({
      zoom: MAX_FIT_ZOOM,
      centreNeighbourhood: true,
    });
  });

  it('centres near the node at a readable zoom when the neighbourhood is too spread out', () => {
    const to = focusViewport(view, { x1: 0, y1: 0, w: 3000, h: 3000 }, { x: 0, y: 0 }, false);
    // A third of the way from (0, 0) to the centre (1500, 1500).
    expect(to).toEqual({ zoom: MIN_FOCUS_ZOOM, pan: { x: 500 - 0.75 * 500, y: 300 - 0.75 * 500 } });
  });

  it('large views fit the neighbourhood regardless, at no less than the minimum zoom', () => {
    expect(focusViewport(view, { x1: 0, y1: 0, w: 1e6, h: 1e6 }, { x: 0, y: 0 }, true)).toEqual({
      zoom: view.minZoom,
      centreNeighbourhood: true,
    });
  });
});

describe('ringPosition', () => {
  it('spreads newcomers evenly on a ring around the base', () => {
    const base = { x: 10, y: 20 };
    const ring = [0, 1, 2, 3].map((i) => ringPosition(base, i, 4));
    const r = 80 + 6 * 2;
    expect(ring[0]).toEqual({ x: 10 + r, y: 20 });
    expect(ring[2]?.x).toBeCloseTo(10 - r);
    for (const p of ring) expect(Math.hypot(p.x - base.x, p.y - base.y)).toBeCloseTo(r);
  });
});

describe('freeCanvasAreas and bestFitViewport', () => {
  const canvas = { left: 100, top: 50, right: 1100, bottom: 650, width: 1000 };
  const size = { width: 1000, height: 600 };
  // A legend in the bottom-left corner: 270 px wide, 330 px tall.
  const legend = { left: 100, top: 320, right: 370, bottom: 650, width: 270 };

  it('offers one area per edge that clears each overlay, and none for overlays out of the way', () => {
    const areas = freeCanvasAreas(canvas, size, [legend]);
    expect(areas).toContainEqual({ left: 270, top: 0, right: 1000, bottom: 600 });
    expect(areas).toContainEqual({ left: 0, top: 0, right: 1000, bottom: 270 });
    expect(freeCanvasAreas(canvas, size, [{ left: 0, top: 0, right: 90, bottom: 40, width: 90 }])).toEqual([
      { left: 0, top: 0, right: 1000, bottom: 600 },
    ]);
  });

  it('fits a wide drawing above a corner legend, where it is drawn larger than beside it', () => {
    const wide = { x1: 0, y1: 0, w: 2000, h: 300 };
    const areas = freeCanvasAreas(canvas, size, [legend]);
    const best = bestFitViewport(view, wide, areas);
    const beside = fitViewport(view, wide, { left: 270, top: 0, right: 1000, bottom: 600 });
    expect(best.zoom).toBeGreaterThan(beside.zoom);
    // Above the legend: the whole drawing ends before the legend's top edge (270 px into the view).
    expect(best.pan.y + best.zoom * wide.h).toBeLessThanOrEqual(270);
  });
});

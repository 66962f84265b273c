import { describe, expect, it } from 'vitest';
import { chrome, footerSize, LEGEND } from './chrome.ts';
import type { ExportScene } from './scene.ts';
import { estimateWidth } from './textLayout.ts';

function scene(legendCount: number, sections: string[], language: 'zh' | 'en' = 'en'): ExportScene {
  return {
    language,
    nodes: [],
    edges: [],
    legend: Array.from({ length: legendCount }, (_, i) => ({
      label: `L${i}`,
      name: `Label number ${i}`,
      color: '#3567d6',
      shape: 'ellipse',
    })),
    texts: { title: 'A title', subtitle: 'A subtitle', source: 'Source: the plan', sections },
  };
}

const all = { showTitle: true, showLegend: true, showFooter: true };

describe('page chrome', () => {
  it('wraps the legend into rows that fit the width', () => {
    const narrow = chrome(scene(10, []), 400, all, estimateWidth);
    const wide = chrome(scene(10, []), 2000, all, estimateWidth);
    expect(narrow.rows.length).toBeGreaterThan(wide.rows.length);
    expect(narrow.rows.flat()).toHaveLength(10);
    expect(narrow.legendH).toBeCloseTo(narrow.rows.length * LEGEND * 1.7 + 8);
    // Every row's last item ends inside the page's inner width.
    for (const row of narrow.rows) {
      const last = row.at(-1)!;
      expect(last.x + LEGEND + 6 + estimateWidth(last.item.name, LEGEND, 400)).toBeLessThanOrEqual(400 - 2 * 32);
    }
  });

  it('keeps the source and the numbered sections to two lines, then says how many there are', () => {
    const sections = Array.from({ length: 60 }, (_, i) => `Section ${i + 1} with a long title`);
    const out = chrome(scene(0, sections), 1920, all, estimateWidth);
    expect(out.footer.length).toBeLessThanOrEqual(2);
    expect(out.footer[0]).toMatch(/^Source: the plan · \[1\] Section 1 with a long title · \[2\]/);
    expect(out.footer.at(-1)).toMatch(/60 sections in all$/);
    expect(out.footerSize).toBe(14);
    expect(out.footerH).toBeCloseTo(out.footer.length * 14 * 1.5 + 10);
    expect(footerSize(842)).toBe(11.5);
  });

  it('draws nothing it was told to leave out', () => {
    const out = chrome(
      scene(5, ['1. A']),
      800,
      { showTitle: false, showLegend: false, showFooter: false },
      estimateWidth,
    );
    expect(out).toMatchObject({ header: 0, legendH: 0, footerH: 0, titleLines: [], rows: [], footer: [] });
  });
});

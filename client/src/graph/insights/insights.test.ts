import { describe, expect, it } from 'vitest';
import { cellShade, coverageGrid, csvField, findCell, formatScore, measureOf, toCsv } from './index.ts';
import { requiredAnnualRate } from '../indicators.ts';
import { edge, node } from '../../test/fixtures.ts';
import type { CoverageMatrix } from '../../api/types.ts';

describe('required annual rate', () => {
  it('is the compound rate that takes the 2020 value to the 2025 target', () => {
    // 2,109 → 2,600 enterprises: (2600/2109)^(1/5) − 1 = 4.27 % a year.
    expect(requiredAnnualRate(2109, 2600)).toBe(4.27);
    // Doubling in five years needs 14.87 % a year.
    expect(requiredAnnualRate(100, 200)).toBe(14.87);
    expect(requiredAnnualRate(5, 4)).toBe(-4.36);
    expect(requiredAnnualRate(100, 100)).toBe(0);
  });
  it('is null when a value is missing or not positive', () => {
    expect(requiredAnnualRate(null, 5)).toBeNull();
    expect(requiredAnnualRate(5, undefined)).toBeNull();
    expect(requiredAnnualRate(0, 5)).toBeNull();
    expect(requiredAnnualRate(-1, 5)).toBeNull();
  });
});

describe('coverage grid', () => {
  const link = edge('SUPPORTS', 'p1', 'c2');
  const matrix: CoverageMatrix = {
    rows: [node('p1', 'Institution', '平台一'), node('p2', 'Institution', '平台二')],
    columns: [node('c1', 'Industry', '集群一'), node('c2', 'Industry', '集群二'), node('c3', 'Industry', '集群三')],
    cells: [
      { row: 'p1', column: 'c2', count: 3, edges: [link] },
      { row: 'p2', column: 'c2', count: 1, edges: [] },
      { row: 'p2', column: 'c1', count: 2, edges: [] },
      // A cell for a row the matrix does not list is ignored.
      { row: 'ghost', column: 'c1', count: 9, edges: [] },
    ],
  };
  it('puts each count in its row and column, zero elsewhere', () => {
    const grid = coverageGrid(matrix);
    expect(grid.counts).toEqual([
      [0, 3, 0],
      [2, 1, 0],
    ]);
    expect(grid.max).toBe(3);
    // c3 is covered by no row: a gap.
    expect(grid.columnTotals).toEqual([1, 2, 0]);
    expect(findCell(matrix, 'p1', 'c2')?.edges).toEqual([link]);
    expect(findCell(matrix, 'p1', 'c1')).toBeUndefined();
  });
  it('shades empty cells 0, the largest 1 and any other non-empty cell visibly', () => {
    expect(cellShade(0, 3)).toBe(0);
    expect(cellShade(3, 3)).toBe(1);
    expect(cellShade(1, 100)).toBeGreaterThanOrEqual(0.2);
    expect(coverageGrid({ rows: [], columns: [], cells: [] }).max).toBe(1);
  });
});

describe('CSV', () => {
  it('quotes fields with commas, quotes or line breaks and leaves others alone', () => {
    expect(csvField('广州实验室')).toBe('广州实验室');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "yes"')).toBe('"say ""yes"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(0)).toBe('0');
  });
  it('starts with a byte-order mark, ends lines in CRLF and puts the citation after an empty line', () => {
    const csv = toCsv(
      ['名称', 'score'],
      [
        ['甲', 1.5],
        ['乙,丙', null],
      ],
      ['来源：规划'],
    );
    expect(csv).toBe('\uFEFF名称,score\r\n甲,1.5\r\n"乙,丙",\r\n\r\n来源：规划\r\n');
  });
});

describe('measures', () => {
  it('reads the stored property of a measure and formats it', () => {
    expect(measureOf({ inDegree: 7, pagerank: 0.0123456 }, 'IN_DEGREE')).toBe(7);
    expect(measureOf({ pagerank: 0.0123456 }, 'PAGERANK')).toBe(0.0123456);
    expect(measureOf({}, 'BETWEENNESS')).toBeNull();
    expect(measureOf(null, 'DEGREE')).toBeNull();
    expect(formatScore(0.0123456, 'PAGERANK')).toBe('0.01235');
    expect(formatScore(7, 'IN_DEGREE')).toBe('7');
  });
});

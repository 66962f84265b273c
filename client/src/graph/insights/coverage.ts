/** The coverage matrix as a heat grid: one count per row × column, shaded against the largest count. */
import type { CoverageCell, CoverageMatrix, GraphNode } from '../../api/types.ts';

export type CoverageGrid = {
  rows: GraphNode[];
  columns: GraphNode[];
  /** counts[r][c]: how many relationships join row r to column c (0 for an empty cell). */
  counts: number[][];
  /** The largest count (at least 1, so shading never divides by zero). */
  max: number;
  /** How many rows cover each column: 0 marks a column no row covers. */
  columnTotals: number[];
};

export function coverageGrid(matrix: CoverageMatrix): CoverageGrid {
  const rowIndex = new Map(matrix.rows.map((n, i) => [n.id, i]));
  const columnIndex = new Map(matrix.columns.map((n, i) => [n.id, i]));
  const counts = matrix.rows.map(() => matrix.columns.map(() => 0));
  for (const cell of matrix.cells) {
    const r = rowIndex.get(cell.row);
    const c = columnIndex.get(cell.column);
    if (r !== undefined && c !== undefined) counts[r]![c] = cell.count;
  }
  const columnTotals = matrix.columns.map((_, c) => counts.filter((row) => row[c]! > 0).length);
  const max = Math.max(1, ...counts.flat());
  return { rows: matrix.rows, columns: matrix.columns, counts, max, columnTotals };
}

/** A cell's shade from 0 (empty) to 1 (the largest count); any non-empty cell gets at least 0.2 so it shows. */
export function cellShade(count: number, max: number): number {
  if (count <= 0) return 0;
  return 0.2 + 0.8 * (count / Math.max(1, max));
}

export function findCell(matrix: CoverageMatrix, row: string, column: string): CoverageCell | undefined {
  return matrix.cells.find((c) => c.row === row && c.column === column);
}

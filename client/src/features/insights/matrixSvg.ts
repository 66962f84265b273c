/**
 * The coverage matrix as a standalone SVG: title, the heat grid with its counts, and the citation footer naming the
 * plan. Text widths are estimated (CJK characters one em, others about half) so no browser is needed.
 */
import { FONT_FAMILY, cellShade, displayName, type CoverageGrid, type Language } from '../../graph/index.ts';
import { escapeXml } from '../export/svg.ts';

const CELL = 36;
const FONT = 13;
const PAD = 24;
const HEAT = '37, 99, 235';

export function textWidth(text: string, size = FONT): number {
  let em = 0;
  for (const ch of text) em += /[\u2e80-\uffef]/.test(ch) ? 1 : 0.56;
  return em * size;
}

export function matrixSvg(grid: CoverageGrid, title: string, source: string, language: Language): string {
  const rowNames = grid.rows.map((r) => displayName(r, language));
  const columnNames = grid.columns.map((c) => displayName(c, language));
  const rowHeader = Math.max(80, ...rowNames.map((n) => textWidth(n))) + 12;
  // Column names run up at 45°: their height is their width over √2, plus a line.
  const columnHeader = Math.max(40, ...columnNames.map((n) => textWidth(n) / Math.SQRT2)) + FONT + 8;
  const gridWidth = grid.columns.length * CELL;
  const width = Math.ceil(
    Math.max(
      PAD * 2 + rowHeader + gridWidth + columnHeader,
      textWidth(title, 18) + PAD * 2,
      textWidth(source, 11) + PAD * 2,
    ),
  );
  const top = PAD + 30 + columnHeader;
  const height = Math.ceil(top + grid.rows.length * CELL + 40 + PAD);
  const x0 = PAD + rowHeader;
  const parts: string[] = [
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="${PAD}" y="${PAD + 16}" font-size="18" font-weight="600">${escapeXml(title)}</text>`,
  ];
  columnNames.forEach((name, c) => {
    const x = x0 + c * CELL + CELL / 2;
    const fill = grid.columnTotals[c] ? '#222' : '#b91c1c';
    parts.push(
      `<text transform="translate(${x} ${top - 6}) rotate(-45)" font-size="${FONT}" fill="${fill}">${escapeXml(name)}</text>`,
    );
  });
  rowNames.forEach((name, r) => {
    const y = top + r * CELL;
    parts.push(
      `<text x="${x0 - 8}" y="${y + CELL / 2 + FONT / 3}" font-size="${FONT}" text-anchor="end">${escapeXml(name)}</text>`,
    );
    grid.counts[r]!.forEach((count, c) => {
      const x = x0 + c * CELL;
      const shade = cellShade(count, grid.max).toFixed(3);
      parts.push(
        `<rect x="${x}" y="${y}" width="${CELL}" height="${CELL}" fill="rgba(${HEAT}, ${shade})" stroke="#ddd"/>`,
      );
      if (count > 0) {
        const ink = cellShade(count, grid.max) > 0.6 ? '#fff' : '#111';
        parts.push(
          `<text x="${x + CELL / 2}" y="${y + CELL / 2 + FONT / 3}" font-size="${FONT}" text-anchor="middle" fill="${ink}">${count}</text>`,
        );
      }
    });
  });
  parts.push(`<text x="${PAD}" y="${height - PAD}" font-size="11" fill="#555">${escapeXml(source)}</text>`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`,
    ` font-family="${escapeXml(FONT_FAMILY)}">`,
    ...parts,
    '</svg>',
  ].join('\n');
}

/** The picture's size, read back from the SVG (for rasterizing). */
export function svgSize(svg: string): { width: number; height: number } {
  const m = /width="(\d+)" height="(\d+)"/.exec(svg);
  return { width: Number(m?.[1] ?? 0), height: Number(m?.[2] ?? 0) };
}

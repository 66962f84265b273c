/** The page around the graph: title and subtitle, the legend rows and the citation footer, laid out for a width. */
import { citationFooter } from './citations.ts';
import { sceneCitations, type ExportScene } from './scene.ts';
import type { Measure } from './drawing.ts';
import { shapePath } from './shapes.ts';
import { wrapText } from './textLayout.ts';

export type ChromeOptions = { showTitle: boolean; showLegend: boolean; showFooter: boolean };

export const MARGIN = 32;
export const TITLE = 26;
export const SUBTITLE = 15;
export const LEGEND = 13;
/** The citation footer's size at a 1920-unit-wide page (14 px in a 1920 × 1080 picture); smaller pages scale down to 11.5. */
export const FOOTER = 14;
export function footerSize(width: number): number {
  return Math.round(Math.min(FOOTER, Math.max(11.5, (FOOTER * width) / 1920)) * 100) / 100;
}
export const MUTED = '#52606d';
export const INK = '#1f2933';

/** Relationship types are shown as a short line, wider than a node swatch. */
export function swatchWidth(item: Pick<ExportScene['legend'][number], 'kind'>): number {
  return item.kind === 'edge' ? LEGEND * 2 : LEGEND;
}

export function legendSwatch(shape: string, x: number, cy: number, size: number): string {
  return shapePath(shape, x + size / 2, cy, size, size);
}

/** Lays out the chrome around the graph for a page width; returns the heights and the wrapped footer lines. */
export function chrome(scene: ExportScene, width: number, o: ChromeOptions, measure: Measure) {
  const inner = width - 2 * MARGIN;
  const lang = scene.language;
  const titleLines = o.showTitle ? wrapText(scene.texts.title, inner, TITLE, 700, measure) : [];
  const subtitleLines =
    o.showTitle && scene.texts.subtitle ? wrapText(scene.texts.subtitle, inner, SUBTITLE, 400, measure) : [];
  const header =
    titleLines.length || subtitleLines.length
      ? titleLines.length * TITLE * 1.3 + subtitleLines.length * SUBTITLE * 1.45 + 14
      : 0;
  // Legend rows: swatch + name, wrapped to the width.
  const rows: { x: number; item: ExportScene['legend'][number] }[][] = [];
  if (o.showLegend && scene.legend.length) {
    let row: { x: number; item: ExportScene['legend'][number] }[] = [];
    let x = 0;
    for (const item of scene.legend) {
      const w = swatchWidth(item) + 6 + measure(item.name, LEGEND, 400) + 18;
      if (row.length && x + w > inner) {
        rows.push(row);
        row = [];
        x = 0;
      }
      row.push({ x, item });
      x += w;
    }
    rows.push(row);
  }
  const legendH = rows.length ? rows.length * LEGEND * 1.7 + 8 : 0;
  // Footer: the plan and the numbered sections, at most two lines.
  const fsize = footerSize(width);
  const footer = o.showFooter
    ? citationFooter(scene.texts.source, sceneCitations(scene), lang, {
        width: inner,
        size: fsize,
        measure,
        maxLines: 2,
      })
    : [];
  const footerH = footer.length ? footer.length * fsize * 1.5 + 10 : 0;
  return { titleLines, subtitleLines, header, rows, legendH, footer, footerSize: fsize, footerH };
}

/** The page around the graph: title and subtitle, the legend rows and the citation footer, laid out for a width. */
import { EXPORT_STRINGS, type ExportScene } from './scene.ts';
import type { Measure } from './drawing.ts';
import { shapePath } from './shapes.ts';
import { wrapText } from './textLayout.ts';

export type ChromeOptions = { showTitle: boolean; showLegend: boolean; showFooter: boolean };

export const MARGIN = 32;
export const TITLE = 26;
export const SUBTITLE = 15;
export const LEGEND = 13;
export const FOOTER = 11.5;
export const MUTED = '#52606d';
export const INK = '#1f2933';

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
      const w = LEGEND + 6 + measure(item.name, LEGEND, 400) + 18;
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
  // Footer: the plan, then the sections (at most three lines, then "and N more").
  const footer: string[] = [];
  if (o.showFooter) {
    footer.push(...wrapText(scene.texts.source, inner, FOOTER, 400, measure));
    const secs = scene.texts.sections;
    if (secs.length) {
      const sep = lang === 'zh' ? '、' : '; ';
      let shown = secs.length;
      let lines: string[] = [];
      for (; shown > 0; shown--) {
        const more =
          shown < secs.length
            ? (lang === 'zh' ? '' : '; ') + EXPORT_STRINGS.andMore[lang].replace('{n}', String(secs.length - shown))
            : '';
        lines = wrapText(
          EXPORT_STRINGS.sections[lang] + secs.slice(0, shown).join(sep) + more,
          inner,
          FOOTER,
          400,
          measure,
        );
        if (lines.length <= 3) break;
      }
      footer.push(...lines);
    }
  }
  const footerH = footer.length ? footer.length * FOOTER * 1.5 + 10 : 0;
  return { titleLines, subtitleLines, header, rows, legendH, footer, footerH };
}

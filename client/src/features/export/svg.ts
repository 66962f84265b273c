/** Drawing → standalone SVG: real <text> labels, the fonts embedded as @font-face data URIs. */
import { FONT_FAMILY } from '../../graph/index.ts';
import type { Drawing, Item } from './drawing.ts';

/** One embedded face: a subset of Noto Sans SC holding only the glyphs the drawing uses. */
export type EmbeddedFont = { family: string; weight: 400 | 700; mime: string; base64: string };

/** The family name the embedded subsets are declared under; the page's own faces follow as fallbacks. */
export const EMBEDDED_FAMILY = 'PG Noto Sans SC';

export function escapeXml(s: string): string {
  return (
    s
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // Control characters are not allowed in XML 1.0.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
  );
}

function itemXml(it: Item): string {
  if (it.t === 'path') {
    const attrs = [`d="${it.d}"`, `fill="${it.fill ?? 'none'}"`];
    if (it.fillOpacity !== undefined) attrs.push(`fill-opacity="${it.fillOpacity}"`);
    if (it.stroke) {
      attrs.push(`stroke="${it.stroke}"`, `stroke-width="${it.strokeWidth ?? 1}"`, 'stroke-linejoin="round"');
      if (it.dash) attrs.push(`stroke-dasharray="${it.dash.map((v) => Math.round(v * 100) / 100).join(' ')}"`);
    }
    if (it.opacity !== undefined) attrs.push(`opacity="${it.opacity}"`);
    return `<path ${attrs.join(' ')}/>`;
  }
  const attrs = [`x="${it.x}"`, `y="${it.y}"`, `font-size="${it.size}"`];
  if (it.weight === 700) attrs.push('font-weight="700"');
  if (it.anchor === 'middle') attrs.push('text-anchor="middle"');
  if (it.fill !== '#1f2933') attrs.push(`fill="${it.fill}"`);
  if (it.opacity !== undefined) attrs.push(`opacity="${it.opacity}"`);
  if (it.node) attrs.push(`data-node="${escapeXml(it.node)}"`);
  if (it.edge) attrs.push(`data-edge="${escapeXml(it.edge)}"`);
  return `<text ${attrs.join(' ')}>${escapeXml(it.text)}</text>`;
}

export function fontFaceCss(fonts: readonly EmbeddedFont[]): string {
  return fonts
    .map(
      (font) =>
        `@font-face{font-family:'${font.family}';font-weight:${font.weight};font-style:normal;` +
        `src:url(data:${font.mime};base64,${font.base64}) format('${font.mime === 'font/woff2' ? 'woff2' : 'opentype'}');}`,
    )
    .join('\n');
}

/**
 * The SVG document. `pixelWidth`/`pixelHeight` set its intrinsic size (the viewBox stays in layout units), so the
 * same markup rasterises at any scale.
 */
export function buildSvg(
  drawing: Drawing,
  options: {
    fonts?: readonly EmbeddedFont[];
    pixelWidth?: number;
    pixelHeight?: number;
    /** The full citation list, kept in the file's <metadata> (one line each). */
    citations?: readonly string[];
  } = {},
): string {
  const fonts = options.fonts ?? [];
  const family = [...new Set(fonts.map((x) => `'${x.family}'`)), FONT_FAMILY.replace(/"/g, "'")].join(', ');
  const w = options.pixelWidth ?? drawing.width;
  const h = options.pixelHeight ?? drawing.height;
  const css = `${fontFaceCss(fonts)}\ntext{font-family:${family};fill:#1f2933;white-space:pre}`;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${w}" height="${h}" viewBox="0 0 ${drawing.width} ${drawing.height}">`,
    `<title>${escapeXml(drawing.title)}</title>`,
    ...(options.citations?.length
      ? [
          `<metadata><plangraph-citations xmlns="https://plangraph.invalid/citations">${options.citations
            .map((l) => `\n${escapeXml(l)}`)
            .join('')}\n</plangraph-citations></metadata>`,
          `<desc>${escapeXml(options.citations.join('\n'))}</desc>`,
        ]
      : []),
    `<style>\n${css}\n</style>`,
    `<g>`,
    ...drawing.items.map(itemXml),
    `</g>`,
    `</svg>`,
    '',
  ].join('\n');
}

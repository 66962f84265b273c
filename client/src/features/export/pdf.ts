/**
 * Drawing → one-page vector PDF (pdf-lib): shapes as paths, every text as real text in the embedded font subset,
 * the title and the citations included. No creation date or random id: the same drawing gives the same bytes.
 */
import { PDFDocument, rgb, type PDFFont } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { citationLines, type ExportScene } from './scene.ts';
import type { Drawing } from './drawing.ts';
import type { SubsetFont } from './fonts.ts';

export { PAGE_SIZES, type PageSize } from './sizes.ts';

export function parseColor(c: string): { r: number; g: number; b: number } {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(c.trim());
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((x) => x + x).join('') : hex[1]!;
    return {
      r: parseInt(h.slice(0, 2), 16) / 255,
      g: parseInt(h.slice(2, 4), 16) / 255,
      b: parseInt(h.slice(4, 6), 16) / 255,
    };
  }
  const m = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(c);
  if (m) return { r: Number(m[1]) / 255, g: Number(m[2]) / 255, b: Number(m[3]) / 255 };
  return { r: 0, g: 0, b: 0 };
}

const color = (c: string) => {
  const { r, g, b } = parseColor(c);
  return rgb(r, g, b);
};

/** Drawing (laid out in page points) → PDF bytes. `fonts` are the subsets for the drawing's texts. */
export async function buildPdf(
  drawing: Drawing,
  scene: ExportScene,
  fonts: readonly SubsetFont[],
  extraPages: readonly Drawing[] = [],
): Promise<Uint8Array> {
  return buildPdfPages(
    [drawing, ...extraPages],
    { title: drawing.title, subject: citationLines(scene).join('\n'), language: scene.language },
    fonts,
  );
}

/** Several drawings, one page each (a deck, or a picture followed by its sources). */
export async function buildPdfPages(
  pages: readonly Drawing[],
  meta: { title: string; subject: string; language: 'zh' | 'en' },
  fonts: readonly SubsetFont[],
): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setSubject(meta.subject);
  doc.setProducer('plangraph');
  doc.setCreator('plangraph export');
  doc.setLanguage(meta.language === 'zh' ? 'zh-CN' : 'en');
  const embedded = new Map<number, PDFFont>();
  for (const f of fonts) embedded.set(f.weight, await doc.embedFont(f.bytes, { subset: false }));
  for (const drawing of pages) drawPage(doc, drawing, embedded);
  return doc.save({ useObjectStreams: false });
}

function drawPage(doc: PDFDocument, drawing: Drawing, embedded: ReadonlyMap<number, PDFFont>): void {
  const page = doc.addPage([drawing.width, drawing.height]);
  const H = drawing.height;
  for (const it of drawing.items) {
    if (it.t === 'path') {
      page.drawSvgPath(it.d, {
        x: 0,
        y: H,
        color: it.fill ? color(it.fill) : undefined,
        opacity: it.fill ? (it.fillOpacity ?? 1) * (it.opacity ?? 1) : undefined,
        borderColor: it.stroke ? color(it.stroke) : undefined,
        borderWidth: it.stroke ? (it.strokeWidth ?? 1) : undefined,
        borderOpacity: it.stroke ? (it.opacity ?? 1) : undefined,
        borderDashArray: it.stroke && it.dash ? it.dash : undefined,
      });
    } else {
      const font = embedded.get(it.weight) ?? embedded.get(400) ?? [...embedded.values()][0];
      if (!font) continue;
      // Characters the subset lacks (none, normally) would throw: drop them rather than fail the export.
      const supported = new Set(font.getCharacterSet());
      const text = [...it.text].filter((ch) => supported.has(ch.codePointAt(0)!) || ch === ' ').join('');
      if (!text) continue;
      const w = font.widthOfTextAtSize(text, it.size);
      page.drawText(text, {
        x: it.anchor === 'middle' ? it.x - w / 2 : it.x,
        y: H - it.y,
        size: it.size,
        font,
        color: color(it.fill),
        opacity: it.opacity,
      });
    }
  }
}

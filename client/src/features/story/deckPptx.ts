/**
 * A deck as one PPTX: a title slide, one slide per view (title, picture, caption, legend, short citations; the
 * full citations and any warnings in the notes) and the sources slides (as many as the PDF's sources pages).
 * Document dates are fixed.
 */
import PptxGenJS from 'pptxgenjs';
import { normalizeOfficeZip } from '../export/archive.ts';
import { citationList } from '../export/citations.ts';
import { sourceLine } from '../export/scene.ts';
import { DECK_STRINGS, deckSourceLines, type Deck } from './deck.ts';

const FONT = 'Noto Sans SC';
const INK = '1F2933';
const MUTED = '52606D';
const W = 13.333;
const hex = (c: string) => c.replace('#', '').toUpperCase();

const SHAPES: Record<string, string> = {
  ellipse: 'ellipse',
  rectangle: 'rect',
  'round-rectangle': 'roundRect',
  'round-hexagon': 'hexagon',
  'round-diamond': 'diamond',
  'round-octagon': 'octagon',
  'round-triangle': 'triangle',
  'round-pentagon': 'pentagon',
  barrel: 'roundRect',
};
const DASH: Record<string, 'solid' | 'dash' | 'sysDot'> = { solid: 'solid', dashed: 'dash', dotted: 'sysDot' };

/**
 * `sourceSlides`: the citation lines on each sources slide, as `sourcePageLines` splits them for the PDF (one
 * slide holding every line when absent).
 */
export async function buildDeckPptx(deck: Deck, sourceSlides?: readonly string[][]): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.subject = sourceLine(deck.lang);
  pptx.author = 'plangraph';
  pptx.company = 'plangraph';
  const text = { fontFace: FONT, color: INK };

  const first = pptx.addSlide();
  first.addText(deck.title, { ...text, x: 0.7, y: 2.4, w: W - 1.4, h: 1.2, fontSize: 40, bold: true });
  if (deck.subtitle)
    first.addText(deck.subtitle, { ...text, x: 0.7, y: 3.6, w: W - 1.4, h: 0.6, fontSize: 22, color: MUTED });
  first.addText(`${deck.date} · ${DECK_STRINGS.views[deck.lang].replace('{n}', String(deck.slides.length))}`, {
    ...text,
    x: 0.7,
    y: 4.3,
    w: W - 1.4,
    h: 0.5,
    fontSize: 16,
    color: MUTED,
  });

  for (const s of deck.slides) {
    const slide = pptx.addSlide();
    slide.addText(s.title, { ...text, x: 0.4, y: 0.2, w: W - 0.8, h: 0.6, fontSize: 26, bold: true });
    const captionH = s.caption ? 0.7 : 0;
    const area = { x: 0.4, y: 0.9, w: 10.3, h: 6.65 - 0.9 - captionH };
    const ratio = s.picture.width / s.picture.height;
    const w = Math.min(area.w, area.h * ratio);
    const h = w / ratio;
    slide.addImage({
      data: `image/png;base64,${s.picture.base64}`,
      x: area.x + (area.w - w) / 2,
      y: area.y + (area.h - h) / 2,
      w,
      h,
    });
    if (s.caption) {
      slide.addText(s.caption, {
        ...text,
        x: 0.4,
        y: 6.65 - captionH,
        w: 10.3,
        h: captionH,
        fontSize: 15,
        fit: 'shrink',
      });
    }
    const lx = 10.95;
    slide.addText(DECK_STRINGS.legend[deck.lang], {
      ...text,
      x: lx,
      y: 0.95,
      w: 2.1,
      h: 0.35,
      fontSize: 12,
      bold: true,
    });
    const rowH = Math.min(0.32, 5.4 / Math.max(1, s.legend.length));
    s.legend.forEach((item, i) => {
      const y = 1.35 + i * rowH;
      if (item.kind === 'edge') {
        slide.addShape('line', {
          x: lx,
          y: y + rowH / 2,
          w: 0.3,
          h: 0,
          line: { color: hex(item.color), width: 1.5, dashType: DASH[item.lineStyle ?? 'solid'] ?? 'solid' },
        });
      } else {
        const marker = item.kind === 'marker';
        slide.addShape((SHAPES[item.shape] ?? 'ellipse') as PptxGenJS.ShapeType, {
          x: lx + 0.06,
          y: y + rowH / 2 - 0.09,
          w: 0.18,
          h: 0.18,
          fill: marker ? { color: 'FFFFFF' } : { color: hex(item.color) },
          line: { color: hex(item.color), width: marker ? 1.5 : 0, dashType: marker ? 'dash' : 'solid' },
        });
      }
      slide.addText(item.name, { ...text, x: lx + 0.38, y, w: 1.95, h: rowH, fontSize: 10.5 });
    });
    const cites = s.citations.map((c) => `[${c.n}] ${c.section}`).join(' · ');
    slide.addText(cites ? `${sourceLine(deck.lang)} · ${cites}` : sourceLine(deck.lang), {
      ...text,
      x: 0.4,
      y: 6.75,
      w: W - 0.8,
      h: 0.55,
      fontSize: 10.5,
      color: MUTED,
      fit: 'shrink',
    });
    slide.addNotes([...s.warnings, ...citationList(sourceLine(deck.lang), s.citations)].join('\n'));
  }

  for (const lines of sourceSlides ?? [deckSourceLines(deck)]) {
    const sources = pptx.addSlide();
    sources.addText(DECK_STRINGS.sources[deck.lang], {
      ...text,
      x: 0.4,
      y: 0.25,
      w: W - 0.8,
      h: 0.6,
      fontSize: 26,
      bold: true,
    });
    sources.addText(
      lines.map((l) => ({ text: l, options: { breakLine: true } })),
      {
        ...text,
        x: 0.4,
        y: 1.0,
        w: W - 0.8,
        h: 6.2,
        fontSize: 12,
        valign: 'top',
        fit: 'shrink',
      },
    );
    sources.addNotes(lines.join('\n'));
  }
  const bytes = (await pptx.write({ outputType: 'arraybuffer' })) as ArrayBuffer;
  return normalizeOfficeZip(bytes);
}

/** One PPTX slide: the picture, the title, a legend of the labels present, the sources in the speaker notes. */
import PptxGenJS from 'pptxgenjs';
import { normalizeOfficeZip } from './archive.ts';
import { citationLines, type ExportScene } from './scene.ts';

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

const FONT = 'Noto Sans SC';

/** `png` is the graph alone (no title or legend: the slide has them as text). */
export async function buildPptx(
  scene: ExportScene,
  png: { base64: string; width: number; height: number },
): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE'; // 13.33 × 7.5 in
  pptx.title = scene.texts.title;
  pptx.subject = scene.texts.source;
  pptx.author = 'plangraph';
  pptx.company = 'plangraph';
  const slide = pptx.addSlide();
  const W = 13.333;
  slide.addText(scene.texts.title, {
    x: 0.4,
    y: 0.2,
    w: W - 0.8,
    h: 0.6,
    fontFace: FONT,
    fontSize: 26,
    bold: true,
    color: '1F2933',
  });
  let top = 0.85;
  if (scene.texts.subtitle) {
    slide.addText(scene.texts.subtitle, {
      x: 0.4,
      y: 0.78,
      w: W - 0.8,
      h: 0.4,
      fontFace: FONT,
      fontSize: 14,
      color: '52606D',
    });
    top = 1.2;
  }
  // The picture, fitted into the area left of the legend.
  const area = { x: 0.4, y: top + 0.1, w: 10.4, h: 6.75 - top - 0.35 };
  const ratio = png.width / png.height;
  const w = Math.min(area.w, area.h * ratio);
  const h = w / ratio;
  slide.addImage({
    data: `image/png;base64,${png.base64}`,
    x: area.x + (area.w - w) / 2,
    y: area.y + (area.h - h) / 2,
    w,
    h,
  });
  // Legend column.
  const lx = 11.1;
  slide.addText(scene.language === 'zh' ? '图例' : 'Legend', {
    x: lx,
    y: top + 0.1,
    w: 1.9,
    h: 0.35,
    fontFace: FONT,
    fontSize: 12,
    bold: true,
    color: '1F2933',
  });
  scene.legend.forEach((item, i) => {
    const y = top + 0.55 + i * 0.34;
    slide.addShape((SHAPES[item.shape] ?? 'ellipse') as PptxGenJS.ShapeType, {
      x: lx,
      y: y + 0.07,
      w: 0.18,
      h: 0.18,
      fill: { color: item.color.replace('#', '').toUpperCase() },
      line: { color: item.color.replace('#', '').toUpperCase(), width: 0 },
    });
    slide.addText(item.name, { x: lx + 0.26, y, w: 1.7, h: 0.32, fontFace: FONT, fontSize: 11, color: '1F2933' });
  });
  // The source on the slide; the full citation in the notes.
  slide.addText(scene.texts.source, {
    x: 0.4,
    y: 6.85,
    w: W - 0.8,
    h: 0.4,
    fontFace: FONT,
    fontSize: 10,
    color: '52606D',
  });
  slide.addNotes(citationLines(scene).join('\n'));
  const bytes = (await pptx.write({ outputType: 'arraybuffer' })) as ArrayBuffer;
  return normalizeOfficeZip(bytes);
}

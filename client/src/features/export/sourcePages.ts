/** Pages listing the full citations (a PDF's last pages, a deck's sources): each line wrapped, as many pages as it takes. */
import type { Language } from '../../graph/index.ts';
import type { Drawing, Item, Measure } from './drawing.ts';
import { wrapText } from './textLayout.ts';

export const SOURCES_HEADING = { zh: '资料来源', en: 'Sources' } satisfies Record<Language, string>;

const INK = '#1f2933';
const MARGIN = 48;

/** A white page holding `items`. */
export function page(width: number, height: number, title: string, items: Item[]): Drawing {
  return {
    width,
    height,
    background: '#ffffff',
    title,
    items: [{ t: 'path', d: `M0 0H${width}V${height}H0Z`, fill: '#ffffff', stroke: null }, ...items],
    labelBoxes: {},
    graphBox: { x: 0, y: 0, w: 0, h: 0 },
  };
}

/** The sources pages: the full citation list with quotes, wrapped and split over as many pages as it takes. */
export function sourcePages(
  title: string,
  lines: readonly string[],
  lang: Language,
  size: { width: number; height: number },
  measure: Measure,
): Drawing[] {
  const inner = size.width - 2 * MARGIN;
  const TEXT = 12;
  const heading = SOURCES_HEADING[lang];
  const wrapped = lines.flatMap((l, i) =>
    wrapText(l, inner, TEXT, 400, measure).map((text, j) => ({ text, gap: i > 0 && j === 0 })),
  );
  const pages: Drawing[] = [];
  let items: Item[] = [];
  let y = 0;
  const start = () => {
    items = [
      { t: 'text', x: MARGIN, y: MARGIN + 24, text: heading, size: 24, weight: 700, fill: INK, anchor: 'start' },
    ];
    y = MARGIN + 24 + 18;
  };
  start();
  for (const w of wrapped) {
    const step = TEXT * 1.5 + (w.gap ? 4 : 0);
    if (y + step > size.height - MARGIN && items.length > 1) {
      pages.push(page(size.width, size.height, title, items));
      start();
    }
    y += step;
    items.push({ t: 'text', x: MARGIN, y, text: w.text, size: TEXT, weight: 400, fill: INK, anchor: 'start' });
  }
  pages.push(page(size.width, size.height, title, items));
  return pages;
}

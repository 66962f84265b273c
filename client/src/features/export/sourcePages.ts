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

const TEXT = 12;
const LINE = TEXT * 1.5;
/** Extra space between two citations. */
const GAP = 4;
const HEADING = { size: 24, below: 18 };

/**
 * The citation lines on each sources page: whole lines (a citation never breaks across pages), as many pages as
 * it takes. The PDF draws these pages and the PPTX has one sources slide per page, so both have the same pages.
 */
export function sourcePageLines(
  lines: readonly string[],
  size: { width: number; height: number },
  measure: Measure,
): string[][] {
  const inner = size.width - 2 * MARGIN;
  const room = size.height - MARGIN - (MARGIN + HEADING.size + HEADING.below);
  const pages: string[][] = [[]];
  let used = 0;
  for (const line of lines) {
    const height = wrapText(line, inner, TEXT, 400, measure).length * LINE;
    if (used > 0 && used + GAP + height > room) {
      pages.push([]);
      used = 0;
    }
    used += (used > 0 ? GAP : 0) + height;
    pages.at(-1)!.push(line);
  }
  return pages;
}

/** The sources pages: the full citation list with quotes, wrapped, on the pages `sourcePageLines` gives. */
export function sourcePages(
  title: string,
  lines: readonly string[],
  lang: Language,
  size: { width: number; height: number },
  measure: Measure,
): Drawing[] {
  const inner = size.width - 2 * MARGIN;
  const heading = SOURCES_HEADING[lang];
  return sourcePageLines(lines, size, measure).map((group) => {
    const items: Item[] = [
      {
        t: 'text',
        x: MARGIN,
        y: MARGIN + HEADING.size,
        text: heading,
        size: HEADING.size,
        weight: 700,
        fill: INK,
        anchor: 'start',
      },
    ];
    let y = MARGIN + HEADING.size + HEADING.below;
    group.forEach((line, i) =>
      wrapText(line, inner, TEXT, 400, measure).forEach((text, j) => {
        y += LINE + (i > 0 && j === 0 ? GAP : 0);
        items.push({ t: 'text', x: MARGIN, y, text, size: TEXT, weight: 400, fill: INK, anchor: 'start' });
      }),
    );
    return page(size.width, size.height, title, items);
  });
}

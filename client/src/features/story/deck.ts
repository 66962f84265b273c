/**
 * A deck: a story whose views have been drawn. Pure: the pictures come in as PNG bytes (base64) and composed
 * drawings; the PPTX, PDF and HTML writers lay out the same deck — a title page, one page per view, a sources page.
 */
import type { Language } from '../../graph/index.ts';
import { numberCitations, citationList, type Citation } from '../export/citations.ts';
import type { Drawing, Item, Measure } from '../export/drawing.ts';
import { wrapText } from '../export/textLayout.ts';
import type { LegendItem } from '../export/scene.ts';
import { sourceLine } from '../export/scene.ts';

export type DeckSlide = {
  title: string;
  caption: string;
  /** The view's query string. */
  view: string;
  /** The graph alone (no title, legend or footer): the slide and the HTML page add those as text. */
  picture: { base64: string; width: number; height: number };
  /** The whole page as a drawing (title, caption, graph, legend, citations): the PDF page. */
  page: Drawing;
  legend: LegendItem[];
  citations: Citation[];
  /** What could not be shown (unknown nodes…), one line each. */
  warnings: string[];
};

export type Deck = {
  title: string;
  subtitle: string;
  lang: Language;
  /** YYYY-MM-DD, printed on the title page. */
  date: string;
  slides: DeckSlide[];
};

export const DECK_STRINGS = {
  sources: { zh: '资料来源', en: 'Sources' },
  legend: { zh: '图例', en: 'Legend' },
  slideOf: { zh: '第 {i} / {n} 页', en: '{i} / {n}' },
  views: { zh: '{n} 个视图', en: '{n} views' },
} satisfies Record<string, Record<Language, string>>;

/** Every slide's citations merged into one numbered list (sections in order of first appearance). */
export function deckCitations(deck: Pick<Deck, 'slides'>): Citation[] {
  return numberCitations(
    deck.slides.flatMap((s) =>
      s.citations.flatMap((c) => (c.quotes.length ? c.quotes : [null]).map((quote) => ({ section: c.section, quote }))),
    ),
  );
}

/** The closing page's lines: the plan, then each cited section with its quotes. */
export function deckSourceLines(deck: Pick<Deck, 'slides' | 'lang'>): string[] {
  return citationList(sourceLine(deck.lang), deckCitations(deck));
}

const INK = '#1f2933';
const MUTED = '#52606d';
const MARGIN = 48;

function page(width: number, height: number, title: string, items: Item[]): Drawing {
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

/** The title page: the story's title, subtitle, date and view count. */
export function titlePage(deck: Deck, size: { width: number; height: number }, measure: Measure): Drawing {
  const inner = size.width - 2 * MARGIN;
  const items: Item[] = [];
  let y = size.height * 0.38;
  for (const line of wrapText(deck.title, inner, 40, 700, measure)) {
    items.push({ t: 'text', x: MARGIN, y, text: line, size: 40, weight: 700, fill: INK, anchor: 'start' });
    y += 52;
  }
  for (const line of deck.subtitle ? wrapText(deck.subtitle, inner, 22, 400, measure) : []) {
    items.push({ t: 'text', x: MARGIN, y: y + 6, text: line, size: 22, weight: 400, fill: MUTED, anchor: 'start' });
    y += 32;
  }
  const meta = `${deck.date} · ${DECK_STRINGS.views[deck.lang].replace('{n}', String(deck.slides.length))}`;
  items.push({ t: 'text', x: MARGIN, y: y + 28, text: meta, size: 16, weight: 400, fill: MUTED, anchor: 'start' });
  return page(size.width, size.height, deck.title, items);
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
  const heading = DECK_STRINGS.sources[lang];
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

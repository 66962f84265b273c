/**
 * A deck: a story whose views have been drawn. Pure: the pictures come in as PNG bytes (base64) and composed
 * drawings; the PPTX, PDF and HTML writers lay out the same deck — a title page, one page per view, a sources page.
 */
import type { Language } from '../../graph/index.ts';
import { numberCitations, citationList, type Citation } from '../export/citations.ts';
import type { Drawing, Item, Measure } from '../export/drawing.ts';
import { wrapText } from '../export/textLayout.ts';
import type { LegendItem } from '../export/scene.ts';
import { SOURCES_HEADING, page } from '../export/sourcePages.ts';

export { sourcePageLines, sourcePages } from '../export/sourcePages.ts';
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
  sources: SOURCES_HEADING,
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

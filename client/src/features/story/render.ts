/**
 * Renders a story in the page: each view is opened in the explorer (as its share link would open it), drawn once
 * the layout settles, and the deck is written as PPTX, PDF or HTML. The Story panel and the CLI
 * (`npm run export -- --story`, through automation.ts) both call renderStory.
 */
import { untilCanvas, type CanvasController } from '../../cytoscape/index.ts';
import { useStore } from '../../store/index.ts';
import { chrome } from '../export/chrome.ts';
import { compose } from '../export/compose.ts';
import { charsOfPages, charsByWeight, type Box, type Drawing, type Measure } from '../export/drawing.ts';
import { exportFileName, isoDate } from '../export/filename.ts';
import { subsetFonts } from '../export/fonts.ts';
import { browserMeasure, currentScene, rasterize, sceneStrings, toBase64 } from '../export/run.ts';
import { sceneCitations } from '../export/scene.ts';
import { buildSvg } from '../export/svg.ts';
import { deckSourceLines, sourcePageLines, sourcePages, titlePage, type Deck, type DeckSlide } from './deck.ts';
import { linkRequest, openLink, type OpenedLink } from './openLink.ts';
import type { Story } from './story.ts';

export const DECK_FORMATS = ['pptx', 'pdf', 'html'] as const;
export type DeckFormat = (typeof DECK_FORMATS)[number];

export type DeckOptions = {
  format: DeckFormat;
  /** Picture size in pixels (default 1920 × 1080). */
  width?: number;
  height?: number;
  /** YYYY-MM-DD for the title page and the file name (default: today). */
  date?: string;
  /** Called before each view is opened (progress). */
  onSlide?: (index: number, total: number) => void;
};

/** How one view's page was drawn (what the tests check: the view's kind, label places, the footer). */
export type SlideReport = {
  kind: OpenedLink['kind'];
  /** Node id → its label box on the page (960 × 540 pt). */
  labelBoxes: Record<string, Box>;
  /** Edge id → the box of its relationship name. */
  edgeLabelBoxes: Record<string, Box>;
  /** The relationship names drawn. */
  edgeLabels: string[];
  /** The citation footer as drawn: its lines and their size on the page. */
  footer: { lines: string[]; size: number };
};

export type DeckOutput = {
  bytes: Uint8Array;
  filename: string;
  mime: string;
  pages: number;
  warnings: string[];
  slides: SlideReport[];
  ms: number;
};

const MIME: Record<DeckFormat, string> = {
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  pdf: 'application/pdf',
  html: 'text/html',
};

/** PDF pages are 16:9 slides in points. */
const PAGE = { width: 960, height: 540 };

const nextFrames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** Opens one view and waits until its layout has settled with the label glyphs loaded. */
async function openView(search: string, language: Story['lang']): Promise<{ missing: string[]; shown: number }> {
  const { requested } = await openLink(search, language);
  const { graph, layoutRequest } = useStore.getState();
  // The canvas has taken the view once it answers the view's layout request. Its node count is not a test: an
  // answer view folds large ranks into group nodes, so it draws fewer nodes than the graph holds.
  const current = (c: CanvasController) => c.lastRequest >= layoutRequest.seq;
  const drawn = await untilCanvas(current);
  const text = drawn.labelText();
  await Promise.all([
    document.fonts.load('400 14px "Noto Sans SC"', text),
    document.fonts.load('700 14px "Noto Sans SC"', text),
  ]);
  await document.fonts.ready;
  await untilCanvas((c) => current(c) && c.settled());
  await nextFrames();
  return { missing: requested.filter((id) => !graph.nodes.has(id)), shown: graph.nodes.size };
}

function slideReport(kind: OpenedLink['kind'], page: Drawing, footer: string[]): SlideReport {
  const texts = page.items.flatMap((i) => (i.t === 'text' ? [i] : []));
  const drawnFooter = texts.filter((t) => !t.edge && footer.includes(t.text));
  return {
    kind,
    labelBoxes: page.labelBoxes,
    edgeLabelBoxes: page.edgeLabelBoxes ?? {},
    edgeLabels: texts.flatMap((t) => (t.edge ? [t.text] : [])),
    footer: { lines: drawnFooter.map((t) => t.text), size: Math.min(...drawnFooter.map((t) => t.size)) },
  };
}

async function drawSlide(
  story: Story,
  index: number,
  size: { width: number; height: number },
): Promise<DeckSlide & { report: SlideReport }> {
  const slide = story.slides[index]!;
  const warnings: string[] = [];
  const where = story.lang === 'zh' ? `第 ${index + 1} 页「${slide.title}」` : `slide ${index + 1} "${slide.title}"`;
  const { kind } = linkRequest(slide.view);
  try {
    const { missing, shown } = await openView(slide.view, story.lang);
    if (missing.length) {
      warnings.push(
        story.lang === 'zh'
          ? `${where}:${missing.length} 个节点未找到(${missing.join('、')})`
          : `${where}: ${missing.length} node(s) not found (${missing.join(', ')})`,
      );
    }
    if (shown === 0) warnings.push(story.lang === 'zh' ? `${where}:视图为空` : `${where}: the view is empty`);
  } catch (error) {
    warnings.push(`${where}: ${(error as Error).message}`);
  }
  const scene = currentScene({ scope: 'all', title: slide.title, subtitle: slide.caption });
  const measure: Measure = await browserMeasure([...sceneStrings(scene), ...scene.nodes.flatMap((n) => n.lines)]);
  const page = compose(scene, { ...PAGE, measure, background: '#ffffff' });
  const footer = chrome(scene, PAGE.width, { showTitle: true, showLegend: true, showFooter: true }, measure).footer;
  const graph = compose(scene, {
    width: size.width,
    height: size.height,
    showTitle: false,
    showLegend: false,
    showFooter: false,
    measure,
    background: '#ffffff',
  });
  const fonts = await subsetFonts(charsByWeight(graph));
  const png = await rasterize(buildSvg(graph, { fonts }), size.width, size.height);
  return {
    title: slide.title,
    caption: slide.caption,
    view: slide.view,
    picture: { base64: toBase64(png), width: size.width, height: size.height },
    page,
    legend: scene.legend,
    citations: sceneCitations(scene),
    warnings,
    report: slideReport(kind, page, footer),
  };
}

/** Draws every view of the story in order and writes the deck. */
export async function renderStory(story: Story, options: DeckOptions): Promise<DeckOutput> {
  const started = performance.now();
  const size = { width: options.width ?? 1920, height: options.height ?? 1080 };
  const date = options.date ?? isoDate(new Date());
  const slides: DeckSlide[] = [];
  const reports: SlideReport[] = [];
  for (let i = 0; i < story.slides.length; i++) {
    options.onSlide?.(i, story.slides.length);
    const { report, ...slide } = await drawSlide(story, i, size);
    slides.push(slide);
    reports.push(report);
  }
  const deck: Deck = { title: story.title, subtitle: story.subtitle, lang: story.lang, date, slides };
  const warnings = slides.flatMap((s) => s.warnings);
  const filename = exportFileName(story.title, date, options.format);
  const done = (bytes: Uint8Array, pages: number): DeckOutput => ({
    bytes,
    filename,
    mime: MIME[options.format],
    pages,
    warnings,
    slides: reports,
    ms: Math.round(performance.now() - started),
  });
  if (options.format === 'html') {
    const { buildDeckHtml } = await import('./deckHtml.ts');
    return done(new TextEncoder().encode(buildDeckHtml(deck)), slides.length + 2);
  }
  const lines = deckSourceLines(deck);
  const measure = await browserMeasure([story.title, story.subtitle, date, ...lines]);
  if (options.format === 'pptx') {
    // The sources split over slides as the PDF splits them over pages: both decks have the same pages.
    const sourceSlides = sourcePageLines(lines, PAGE, measure);
    const { buildDeckPptx } = await import('./deckPptx.ts');
    return done(await buildDeckPptx(deck, sourceSlides), slides.length + 1 + sourceSlides.length);
  }
  const pages = [
    titlePage(deck, PAGE, measure),
    ...slides.map((s) => s.page),
    ...sourcePages(story.title, lines, story.lang, PAGE, measure),
  ];
  const fonts = await subsetFonts(charsOfPages(pages));
  const { buildPdfPages } = await import('../export/pdf.ts');
  const bytes = await buildPdfPages(
    pages,
    { title: story.title, subject: lines.join('\n'), language: story.lang },
    fonts,
  );
  return done(bytes, pages.length);
}

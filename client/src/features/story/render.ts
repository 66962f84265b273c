/**
 * Renders a story in the page: each view is opened in the explorer (as its share link would open it), drawn once
 * the layout settles, and the deck is written as PPTX, PDF or HTML. The Story panel and the CLI
 * (`npm run export -- --story`, through automation.ts) both call renderStory.
 */
import { untilCanvas } from '../../cytoscape/index.ts';
import { loadView } from '../../operations/index.ts';
import { useStore } from '../../store/index.ts';
import { parseView } from '../../url/index.ts';
import { compose } from '../export/compose.ts';
import { charsOfPages, charsByWeight } from '../export/drawing.ts';
import { exportFileName, isoDate } from '../export/filename.ts';
import { subsetFonts } from '../export/fonts.ts';
import { browserMeasure, currentScene, rasterize, sceneStrings, toBase64 } from '../export/run.ts';
import { sceneCitations } from '../export/scene.ts';
import { buildSvg } from '../export/svg.ts';
import { deckSourceLines, sourcePages, titlePage, type Deck, type DeckSlide } from './deck.ts';
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

export type DeckOutput = {
  bytes: Uint8Array;
  filename: string;
  mime: string;
  pages: number;
  warnings: string[];
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
  const view = { ...parseView(search), language };
  if (view.ids.length) await loadView(view);
  else useStore.getState().actions.setGraph({ nodes: [], edges: [], truncated: false });
  const { graph, layoutRequest } = useStore.getState();
  const count = graph.nodes.size;
  await untilCanvas((c) => c.nodeCount() === count && c.lastRequest >= layoutRequest.seq);
  const drawn = await untilCanvas((c) => c.nodeCount() === count);
  const text = drawn.labelText();
  await Promise.all([
    document.fonts.load('400 14px "Noto Sans SC"', text),
    document.fonts.load('700 14px "Noto Sans SC"', text),
  ]);
  await document.fonts.ready;
  await untilCanvas((c) => c.nodeCount() === count && c.settled());
  await nextFrames();
  return { missing: view.ids.filter((id) => !graph.nodes.has(id)), shown: count };
}

async function drawSlide(story: Story, index: number, size: { width: number; height: number }): Promise<DeckSlide> {
  const slide = story.slides[index]!;
  const warnings: string[] = [];
  const where = story.lang === 'zh' ? `第 ${index + 1} 页「${slide.title}」` : `slide ${index + 1} "${slide.title}"`;
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
  const measure = await browserMeasure([...sceneStrings(scene), ...scene.nodes.flatMap((n) => n.lines)]);
  const page = compose(scene, { ...PAGE, measure, background: '#ffffff' });
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
  };
}

/** Draws every view of the story in order and writes the deck. */
export async function renderStory(story: Story, options: DeckOptions): Promise<DeckOutput> {
  const started = performance.now();
  const size = { width: options.width ?? 1920, height: options.height ?? 1080 };
  const date = options.date ?? isoDate(new Date());
  const slides: DeckSlide[] = [];
  for (let i = 0; i < story.slides.length; i++) {
    options.onSlide?.(i, story.slides.length);
    slides.push(await drawSlide(story, i, size));
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
    ms: Math.round(performance.now() - started),
  });
  if (options.format === 'html') {
    const { buildDeckHtml } = await import('./deckHtml.ts');
    return done(new TextEncoder().encode(buildDeckHtml(deck)), slides.length + 2);
  }
  if (options.format === 'pptx') {
    const { buildDeckPptx } = await import('./deckPptx.ts');
    return done(await buildDeckPptx(deck), slides.length + 2);
  }
  const lines = deckSourceLines(deck);
  const measure = await browserMeasure([story.title, story.subtitle, date, ...lines]);
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

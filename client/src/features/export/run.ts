/**
 * Export orchestration in the browser: capture the canvas into a scene, then build the requested file. The
 * dialog and the headless CLI (scripts/export.ts, through automation.ts) both call runExport.
 */
import { captureCanvas, type ElementInfo } from '../../cytoscape/index.ts';
import { useStore } from '../../store/index.ts';
import { compose, type ComposeOptions } from './compose.ts';
import { charsByWeight, charsOfPages, type Drawing, type Measure } from './drawing.ts';
import { estimateWidth } from './textLayout.ts';
import { buildCsv, buildCytoscapeJson, buildGraphml } from './data.ts';
import { subsetFonts } from './fonts.ts';
import { citationLines, legendFor, sceneTexts, type ExportScene } from './scene.ts';
import { buildSvg } from './svg.ts';
import { PAGE_SIZES, type PageSize } from './sizes.ts';
import { zipFiles } from './archive.ts';
import { exportFileName, isoDate } from './filename.ts';
import { sourcePages } from './sourcePages.ts';

export const FORMATS = ['png', 'svg', 'pdf', 'pptx', 'json', 'graphml', 'csv'] as const;
export type ExportFormat = (typeof FORMATS)[number];

export { PNG_PRESETS, type PngPreset } from './sizes.ts';

export type ExportSettings = {
  format: ExportFormat;
  scope: 'all' | 'selection';
  /** Pixel ratio for PNG (1–4) when no size is given. */
  scale: number;
  /** A fixed picture size in pixels (a preset, or --width/--height). */
  size: { width: number; height: number } | null;
  /** 'white', 'transparent' or a CSS hex colour. */
  background: string;
  page: PageSize;
  title: string;
  subtitle: string;
  showTitle: boolean;
  legend: boolean;
  footer: boolean;
  /** Relationship names along the edges. */
  edgeLabels: boolean;
  /** YYYY-MM-DD for the file name (default: today). */
  date?: string;
};

export const DEFAULT_SETTINGS: ExportSettings = {
  format: 'png',
  scope: 'all',
  scale: 2,
  size: null,
  background: 'white',
  page: 'a4-landscape',
  title: '',
  subtitle: '',
  showTitle: true,
  legend: true,
  footer: true,
  edgeLabels: true,
};

export type ExportOutput = {
  bytes: Uint8Array;
  filename: string;
  mime: string;
  /** Pixel size (PNG, SVG) or page size in points (PDF). */
  width?: number;
  height?: number;
  drawing?: Drawing;
  /** Pixels per layout unit (PNG): label boxes × this = pixel boxes. */
  pixelRatio?: number;
  fontBytes?: number;
  ms: number;
};

const MIME: Record<ExportFormat, string> = {
  png: 'image/png',
  svg: 'image/svg+xml',
  pdf: 'application/pdf',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  json: 'application/json',
  graphml: 'application/graphml+xml',
  csv: 'application/zip',
};

/** Cited section titles in the view's language (the Chinese title where no English one exists). */
function sectionsOf(
  provenance: readonly { sectionTitle: string | null; sectionTitleEn: string | null }[] | undefined,
  language: 'zh' | 'en',
): string[] {
  const title = (p: { sectionTitle: string | null; sectionTitleEn: string | null }) =>
    (language === 'en' ? (p.sectionTitleEn ?? p.sectionTitle) : p.sectionTitle) ?? '';
  return [...new Set((provenance ?? []).map(title).filter(Boolean))];
}

/** Each quote with its section title in the view's language. */
function quotesOf(
  provenance: readonly { sectionTitle: string | null; sectionTitleEn: string | null; quote: string }[] | undefined,
  language: 'zh' | 'en',
): { section: string; quote: string }[] {
  return (provenance ?? [])
    .map((p) => ({
      section: (language === 'en' ? (p.sectionTitleEn ?? p.sectionTitle) : p.sectionTitle) ?? '',
      quote: p.quote,
    }))
    .filter((c) => c.section);
}

/** The canvas as a scene, with names and cited sections from the store's graph. */
export function currentScene(settings: Pick<ExportSettings, 'scope' | 'title' | 'subtitle'>): ExportScene {
  const { graph, language } = useStore.getState();
  const info = (id: string): ElementInfo | undefined => {
    const n = graph.nodes.get(id);
    if (n) {
      return {
        name: n.name,
        nameEn: n.nameEn,
        sections: sectionsOf(n.provenance, language),
        citations: quotesOf(n.provenance, language),
      };
    }
    const e = graph.edges.get(id);
    return e
      ? { sections: sectionsOf(e.provenance, language), citations: quotesOf(e.provenance, language) }
      : undefined;
  };
  const { nodes, edges } = captureCanvas({ scope: settings.scope, info });
  const base = { language, nodes, edges };
  return { ...base, legend: legendFor(nodes, language, edges), texts: sceneTexts(base, settings) };
}

/** Text widths as the browser draws them in Noto Sans SC (after loading the glyphs needed). */
export async function browserMeasure(texts: string[]): Promise<Measure> {
  const all = [...new Set(texts.join(''))].join('');
  if (typeof document !== 'undefined' && document.fonts && all) {
    await Promise.all([
      document.fonts.load('400 16px "Noto Sans SC"', all),
      document.fonts.load('700 16px "Noto Sans SC"', all),
    ]).catch(() => {});
  }
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return estimateWidth;
  return (text, size, weight) => {
    ctx.font = `${weight} 100px "Noto Sans SC", sans-serif`;
    return (ctx.measureText(text).width * size) / 100;
  };
}

export function sceneStrings(scene: ExportScene): string[] {
  return [
    scene.texts.title,
    scene.texts.subtitle,
    scene.texts.source,
    ...scene.texts.sections,
    ...citationLines(scene),
    ...scene.edges.map((e) => e.caption),
    ...scene.legend.map((l) => l.name),
    '[0123456789] ·…等共节 sections in all',
    '等节 and more Sections cited: 来源:涉及章节:',
  ];
}

function background(value: string): string | null {
  if (value === 'transparent') return null;
  if (value === 'white' || !value) return '#ffffff';
  return value;
}

/** Layout size and pixel size for a picture: a fixed size is laid out at 1920-ish units and scaled up. */
function sizing(settings: ExportSettings): {
  layout: Pick<ComposeOptions, 'width' | 'height'>;
  ratio: number | null;
  pixels: { width: number; height: number } | null;
} {
  if (settings.size) {
    const { width, height } = settings.size;
    const k = Math.max(1, Math.round(Math.max(width, height) / 1920));
    return { layout: { width: width / k, height: height / k }, ratio: k, pixels: { width, height } };
  }
  return { layout: {}, ratio: null, pixels: null };
}

const base64 = (bytes: Uint8Array) => {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
};

/** Builds one export of the canvas. */
export async function runExport(settings: ExportSettings, sceneIn?: ExportScene): Promise<ExportOutput> {
  const started = performance.now();
  const scene = sceneIn ?? currentScene(settings);
  const enc = new TextEncoder();
  const done = (o: Omit<ExportOutput, 'ms'>): ExportOutput => ({ ...o, ms: Math.round(performance.now() - started) });
  const date = settings.date ?? isoDate(new Date());
  const fileName = (ext: string) => exportFileName([scene.texts.title, scene.texts.subtitle], date, ext);
  switch (settings.format) {
    case 'json':
      return done({ bytes: enc.encode(buildCytoscapeJson(scene)), filename: fileName('json'), mime: MIME.json });
    case 'graphml':
      return done({ bytes: enc.encode(buildGraphml(scene)), filename: fileName('graphml'), mime: MIME.graphml });
    case 'csv': {
      const files = buildCsv(scene);
      return done({ bytes: await zipFiles(files), filename: fileName('csv.zip'), mime: MIME.csv });
    }
    default:
      break;
  }
  const measure = await browserMeasure([...sceneStrings(scene), ...scene.nodes.flatMap((n) => n.lines)]);
  const flags = {
    showTitle: settings.showTitle,
    showLegend: settings.legend,
    showFooter: settings.footer,
    edgeLabels: settings.edgeLabels,
    measure,
  };
  if (settings.format === 'pdf') {
    const page = PAGE_SIZES[settings.page];
    const drawing = compose(scene, {
      ...flags,
      width: page.width,
      height: page.height,
      background: background(settings.background),
    });
    // The full citations, with their quotes, on the last page(s).
    const sources = sourcePages(drawing.title, citationLines(scene), scene.language, page, measure);
    const fonts = await subsetFonts(charsOfPages([drawing, ...sources]));
    const { buildPdf } = await import('./pdf.ts');
    const bytes = await buildPdf(drawing, scene, fonts, sources);
    return done({
      bytes,
      filename: fileName('pdf'),
      mime: MIME.pdf,
      width: page.width,
      height: page.height,
      drawing,
      fontBytes: fonts.reduce((s, f) => s + f.bytes.length, 0),
    });
  }
  if (settings.format === 'pptx') {
    // The graph alone; the slide carries title, legend and sources as text.
    const drawing = compose(scene, {
      showTitle: false,
      showLegend: false,
      showFooter: false,
      edgeLabels: settings.edgeLabels,
      measure,
      background: background(settings.background),
    });
    const fonts = await subsetFonts(charsByWeight(drawing));
    const ratio = Math.min(2, 3000 / drawing.width);
    const w = Math.round(drawing.width * ratio);
    const h = Math.round(drawing.height * ratio);
    const png = await rasterize(buildSvg(drawing, { fonts, pixelWidth: w, pixelHeight: h }), w, h);
    const { buildPptx } = await import('./pptx.ts');
    const bytes = await buildPptx(scene, { base64: base64(png), width: w, height: h });
    return done({ bytes, filename: fileName('pptx'), mime: MIME.pptx, drawing });
  }
  const { layout, ratio, pixels } = sizing(settings);
  const drawing = compose(scene, { ...flags, ...layout, background: background(settings.background) });
  const scale = ratio ?? Math.min(4, Math.max(1, settings.scale));
  const width = pixels?.width ?? Math.round(drawing.width * scale);
  const height = pixels?.height ?? Math.round(drawing.height * scale);
  const fonts = await subsetFonts(charsByWeight(drawing));
  const fontBytes = fonts.reduce((s, f) => s + f.bytes.length, 0);
  if (settings.format === 'svg') {
    const svg = buildSvg(drawing, { fonts, citations: citationLines(scene) });
    return done({
      bytes: enc.encode(svg),
      filename: fileName('svg'),
      mime: MIME.svg,
      width: drawing.width,
      height: drawing.height,
      drawing,
      fontBytes,
    });
  }
  const svg = buildSvg(drawing, { fonts, pixelWidth: width, pixelHeight: height });
  const bytes = await rasterize(svg, width, height);
  return done({
    bytes,
    filename: fileName('png'),
    mime: MIME.png,
    width,
    height,
    drawing,
    pixelRatio: width / drawing.width,
    fontBytes,
  });
}

export async function rasterize(svg: string, width: number, height: number): Promise<Uint8Array> {
  const { rasterizeSvg } = await import('./raster.ts');
  return rasterizeSvg(svg, width, height);
}

export { download } from './download.ts';

export { base64 as toBase64 };

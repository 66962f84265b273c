/**
 * Scene → drawing: lays out the picture (title and subtitle on top, the graph, a legend of the labels present,
 * the citation footer) as a flat list of paths and texts in page units. Pure: the SVG, PNG and PDF writers all
 * draw the same list, so every format shows the same thing.
 */
import { isCjk } from '../../graph/index.ts';
import { EXPORT_STRINGS, r2, type ExportScene, type Point, type SceneNode } from './scene.ts';

export type PathItem = {
  t: 'path';
  d: string;
  fill: string | null;
  fillOpacity?: number;
  stroke: string | null;
  strokeWidth?: number;
  dash?: number[];
  opacity?: number;
};
export type TextItem = {
  t: 'text';
  x: number;
  /** Baseline. */
  y: number;
  text: string;
  size: number;
  weight: 400 | 700;
  fill: string;
  anchor: 'start' | 'middle';
  opacity?: number;
  /** Set on node labels: the node's id. */
  node?: string;
};
export type Item = PathItem | TextItem;

export type Box = { x: number; y: number; w: number; h: number };

export type Drawing = {
  width: number;
  height: number;
  /** null: transparent. */
  background: string | null;
  title: string;
  items: Item[];
  /** Where each node's label block ended up, in page units (tests look for glyphs there). */
  labelBoxes: Record<string, Box>;
  /** The graph's area on the page. */
  graphBox: Box;
};

/** Width of a text run in page units; the browser passes a canvas measurer, tests and Node use the estimate. */
export type Measure = (text: string, size: number, weight: 400 | 700) => number;

/** Noto Sans SC's advance widths, roughly: CJK and full-width forms 1 em, Latin about 0.55 em. */
export const estimateWidth: Measure = (text, size, weight) => {
  let em = 0;
  for (const ch of text) {
    if (isCjk(ch) || ch === '“' || ch === '”') em += 1;
    else if (ch === ' ') em += 0.26;
    else if (/[A-Z0-9]/.test(ch)) em += 0.62;
    else if (/[il.,:;'|!]/.test(ch)) em += 0.26;
    else em += 0.53;
  }
  return em * size * (weight === 700 ? 1.03 : 1);
};

export type ComposeOptions = {
  /** Page size in layout units; omitted: the graph at zoom 1 plus the margins and texts. */
  width?: number;
  height?: number;
  background?: string | null;
  /** Which parts to draw (default: all). */
  showTitle?: boolean;
  showLegend?: boolean;
  showFooter?: boolean;
  /** The largest zoom a small graph is blown up to on a fixed page. */
  maxZoom?: number;
  measure?: Measure;
};

const MARGIN = 32;
const TITLE = 26;
const SUBTITLE = 15;
const LEGEND = 13;
const FOOTER = 11.5;
const MUTED = '#52606d';
const INK = '#1f2933';

const f = (v: number) => String(r2(v));

/** Wraps text to a width: at spaces for Latin text, anywhere between CJK characters. */
export function wrapText(text: string, width: number, size: number, weight: 400 | 700, measure: Measure): string[] {
  const out: string[] = [];
  // Tokens: a CJK character alone, or a run of non-space Latin with its trailing space.
  const tokens =
    text.match(
      /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef“”]|[^\s\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef“”]+\s*|\s+/g,
    ) ?? [];
  let line = '';
  for (const tok of tokens) {
    if (line && measure((line + tok).trimEnd(), size, weight) > width) {
      out.push(line.trimEnd());
      line = tok.trimStart();
    } else line += tok;
  }
  if (line.trim()) out.push(line.trimEnd());
  return out;
}

/** Cytoscape's unit polygons, fitted to the [-1, 1] square. */
function ngon(sides: number): Point[] {
  const inc = (2 * Math.PI) / sides;
  const start = sides % 2 === 0 ? Math.PI / 2 + inc / 2 : Math.PI / 2;
  const pts = Array.from({ length: sides }, (_, i) => ({
    x: Math.cos(start + i * inc),
    y: -Math.sin(start + i * inc),
  }));
  const minX = Math.min(...pts.map((p) => p.x));
  const maxX = Math.max(...pts.map((p) => p.x));
  const minY = Math.min(...pts.map((p) => p.y));
  const maxY = Math.max(...pts.map((p) => p.y));
  return pts.map((p) => ({
    x: ((p.x - minX) / (maxX - minX)) * 2 - 1,
    y: ((p.y - minY) / (maxY - minY)) * 2 - 1,
  }));
}

const POLYGONS: Record<string, Point[]> = {
  triangle: ngon(3),
  pentagon: ngon(5),
  hexagon: ngon(6),
  octagon: ngon(8),
  diamond: [
    { x: 0, y: -1 },
    { x: 1, y: 0 },
    { x: 0, y: 1 },
    { x: -1, y: 0 },
  ],
};

function polygonPath(pts: Point[], round: number): string {
  if (round <= 0) return `M${pts.map((p) => `${f(p.x)} ${f(p.y)}`).join('L')}Z`;
  const n = pts.length;
  let d = '';
  for (let i = 0; i < n; i++) {
    const v = pts[i]!;
    const prev = pts[(i + n - 1) % n]!;
    const next = pts[(i + 1) % n]!;
    const cut = (a: Point) => {
      const len = Math.hypot(a.x - v.x, a.y - v.y);
      const t = Math.min(0.45, round / Math.max(len, 1e-6));
      return { x: v.x + (a.x - v.x) * t, y: v.y + (a.y - v.y) * t };
    };
    const a = cut(prev);
    const b = cut(next);
    d += `${i === 0 ? 'M' : 'L'}${f(a.x)} ${f(a.y)}Q${f(v.x)} ${f(v.y)} ${f(b.x)} ${f(b.y)}`;
  }
  return `${d}Z`;
}

/** An SVG path for one of Cytoscape's node shapes, centred at (cx, cy). */
export function shapePath(shape: string, cx: number, cy: number, w: number, h: number): string {
  const hw = w / 2;
  const hh = h / 2;
  const rounded = shape.startsWith('round-');
  const base = rounded ? shape.slice('round-'.length) : shape;
  if (base === 'ellipse') {
    return `M${f(cx - hw)} ${f(cy)}A${f(hw)} ${f(hh)} 0 1 0 ${f(cx + hw)} ${f(cy)}A${f(hw)} ${f(hh)} 0 1 0 ${f(cx - hw)} ${f(cy)}Z`;
  }
  if (base === 'rectangle' || base === 'roundrectangle') {
    const r = rounded || base === 'roundrectangle' ? Math.min(w / 4, h / 4, 8) : 0;
    return polygonPath(
      [
        { x: cx - hw, y: cy - hh },
        { x: cx + hw, y: cy - hh },
        { x: cx + hw, y: cy + hh },
        { x: cx - hw, y: cy + hh },
      ],
      r,
    );
  }
  if (base === 'barrel') {
    const wo = w * 0.12;
    const ho = h * 0.2;
    const [x1, x2, y1, y2] = [cx - hw, cx + hw, cy - hh, cy + hh];
    return (
      `M${f(x1)} ${f(y1 + ho)}Q${f(x1)} ${f(y1)} ${f(x1 + wo)} ${f(y1)}L${f(x2 - wo)} ${f(y1)}` +
      `Q${f(x2)} ${f(y1)} ${f(x2)} ${f(y1 + ho)}L${f(x2)} ${f(y2 - ho)}Q${f(x2)} ${f(y2)} ${f(x2 - wo)} ${f(y2)}` +
      `L${f(x1 + wo)} ${f(y2)}Q${f(x1)} ${f(y2)} ${f(x1)} ${f(y2 - ho)}Z`
    );
  }
  const unit = POLYGONS[base];
  if (!unit) return shapePath('ellipse', cx, cy, w, h);
  const pts = unit.map((p) => ({ x: cx + p.x * hw, y: cy + p.y * hh }));
  return polygonPath(pts, rounded ? Math.min(w, h) * 0.1 : 0);
}

/** Cytoscape's arrow size for an edge width. */
function arrowSize(width: number, scale: number): number {
  return Math.max(Math.pow(width * 13.37, 0.9), 29) * scale;
}

function edgeGeometry(points: Point[], arrowLen: number): { d: string; arrow: string | null; tip: Point; dir: Point } {
  const src = points[0]!;
  const tgt = points[points.length - 1]!;
  const cps = points.slice(1, -1);
  const from = cps.length ? cps[cps.length - 1]! : src;
  const len = Math.hypot(tgt.x - from.x, tgt.y - from.y) || 1;
  const dir = { x: (tgt.x - from.x) / len, y: (tgt.y - from.y) / len };
  const end = arrowLen > 0 ? { x: tgt.x - dir.x * arrowLen * 0.9, y: tgt.y - dir.y * arrowLen * 0.9 } : tgt;
  let d = `M${f(src.x)} ${f(src.y)}`;
  if (cps.length === 0) d += `L${f(end.x)} ${f(end.y)}`;
  else {
    cps.forEach((cp, i) => {
      const next = cps[i + 1];
      const to = next ? { x: (cp.x + next.x) / 2, y: (cp.y + next.y) / 2 } : end;
      d += `Q${f(cp.x)} ${f(cp.y)} ${f(to.x)} ${f(to.y)}`;
    });
  }
  return { d, arrow: null, tip: tgt, dir };
}

function arrowPath(tip: Point, dir: Point, size: number): string {
  const len = 0.3 * size;
  const half = 0.15 * size;
  const base = { x: tip.x - dir.x * len, y: tip.y - dir.y * len };
  const nx = -dir.y;
  const ny = dir.x;
  return `M${f(tip.x)} ${f(tip.y)}L${f(base.x + nx * half)} ${f(base.y + ny * half)}L${f(base.x - nx * half)} ${f(base.y - ny * half)}Z`;
}

function dashFor(style: string, width: number): number[] | undefined {
  if (style === 'dashed') return [6 * Math.max(1, width / 1.4), 3 * Math.max(1, width / 1.4)];
  if (style === 'dotted') return [Math.max(1, width), 2 * Math.max(1, width)];
  return undefined;
}

/** Bounding box of the graph as drawn at zoom 1: shapes, labels (with their background) and edge points. */
export function graphBounds(scene: ExportScene): Box {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  const add = (x: number, y: number) => {
    x1 = Math.min(x1, x);
    y1 = Math.min(y1, y);
    x2 = Math.max(x2, x);
    y2 = Math.max(y2, y);
  };
  for (const n of scene.nodes) {
    const b = n.borderWidth / 2;
    add(n.x - n.w / 2 - b, n.y - n.h / 2 - b);
    add(n.x + n.w / 2 + b, n.y + n.h / 2 + b);
    const l = nodeLabelBox(n);
    if (l) {
      add(l.x, l.y);
      add(l.x + l.w, l.y + l.h);
    }
  }
  for (const e of scene.edges) for (const p of e.points) add(p.x, p.y);
  if (!Number.isFinite(x1)) return { x: 0, y: 0, w: 1, h: 1 };
  return { x: x1, y: y1, w: Math.max(x2 - x1, 1), h: Math.max(y2 - y1, 1) };
}

function nodeLabelBox(n: SceneNode): Box | null {
  if (!n.label || n.lines.length === 0) return null;
  const pad = n.textBackground?.padding ?? 0;
  return {
    x: n.label.x - n.label.w / 2 - pad,
    y: n.label.y - n.label.h / 2 - pad,
    w: n.label.w + 2 * pad,
    h: n.label.h + 2 * pad,
  };
}

function legendSwatch(shape: string, x: number, cy: number, size: number): string {
  return shapePath(shape, x + size / 2, cy, size, size);
}

/** Lays out the chrome around the graph for a page width; returns the heights and the wrapped footer lines. */
function chrome(
  scene: ExportScene,
  width: number,
  o: Required<Pick<ComposeOptions, 'showTitle' | 'showLegend' | 'showFooter'>>,
  measure: Measure,
) {
  const inner = width - 2 * MARGIN;
  const lang = scene.language;
  const titleLines = o.showTitle ? wrapText(scene.texts.title, inner, TITLE, 700, measure) : [];
  const subtitleLines =
    o.showTitle && scene.texts.subtitle ? wrapText(scene.texts.subtitle, inner, SUBTITLE, 400, measure) : [];
  const header =
    titleLines.length || subtitleLines.length
      ? titleLines.length * TITLE * 1.3 + subtitleLines.length * SUBTITLE * 1.45 + 14
      : 0;
  // Legend rows: swatch + name, wrapped to the width.
  const rows: { x: number; item: ExportScene['legend'][number] }[][] = [];
  if (o.showLegend && scene.legend.length) {
    let row: { x: number; item: ExportScene['legend'][number] }[] = [];
    let x = 0;
    for (const item of scene.legend) {
      const w = LEGEND + 6 + measure(item.name, LEGEND, 400) + 18;
      if (row.length && x + w > inner) {
        rows.push(row);
        row = [];
        x = 0;
      }
      row.push({ x, item });
      x += w;
    }
    rows.push(row);
  }
  const legendH = rows.length ? rows.length * LEGEND * 1.7 + 8 : 0;
  // Footer: the plan, then the sections (at most three lines, then "and N more").
  const footer: string[] = [];
  if (o.showFooter) {
    footer.push(...wrapText(scene.texts.source, inner, FOOTER, 400, measure));
    const secs = scene.texts.sections;
    if (secs.length) {
      const sep = lang === 'zh' ? '、' : '; ';
      let shown = secs.length;
      let lines: string[] = [];
      for (; shown > 0; shown--) {
        const more =
          shown < secs.length
            ? (lang === 'zh' ? '' : '; ') + EXPORT_STRINGS.andMore[lang].replace('{n}', String(secs.length - shown))
            : '';
        lines = wrapText(
          EXPORT_STRINGS.sections[lang] + secs.slice(0, shown).join(sep) + more,
          inner,
          FOOTER,
          400,
          measure,
        );
        if (lines.length <= 3) break;
      }
      footer.push(...lines);
    }
  }
  const footerH = footer.length ? footer.length * FOOTER * 1.5 + 10 : 0;
  return { titleLines, subtitleLines, header, rows, legendH, footer, footerH };
}

/** Scene → drawing. */
export function compose(scene: ExportScene, options: ComposeOptions = {}): Drawing {
  const measure = options.measure ?? estimateWidth;
  const flags = {
    showTitle: options.showTitle ?? true,
    showLegend: options.showLegend ?? true,
    showFooter: options.showFooter ?? true,
  };
  const bb = graphBounds(scene);
  const fixed = options.width !== undefined && options.height !== undefined;
  const natural = Math.ceil(Math.max(bb.w + 2 * MARGIN, 720));
  const width = fixed ? options.width! : natural;
  const c = chrome(scene, width, flags, measure);
  const gap = 16;
  const top = MARGIN + c.header;
  let height: number;
  let zoom: number;
  let area: Box;
  if (fixed) {
    height = options.height!;
    area = {
      x: MARGIN,
      y: top,
      w: width - 2 * MARGIN,
      h: Math.max(height - top - MARGIN - c.legendH - c.footerH - gap, 40),
    };
    zoom = Math.min(area.w / bb.w, area.h / bb.h, options.maxZoom ?? 2);
  } else {
    zoom = 1;
    area = { x: MARGIN, y: top, w: width - 2 * MARGIN, h: bb.h };
    height = Math.ceil(top + bb.h + gap + c.legendH + c.footerH + MARGIN);
  }
  const ox = area.x + (area.w - bb.w * zoom) / 2;
  const oy = area.y + (area.h - bb.h * zoom) / 2;
  const X = (x: number) => ox + (x - bb.x) * zoom;
  const Y = (y: number) => oy + (y - bb.y) * zoom;

  const items: Item[] = [];
  const labelBoxes: Record<string, Box> = {};
  if (options.background) {
    items.push({ t: 'path', d: `M0 0H${f(width)}V${f(height)}H0Z`, fill: options.background, stroke: null });
  }
  // Header.
  let y = MARGIN;
  for (const line of c.titleLines) {
    y += TITLE * 1.05;
    items.push({ t: 'text', x: MARGIN, y, text: line, size: TITLE, weight: 700, fill: INK, anchor: 'start' });
    y += TITLE * 0.25;
  }
  for (const line of c.subtitleLines) {
    y += SUBTITLE * 1.2;
    items.push({ t: 'text', x: MARGIN, y, text: line, size: SUBTITLE, weight: 400, fill: MUTED, anchor: 'start' });
    y += SUBTITLE * 0.25;
  }
  // Edges under nodes, as Cytoscape draws them.
  const byId = new Map(scene.nodes.map((n) => [n.id, n]));
  for (const e of scene.edges) {
    if (!byId.has(e.source) || !byId.has(e.target) || e.points.length < 2) continue;
    const pts = e.points.map((p) => ({ x: X(p.x), y: Y(p.y) }));
    const w = e.width * zoom;
    const size = e.arrow === 'triangle' ? arrowSize(e.width, e.arrowScale) * zoom : 0;
    const g = edgeGeometry(pts, size * 0.3);
    items.push({
      t: 'path',
      d: g.d,
      fill: null,
      stroke: e.color,
      strokeWidth: r2(w),
      dash: dashFor(e.lineStyle, w),
      opacity: e.opacity < 1 ? e.opacity : undefined,
    });
    if (size > 0) {
      items.push({
        t: 'path',
        d: arrowPath(g.tip, g.dir, size),
        fill: e.color,
        stroke: null,
        opacity: e.opacity < 1 ? e.opacity : undefined,
      });
    }
  }
  for (const n of scene.nodes) {
    items.push({
      t: 'path',
      d: shapePath(n.shape, X(n.x), Y(n.y), n.w * zoom, n.h * zoom),
      fill: n.color,
      stroke: n.borderWidth > 0 ? n.borderColor : null,
      strokeWidth: r2(n.borderWidth * zoom),
      dash: dashFor(n.borderStyle, n.borderWidth * zoom),
      opacity: n.opacity < 1 ? n.opacity : undefined,
    });
  }
  // Labels above every shape.
  for (const n of scene.nodes) {
    const lb = nodeLabelBox(n);
    if (!lb || !n.label) continue;
    const box = { x: X(lb.x), y: Y(lb.y), w: lb.w * zoom, h: lb.h * zoom };
    labelBoxes[n.id] = { x: r2(box.x), y: r2(box.y), w: r2(box.w), h: r2(box.h) };
    if (n.textBackground && n.textBackground.opacity > 0) {
      items.push({
        t: 'path',
        d: polygonPath(
          [
            { x: box.x, y: box.y },
            { x: box.x + box.w, y: box.y },
            { x: box.x + box.w, y: box.y + box.h },
            { x: box.x, y: box.y + box.h },
          ],
          2 * zoom,
        ),
        fill: n.textBackground.color,
        fillOpacity: n.textBackground.opacity,
        stroke: null,
        opacity: n.opacity < 1 ? n.opacity : undefined,
      });
    }
    const size = n.fontSize * zoom;
    const lineH = (n.label.h * zoom) / n.lines.length;
    const top = Y(n.label.y - n.label.h / 2);
    n.lines.forEach((line, i) => {
      items.push({
        t: 'text',
        x: X(n.label!.x),
        // Noto Sans SC: the em box centred in the line, the baseline 0.88 em below its top.
        y: top + lineH * i + (lineH - size) / 2 + size * 0.88,
        text: line,
        size: r2(size),
        weight: n.fontWeight,
        fill: n.textColor,
        anchor: 'middle',
        opacity: n.opacity < 1 ? n.opacity : undefined,
        node: n.id,
      });
    });
  }
  // Legend and footer at the bottom.
  let by = height - MARGIN - c.footerH - c.legendH + 8;
  for (const row of c.rows) {
    const cy = by + LEGEND * 0.85;
    for (const { x, item } of row) {
      items.push({
        t: 'path',
        d: legendSwatch(item.shape, MARGIN + x, cy - LEGEND * 0.32, LEGEND),
        fill: item.color,
        stroke: null,
      });
      items.push({
        t: 'text',
        x: MARGIN + x + LEGEND + 6,
        y: cy + LEGEND * 0.05,
        text: item.name,
        size: LEGEND,
        weight: 400,
        fill: INK,
        anchor: 'start',
      });
    }
    by += LEGEND * 1.7;
  }
  if (c.footer.length) {
    let fy = height - MARGIN - c.footerH + 10;
    items.push({
      t: 'path',
      d: `M${MARGIN} ${f(fy - 4)}H${f(width - MARGIN)}`,
      fill: null,
      stroke: '#d5dae1',
      strokeWidth: 0.8,
    });
    for (const line of c.footer) {
      fy += FOOTER * 1.5;
      items.push({
        t: 'text',
        x: MARGIN,
        y: fy - FOOTER * 0.4,
        text: line,
        size: FOOTER,
        weight: 400,
        fill: MUTED,
        anchor: 'start',
      });
    }
  }
  for (const it of items) {
    if (it.t !== 'text') continue;
    it.y = r2(it.y);
    it.x = r2(it.x);
  }
  return {
    width: r2(width),
    height: r2(height),
    background: options.background ?? null,
    title: scene.texts.title,
    items,
    labelBoxes,
    graphBox: { x: r2(X(bb.x)), y: r2(Y(bb.y)), w: r2(bb.w * zoom), h: r2(bb.h * zoom) },
  };
}

/** The characters drawn at each weight (what the embedded font subset must cover). */
export function charsByWeight(drawing: Drawing): Record<400 | 700, string> {
  const sets = { 400: new Set<string>(), 700: new Set<string>() };
  for (const it of drawing.items) if (it.t === 'text') for (const ch of it.text) sets[it.weight].add(ch);
  return { 400: [...sets[400]].sort().join(''), 700: [...sets[700]].sort().join('') };
}

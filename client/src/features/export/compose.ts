/**
 * Scene → drawing: lays out the picture (title and subtitle on top, the graph, a legend of the labels present,
 * the citation footer) as a flat list of paths and texts in page units. Pure: the SVG, PNG and PDF writers all
 * draw the same list, so every format shows the same thing.
 */
import { r2, type ExportScene, type SceneNode } from './scene.ts';
import type { Box, Drawing, Item, Measure } from './drawing.ts';
import { INK, LEGEND, MARGIN, MUTED, SUBTITLE, TITLE, chrome, legendSwatch, swatchWidth } from './chrome.ts';
import { edgeLabelCandidates, nodeLabelCandidates, placeLabels, type Rect } from './placement.ts';
import { arrowPath, arrowSize, dashFor, edgeGeometry, f, polygonPath, shapePath } from './shapes.ts';
import { estimateWidth } from './textLayout.ts';

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
  /** Draw each relationship's name along its edge (default true). */
  edgeLabels?: boolean;
  measure?: Measure;
};

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

export function nodeLabelBox(n: SceneNode): Box | null {
  if (!n.label || n.lines.length === 0) return null;
  const pad = n.textBackground?.padding ?? 0;
  return {
    x: n.label.x - n.label.w / 2 - pad,
    y: n.label.y - n.label.h / 2 - pad,
    w: n.label.w + 2 * pad,
    h: n.label.h + 2 * pad,
  };
}

/**
 * The size of relationship names: four fifths of the median node label as drawn, within bounds that grow with the
 * frame (10–14 px up to 960 px wide, 14–22 px at 1920): readable on a slide, never louder than the entities.
 */
export function edgeLabelSize(scene: Pick<ExportScene, 'nodes'>, zoom: number, frameWidth: number): number {
  const fonts = scene.nodes.map((n) => n.fontSize).sort((a, b) => a - b);
  const median = fonts[Math.floor(fonts.length / 2)] ?? 12;
  const k = frameWidth / 1920;
  return r2(Math.min(Math.max(14, 22 * k), Math.max(Math.max(10, 14 * k), median * zoom * 0.8)));
}

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
    zoom = Math.min(area.w / bb.w, area.h / bb.h, options.maxZoom ?? 6);
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
  // Labels above every shape, moved off each other (larger text first); one with no free place is left out.
  const shapeBox = (n: SceneNode): Rect => ({
    x: X(n.x) - (n.w * zoom) / 2,
    y: Y(n.y) - (n.h * zoom) / 2,
    w: n.w * zoom,
    h: n.h * zoom,
  });
  const wanted = scene.nodes
    .map((n, order) => {
      const lb = nodeLabelBox(n);
      return lb && n.label ? { n, order, box: { x: X(lb.x), y: Y(lb.y), w: lb.w * zoom, h: lb.h * zoom } } : null;
    })
    .filter((x) => x !== null)
    .sort((a, b) => b.n.fontSize - a.n.fontSize || a.order - b.order);
  const spots = placeLabels(
    wanted.map(({ n, box }) => ({ id: n.id, candidates: nodeLabelCandidates(shapeBox(n), box, 2 * zoom) })),
    [],
    1,
  );
  const hiddenLabels: string[] = [];
  for (const { n, box: drawn } of wanted.sort((a, b) => a.order - b.order)) {
    const spot = spots.get(n.id);
    if (!spot || !n.label) {
      hiddenLabels.push(n.id);
      continue;
    }
    const dx = spot.x - drawn.x;
    const dy = spot.y - drawn.y;
    const box = spot;
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
    const top = Y(n.label.y - n.label.h / 2) + dy;
    n.lines.forEach((line, i) => {
      items.push({
        t: 'text',
        x: X(n.label!.x) + dx,
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
  // Relationship names along their edges, clear of shapes and labels.
  const edgeLabelBoxes: Record<string, Box> = {};
  if (options.edgeLabels ?? true) {
    const size = edgeLabelSize(scene, zoom, width);
    const pad = size * 0.2;
    const obstacles = [...scene.nodes.map(shapeBox), ...Object.values(labelBoxes)];
    const drawable = scene.edges.filter(
      (e) => e.caption && byId.has(e.source) && byId.has(e.target) && e.points.length >= 2,
    );
    const placed = placeLabels(
      drawable.map((e) => ({
        id: e.id,
        candidates: edgeLabelCandidates(
          e.points.map((p) => ({ x: X(p.x), y: Y(p.y) })),
          measure(e.caption, size, 400) + 2 * pad,
          size * 1.25,
        ),
      })),
      obstacles,
      1,
    );
    for (const e of drawable) {
      const box = placed.get(e.id);
      if (!box) continue;
      edgeLabelBoxes[e.id] = { x: r2(box.x), y: r2(box.y), w: r2(box.w), h: r2(box.h) };
      items.push({
        t: 'path',
        d: polygonPath(
          [
            { x: box.x, y: box.y },
            { x: box.x + box.w, y: box.y },
            { x: box.x + box.w, y: box.y + box.h },
            { x: box.x, y: box.y + box.h },
          ],
          size * 0.2,
        ),
        fill: '#ffffff',
        fillOpacity: 0.85,
        stroke: null,
      });
      items.push({
        t: 'text',
        x: box.x + box.w / 2,
        y: box.y + (box.h - size) / 2 + size * 0.88,
        text: e.caption,
        size,
        weight: 400,
        fill: MUTED,
        anchor: 'middle',
        edge: e.id,
      });
    }
  }
  // Legend and footer at the bottom.
  let by = height - MARGIN - c.footerH - c.legendH + 8;
  for (const row of c.rows) {
    const cy = by + LEGEND * 0.85;
    for (const { x, item } of row) {
      const sy = cy - LEGEND * 0.32;
      if (item.kind === 'edge') {
        items.push({
          t: 'path',
          d: `M${f(MARGIN + x)} ${f(sy)}H${f(MARGIN + x + LEGEND * 2)}`,
          fill: null,
          stroke: item.color,
          strokeWidth: 2,
          dash: dashFor(item.lineStyle ?? 'solid', 2),
        });
      } else if (item.kind === 'marker') {
        items.push({
          t: 'path',
          d: legendSwatch(item.shape, MARGIN + x + 1, sy, LEGEND - 2),
          fill: '#ffffff',
          stroke: item.color,
          strokeWidth: 1.5,
          dash: dashFor(item.lineStyle ?? 'dashed', 1.5),
        });
      } else {
        items.push({ t: 'path', d: legendSwatch(item.shape, MARGIN + x, sy, LEGEND), fill: item.color, stroke: null });
      }
      items.push({
        t: 'text',
        x: MARGIN + x + swatchWidth(item) + 6,
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
      fy += c.footerSize * 1.5;
      items.push({
        t: 'text',
        x: MARGIN,
        y: fy - c.footerSize * 0.4,
        text: line,
        size: c.footerSize,
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
    edgeLabelBoxes,
    hiddenLabels,
    graphBox: { x: r2(X(bb.x)), y: r2(Y(bb.y)), w: r2(bb.w * zoom), h: r2(bb.h * zoom) },
  };
}

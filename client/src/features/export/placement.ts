/**
 * Label placement for the composed picture (pure geometry): node labels moved off each other, edge labels put
 * along their edge where they collide with nothing. A label that finds no free place is left out rather than
 * drawn over another one; the caller decides what to do with it.
 */
export type Point = { x: number; y: number };
export type Rect = { x: number; y: number; w: number; h: number };

export function rectsOverlap(a: Rect, b: Rect, gap = 0): boolean {
  return a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;
}

/** Every overlapping pair among the boxes, by id. */
export function overlappingPairs(boxes: Readonly<Record<string, Rect>>, gap = 0): [string, string][] {
  const entries = Object.entries(boxes).sort((a, b) => a[1].x - b[1].x);
  const out: [string, string][] = [];
  for (let i = 0; i < entries.length; i++) {
    const [ida, a] = entries[i]!;
    for (let j = i + 1; j < entries.length; j++) {
      const [idb, b] = entries[j]!;
      if (b.x > a.x + a.w + gap) break;
      if (rectsOverlap(a, b, gap)) out.push([ida, idb]);
    }
  }
  return out;
}

/**
 * A point and unit direction along an edge drawn the Cytoscape way: source, quadratic control points, target;
 * between two control points the curve passes through their midpoint. `t` in [0, 1] runs over the segments.
 */
export function pointAlong(points: readonly Point[], t: number): { p: Point; dir: Point } {
  const src = points[0]!;
  const tgt = points[points.length - 1]!;
  const cps = points.slice(1, -1);
  type Seg = { a: Point; c: Point | null; b: Point };
  const segs: Seg[] = [];
  if (cps.length === 0) segs.push({ a: src, c: null, b: tgt });
  else {
    let a = src;
    cps.forEach((cp, i) => {
      const next = cps[i + 1];
      const b = next ? { x: (cp.x + next.x) / 2, y: (cp.y + next.y) / 2 } : tgt;
      segs.push({ a, c: cp, b });
      a = b;
    });
  }
  const k = Math.min(segs.length - 1, Math.floor(Math.max(0, Math.min(1, t)) * segs.length));
  const s = segs[k]!;
  const u = Math.max(0, Math.min(1, t * segs.length - k));
  let p: Point;
  let d: Point;
  if (!s.c) {
    p = { x: s.a.x + (s.b.x - s.a.x) * u, y: s.a.y + (s.b.y - s.a.y) * u };
    d = { x: s.b.x - s.a.x, y: s.b.y - s.a.y };
  } else {
    const m = 1 - u;
    p = {
      x: m * m * s.a.x + 2 * m * u * s.c.x + u * u * s.b.x,
      y: m * m * s.a.y + 2 * m * u * s.c.y + u * u * s.b.y,
    };
    d = { x: 2 * m * (s.c.x - s.a.x) + 2 * u * (s.b.x - s.c.x), y: 2 * m * (s.c.y - s.a.y) + 2 * u * (s.b.y - s.c.y) };
  }
  const len = Math.hypot(d.x, d.y) || 1;
  return { p, dir: { x: d.x / len, y: d.y / len } };
}

/** Candidate boxes for an edge's label: centred on the edge near its middle first, then beside it, then further out. */
export function edgeLabelCandidates(points: readonly Point[], w: number, h: number): Rect[] {
  const out: Rect[] = [];
  const off = h * 0.75;
  for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78]) {
    const { p, dir } = pointAlong(points, t);
    const n = { x: -dir.y, y: dir.x };
    for (const side of [0, 1, -1]) {
      const cx = p.x + n.x * side * (off + Math.abs(n.x) * w * 0.5);
      const cy = p.y + n.y * side * off;
      out.push({ x: cx - w / 2, y: cy - h / 2, w, h });
    }
  }
  return out;
}

/** Candidate boxes for a node's label: where it is drawn, then below, above, right and left of the node, then further down. */
export function nodeLabelCandidates(node: Rect, label: Rect, gap: number): Rect[] {
  const { w, h } = label;
  const cx = node.x + node.w / 2;
  const cy = node.y + node.h / 2;
  const out: Rect[] = [
    label,
    { x: cx - w / 2, y: node.y + node.h + gap, w, h },
    { x: cx - w / 2, y: node.y - gap - h, w, h },
    { x: node.x + node.w + gap, y: cy - h / 2, w, h },
    { x: node.x - gap - w, y: cy - h / 2, w, h },
  ];
  for (let k = 1; k <= 3; k++) {
    out.push({ x: cx - w / 2, y: node.y + node.h + gap + k * h, w, h });
    out.push({ x: cx - w / 2, y: node.y - gap - (k + 1) * h, w, h });
  }
  return out;
}

export type LabelRequest = { id: string; candidates: Rect[] };

/**
 * Greedy placement in request order: each label takes its first candidate that overlaps neither an obstacle nor
 * a label already placed (with `gap` between them), or null when none is free.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly Rect[] = [],
  gap = 1,
): Map<string, Rect | null> {
  const placed: Rect[] = [];
  const out = new Map<string, Rect | null>();
  const free = (r: Rect) =>
    !obstacles.some((o) => rectsOverlap(r, o, 0)) && !placed.some((p) => rectsOverlap(r, p, gap));
  for (const req of requests) {
    const spot = req.candidates.find(free) ?? null;
    if (spot) placed.push(spot);
    out.set(req.id, spot);
  }
  return out;
}

/** The union of boxes, or null for none. */
export function unionRect(rects: readonly Rect[]): Rect | null {
  if (!rects.length) return null;
  const x1 = Math.min(...rects.map((r) => r.x));
  const y1 = Math.min(...rects.map((r) => r.y));
  const x2 = Math.max(...rects.map((r) => r.x + r.w));
  const y2 = Math.max(...rects.map((r) => r.y + r.h));
  return { x: x1, y: y1, w: x2 - x1, h: y2 - y1 };
}

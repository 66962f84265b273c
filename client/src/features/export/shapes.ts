/** Node shapes, edge curves and arrowheads as SVG path data, matching how Cytoscape draws them. */
import { r2, type Point } from './scene.ts';

/** Numbers in path data: two decimals. */
export const f = (v: number) => String(r2(v));

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

export function polygonPath(pts: Point[], round: number): string {
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
export function arrowSize(width: number, scale: number): number {
  return Math.max(Math.pow(width * 13.37, 0.9), 29) * scale;
}

export function edgeGeometry(
  points: Point[],
  arrowLen: number,
): { d: string; arrow: string | null; tip: Point; dir: Point } {
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

export function arrowPath(tip: Point, dir: Point, size: number): string {
  const len = 0.3 * size;
  const half = 0.15 * size;
  const base = { x: tip.x - dir.x * len, y: tip.y - dir.y * len };
  const nx = -dir.y;
  const ny = dir.x;
  return `M${f(tip.x)} ${f(tip.y)}L${f(base.x + nx * half)} ${f(base.y + ny * half)}L${f(base.x - nx * half)} ${f(base.y - ny * half)}Z`;
}

export function dashFor(style: string, width: number): number[] | undefined {
  if (style === 'dashed') return [6 * Math.max(1, width / 1.4), 3 * Math.max(1, width / 1.4)];
  if (style === 'dotted') return [Math.max(1, width), 2 * Math.max(1, width)];
  return undefined;
}

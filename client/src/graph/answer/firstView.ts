/**
 * The first view: the plan's eight strategic industry clusters, each with the platforms and programmes the plan
 * says support it — a picture small enough to read (at most ~60 nodes), laid out as one block per cluster.
 */
import { NODE_LABELS } from '@plangraph/shared';
import type { GraphData, Language } from '../model.ts';
import { primaryLabel } from '../normalize.ts';
import { displayName } from '../text.ts';
import { relationName } from '../vocabulary.ts';
import { measureLabel } from './labelMetrics.ts';
import {
  ANSWER_FONT_PX,
  GROUP_SIZE,
  LABEL_GAP,
  NODE_SIZE,
  boundsOf,
  layoutBudget,
  type AnswerEdge,
  type AnswerNode,
  type AnswerView,
  type Viewport,
} from './answerView.ts';

/** The eight strategic clusters (第七章), in the plan's order. */
export const STRATEGIC_CLUSTERS = [
  'new-generation-it',
  'new-energy-intelligent-vehicles',
  'new-materials',
  'biosafety',
  'ai-digital-economy',
  'green-energy',
  'high-end-equipment',
  'nanotechnology',
] as const;

/** The relationship that makes a node one of a cluster's main supporters. */
export const FIRST_VIEW_RELATIONSHIP = 'SUPPORTS';
export const FIRST_VIEW_MAX_NODES = 60;

export type FirstViewSelection = { clusters: string[]; supporters: Map<string, string[]> };

/**
 * Which nodes the first view shows: the clusters present, and per cluster its supporters (a node with a
 * SUPPORTS edge into it), those supporting several clusters first, at most `perCluster` each and
 * `maxNodes` in all. A supporter shared by clusters is shown once, under the first.
 */
export function selectFirstView(
  graph: GraphData,
  options: { perCluster?: number; maxNodes?: number } = {},
): FirstViewSelection {
  const { perCluster = 6, maxNodes = FIRST_VIEW_MAX_NODES } = options;
  const clusters = STRATEGIC_CLUSTERS.filter((id) => graph.nodes.has(id));
  const supports = new Map<string, Set<string>>();
  for (const e of graph.edges.values()) {
    if (e.type !== FIRST_VIEW_RELATIONSHIP || !clusters.includes(e.target as never) || !graph.nodes.has(e.source))
      continue;
    if (clusters.includes(e.source as never)) continue;
    supports.set(e.source, (supports.get(e.source) ?? new Set()).add(e.target));
  }
  const labelRank = (id: string) => NODE_LABELS.indexOf(primaryLabel(graph.nodes.get(id)!));
  const ranked = [...supports.keys()].sort(
    (a, b) => supports.get(b)!.size - supports.get(a)!.size || labelRank(a) - labelRank(b) || (a < b ? -1 : 1),
  );
  const taken = new Set<string>();
  const perClusterIds = new Map(clusters.map((c) => [c as string, [] as string[]]));
  let budget = maxNodes - clusters.length;
  // Round-robin over the clusters so every cluster gets its strongest supporters before any gets many.
  for (let round = 0; round < perCluster && budget > 0; round++) {
    for (const c of clusters) {
      if (budget <= 0) break;
      const next = ranked.find((s) => !taken.has(s) && supports.get(s)!.has(c));
      if (!next) continue;
      taken.add(next);
      perClusterIds.get(c)!.push(next);
      budget -= 1;
    }
  }
  return { clusters: [...clusters], supporters: perClusterIds };
}

export type FirstViewInput = {
  graph: GraphData;
  language: Language;
  viewport: Viewport;
  fontPx?: number;
};

const LABEL_MAX_WIDTH = { zh: 7 * ANSWER_FONT_PX, en: 9 * ANSWER_FONT_PX } as const;
const ROW_GAP = 10;
const BLOCK_GAP_X = 40;
const BLOCK_GAP_Y = 44;
const CLUSTER_GAP = 18;

type Card = {
  id: string;
  label: AnswerNode['label'];
  lines: string[];
  w: number;
  h: number;
  size: number;
  lw: number;
  lh: number;
};

/**
 * Lays the selection out as blocks (a cluster above its supporters), as many blocks per row as the viewport
 * allows; when they do not fit, each cluster keeps fewer supporters until they do.
 */
export function firstView(input: FirstViewInput): AnswerView {
  const { graph, language, viewport, fontPx = ANSWER_FONT_PX } = input;
  const budget = layoutBudget(viewport, fontPx);
  const maxWidth = LABEL_MAX_WIDTH[language] * (fontPx / ANSWER_FONT_PX);
  const card = (id: string, size: number): Card => {
    const node = graph.nodes.get(id)!;
    const m = measureLabel(displayName(node, language), fontPx, maxWidth);
    return {
      id,
      label: primaryLabel(node),
      lines: m.lines,
      size,
      lw: m.width,
      lh: m.height,
      w: Math.max(size, m.width),
      h: size + LABEL_GAP + m.height,
    };
  };
  // The most supporters per cluster that fit; if even the clusters alone do not, the arrangement that
  // shrinks them least.
  let best: { nodes: AnswerNode[]; ids: Set<string> } | null = null;
  let fallback: { nodes: AnswerNode[]; zoom: number } | null = null;
  for (let perCluster = 6; perCluster >= 0 && !best; perCluster--) {
    const sel = selectFirstView(graph, { perCluster });
    for (const blocksPerRow of [4, 3, 2, 8, 1]) {
      const placed = placeBlocks(sel, blocksPerRow, card, fontPx);
      const b = boundsOf(placed);
      const w = b.x2 - b.x1;
      const h = b.y2 - b.y1;
      if (w <= budget.width && h <= budget.height) {
        best = { nodes: placed, ids: new Set(placed.map((n) => n.id)) };
        break;
      }
      const zoom = Math.min(budget.width / Math.max(w, 1), budget.height / Math.max(h, 1));
      if (perCluster === 0 && (!fallback || zoom > fallback.zoom)) fallback = { nodes: placed, zoom };
    }
  }
  if (!best && fallback) best = { nodes: fallback.nodes, ids: new Set(fallback.nodes.map((n) => n.id)) };
  const nodes = best?.nodes ?? [];
  const ids = best?.ids ?? new Set<string>();
  const edges: AnswerEdge[] = [...graph.edges.values()]
    .filter((e) => ids.has(e.source) && ids.has(e.target))
    .map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      type: e.type,
      caption: relationName(e.type, language),
    }));
  return { nodes, edges, bounds: boundsOf(nodes) };
}

function placeBlocks(
  sel: FirstViewSelection,
  blocksPerRow: number,
  card: (id: string, size: number) => Card,
  fontPx: number,
): AnswerNode[] {
  const blocks = sel.clusters.map((c) => {
    const head = card(c, GROUP_SIZE);
    const members = sel.supporters.get(c)!.map((s) => card(s, NODE_SIZE));
    // Supporters in two columns under the cluster when there are more than three.
    const cols = members.length > 3 ? 2 : 1;
    const colW = Math.max(0, ...members.map((m) => m.w));
    const width = Math.max(head.w, cols * colW + (cols - 1) * 16);
    const rows = Math.ceil(members.length / cols);
    const rowH = Math.max(0, ...members.map((m) => m.h));
    const height = head.h + (rows > 0 ? CLUSTER_GAP + rows * rowH + (rows - 1) * ROW_GAP : 0);
    return { head, members, cols, colW, width, rowH, height };
  });
  const nodes: AnswerNode[] = [];
  let y = 0;
  for (let start = 0; start < blocks.length; start += blocksPerRow) {
    const row = blocks.slice(start, start + blocksPerRow);
    let x = 0;
    for (const b of row) {
      const cx = x + b.width / 2;
      nodes.push(toNode(b.head, cx, y + b.head.size / 2, fontPx, 0));
      const top = y + b.head.h + CLUSTER_GAP;
      b.members.forEach((m, i) => {
        const col = i % b.cols;
        const r = Math.floor(i / b.cols);
        const mx = b.cols === 1 ? cx : cx + (col === 0 ? -1 : 1) * ((b.colW + 16) / 2);
        nodes.push(toNode(m, mx, top + r * (b.rowH + ROW_GAP) + m.size / 2, fontPx, 1));
      });
      x += b.width + BLOCK_GAP_X;
    }
    y += Math.max(...row.map((b) => b.height)) + BLOCK_GAP_Y;
  }
  return nodes;
}

function toNode(c: Card, x: number, y: number, fontPx: number, rank: number): AnswerNode {
  return {
    id: c.id,
    kind: 'node',
    label: c.label,
    lines: c.lines,
    x,
    y,
    size: c.size,
    labelWidth: c.lw,
    labelHeight: c.lh,
    fontPx,
    rank,
  };
}

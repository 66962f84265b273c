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

/**
 * What makes a node one of a cluster's main supporters, strongest first: a platform or programme that the plan
 * says supports it, a zone that focuses on it, an enterprise in it.
 */
export const FIRST_VIEW_RELATIONSHIPS = ['SUPPORTS', 'FOCUSES_ON', 'IN_INDUSTRY'] as const;
export const FIRST_VIEW_MAX_NODES = 60;

export type FirstViewSelection = { clusters: string[]; supporters: Map<string, string[]> };

/**
 * Which nodes the first view shows: the clusters present, and per cluster its supporters (a node with one of
 * FIRST_VIEW_RELATIONSHIPS into it), by the strength of that relationship, then those supporting several
 * clusters first, at most `perCluster` each and `maxNodes` in all. A supporter shared by clusters is shown once,
 * under the first.
 */
export function selectFirstView(
  graph: GraphData,
  options: { perCluster?: number; maxNodes?: number } = {},
): FirstViewSelection {
  const { perCluster = 6, maxNodes = FIRST_VIEW_MAX_NODES } = options;
  const clusters: string[] = STRATEGIC_CLUSTERS.filter((id) => graph.nodes.has(id));
  const strength = (type: string) => (FIRST_VIEW_RELATIONSHIPS as readonly string[]).indexOf(type);
  // supporter → cluster → the strongest relationship's rank (0 strongest).
  const supports = new Map<string, Map<string, number>>();
  for (const e of graph.edges.values()) {
    const rank = strength(e.type);
    if (rank < 0 || !clusters.includes(e.target) || !graph.nodes.has(e.source) || clusters.includes(e.source)) continue;
    const of = supports.get(e.source) ?? new Map<string, number>();
    of.set(e.target, Math.min(rank, of.get(e.target) ?? rank));
    supports.set(e.source, of);
  }
  const labelRank = (id: string) => NODE_LABELS.indexOf(primaryLabel(graph.nodes.get(id)!));
  const candidates = new Map(
    clusters.map((c) => [
      c,
      [...supports.keys()]
        .filter((s) => supports.get(s)!.has(c))
        .sort(
          (a, b) =>
            supports.get(a)!.get(c)! - supports.get(b)!.get(c)! ||
            supports.get(b)!.size - supports.get(a)!.size ||
            labelRank(a) - labelRank(b) ||
            (a < b ? -1 : 1),
        ),
    ]),
  );
  const taken = new Set<string>();
  const perClusterIds = new Map(clusters.map((c) => [c, [] as string[]]));
  let budget = maxNodes - clusters.length;
  // Round-robin over the clusters so every cluster gets its strongest supporters before any gets many.
  for (let round = 0; round < perCluster && budget > 0; round++) {
    for (const c of clusters) {
      if (budget <= 0) break;
      const next = candidates.get(c)!.find((s) => !taken.has(s));
      if (!next) continue;
      taken.add(next);
      perClusterIds.get(c)!.push(next);
      budget -= 1;
    }
  }
  return { clusters, supporters: perClusterIds };
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
  const clustersPresent = STRATEGIC_CLUSTERS.some((c) => graph.nodes.has(c));
  for (let perCluster = 6; clustersPresent && perCluster >= 0 && !best; perCluster--) {
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
  // A graph without the clusters (a partial dataset): its own nodes, grouped by label, as a grid.
  if (!best) {
    const grid = placeGrid(graph, card, budget.width, fontPx);
    best = { nodes: grid, ids: new Set(grid.map((n) => n.id)) };
  }
  const nodes = best.nodes;
  const ids = best.ids;
  // Around the clusters, only what ties a supporter to a cluster: other links would cross the blocks.
  const tie = (e: { type: string; target: string }) =>
    (FIRST_VIEW_RELATIONSHIPS as readonly string[]).includes(e.type) &&
    (STRATEGIC_CLUSTERS as readonly string[]).includes(e.target);
  const edges: AnswerEdge[] = [...graph.edges.values()]
    .filter((e) => ids.has(e.source) && ids.has(e.target) && (!clustersPresent || tie(e)))
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

/**
 * The ids the first view can show: the clusters and their supporters, or, in a graph without the clusters,
 * up to `maxNodes` of its nodes (the caller fetched the best-connected ones).
 */
export function firstViewIds(graph: GraphData, maxNodes = FIRST_VIEW_MAX_NODES): string[] {
  const sel = selectFirstView(graph, { maxNodes });
  if (sel.clusters.length === 0) return [...graph.nodes.keys()].slice(0, maxNodes);
  return [...sel.clusters, ...sel.clusters.flatMap((c) => sel.supporters.get(c)!)];
}

/** Nodes in label order, then by name, in rows as wide as the budget allows. */
function placeGrid(
  graph: GraphData,
  card: (id: string, size: number) => Card,
  maxWidth: number,
  fontPx: number,
): AnswerNode[] {
  const labelRank = (id: string) => NODE_LABELS.indexOf(primaryLabel(graph.nodes.get(id)!));
  const ids = [...graph.nodes.keys()]
    .slice(0, FIRST_VIEW_MAX_NODES)
    .sort((a, b) => labelRank(a) - labelRank(b) || (a < b ? -1 : 1));
  const cards = ids.map((id) => card(id, NODE_SIZE));
  const colW = Math.max(0, ...cards.map((c) => c.w)) + 16;
  const rowH = Math.max(0, ...cards.map((c) => c.h)) + ROW_GAP;
  // Columns for a picture about as wide as it is tall, within the width budget.
  const cols = Math.max(
    1,
    Math.min(Math.floor(maxWidth / colW), Math.ceil(Math.sqrt(cards.length * (rowH / colW) * 1.6))),
  );
  return cards.map((c, i) => toNode(c, (i % cols) * colW, Math.floor(i / cols) * rowH + c.size / 2, fontPx, 0));
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

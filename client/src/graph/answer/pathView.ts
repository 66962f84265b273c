/**
 * Paths between two entities: which ranked paths are worth showing (hubs filtered out), and the chosen one drawn
 * as a chain across the canvas with every relationship named. A chain too long for one row continues on the next,
 * running back (a serpentine), so it never has to shrink below a legible size.
 */
import { PLAN_TITLE } from '@plangraph/shared';
import type { GraphNode, PathInfo, PathResult } from '../../api/types.ts';
import type { Language } from '../model.ts';
import { primaryLabel } from '../normalize.ts';
import { displayName } from '../text.ts';
import { relationName } from '../vocabulary.ts';
import { measureLabel, textWidth } from './labelMetrics.ts';
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

/**
 * Why a node explains nothing as a step of a path: everything in the plan is linked to the plan itself, lies in
 * the district it is about, and the outline (sections, 专栏 boxes) only says where two things are written.
 */
export type HubReason = 'plan-document' | 'plan-area' | 'outline-section' | 'plan-box';

export function hubReason(node: Pick<GraphNode, 'labels' | 'name' | 'kind'>): HubReason | null {
  const label = primaryLabel(node);
  if (label === 'Section') return 'outline-section';
  if (label === 'Programme' && node.name === PLAN_TITLE.zh) return 'plan-document';
  if (label === 'Programme' && node.kind === 'box') return 'plan-box';
  if (label === 'Zone' && (node.kind === 'district' || node.kind === 'development-zone')) return 'plan-area';
  return null;
}

export type FilteredPaths = {
  /** The paths to offer, best first, renumbered from 1. */
  paths: PathInfo[];
  /** Paths left out because they pass through a hub. */
  hidden: number;
};

/** Leaves out paths whose intermediate nodes include a hub (the endpoints themselves may be anything). */
export function filterHubPaths(result: PathResult, options: { includeHubs: boolean; limit?: number }): FilteredPaths {
  const { includeHubs, limit = 10 } = options;
  const nodes = new Map(result.nodes.map((n) => [n.id, n]));
  const viaHub = (p: PathInfo) =>
    p.nodeIds.slice(1, -1).some((id) => {
      const n = nodes.get(id);
      return n !== undefined && hubReason(n) !== null;
    });
  const kept = includeHubs ? result.paths : result.paths.filter((p) => !viaHub(p));
  return {
    paths: kept.slice(0, limit).map((p, i) => ({ ...p, rank: i + 1 })),
    hidden: result.paths.length - kept.length,
  };
}

export type PathViewInput = {
  result: PathResult;
  path: PathInfo;
  language: Language;
  viewport: Viewport;
  fontPx?: number;
};

const LABEL_MAX_WIDTH = { zh: 7 * ANSWER_FONT_PX, en: 9 * ANSWER_FONT_PX } as const;
/** Edge captions are drawn this size, horizontally, between the nodes they join. */
export const EDGE_FONT_PX = 12;
const ROW_GAP = 72;

export function pathView(input: PathViewInput): AnswerView {
  const { result, path, language, viewport, fontPx = ANSWER_FONT_PX } = input;
  const budget = layoutBudget(viewport, fontPx);
  const nodesById = new Map(result.nodes.map((n) => [n.id, n]));
  const edgesById = new Map(result.edges.map((e) => [e.id, e]));
  const measure = (maxWidth: number) =>
    path.nodeIds.map((id, i) => {
      const n = nodesById.get(id);
      const m = measureLabel(n ? displayName(n, language) : id, fontPx, maxWidth);
      const end = i === 0 || i === path.nodeIds.length - 1;
      const size = end ? GROUP_SIZE : NODE_SIZE;
      return { id, n, m, size, width: Math.max(size, m.width), height: size + LABEL_GAP + m.height };
    });
  const edges: AnswerEdge[] = path.edgeIds.flatMap((id) => {
    const e = edgesById.get(id);
    return e ? [{ id, source: e.source, target: e.target, type: e.type, caption: relationName(e.type, language) }] : [];
  });
  // Between two cards: room for the caption of the edge joining them, and a little line either side.
  const gaps = path.nodeIds.slice(0, -1).map((_, i) => {
    const caption = edges[i]?.caption ?? '';
    return Math.max(64, textWidth(caption, EDGE_FONT_PX) + 36);
  });
  let cards = measure(LABEL_MAX_WIDTH[language] * (fontPx / ANSWER_FONT_PX));
  const rowWidth = (k: number, from: number, slot: number) =>
    k * slot + gaps.slice(from, from + k - 1).reduce((sum, g) => sum + g, 0);
  const widest = (k: number, slot: number) => {
    let w = 0;
    for (let from = 0; from < cards.length; from += k)
      w = Math.max(w, rowWidth(Math.min(k, cards.length - from), from, slot));
    return w;
  };
  let slot = Math.max(...cards.map((c) => c.width));
  // As many nodes per row as fit the budget; rows alternate direction.
  let perRow = cards.length;
  while (perRow > 1 && widest(perRow, slot) > budget.width) perRow -= 1;
  if (perRow === 1) {
    // One node per row (a phone): the labels may use the whole width, so each takes fewer lines.
    cards = measure(Math.max(LABEL_MAX_WIDTH[language], budget.width - 16));
    slot = Math.max(...cards.map((c) => c.width));
  }
  const rowHeight = Math.max(...cards.map((c) => c.height)) + ROW_GAP;
  const nodes: AnswerNode[] = [];
  cards.forEach((c, i) => {
    const row = Math.floor(i / perRow);
    const col = i % perRow;
    const start = row * perRow;
    let x = slot / 2;
    for (let k = 0; k < col; k++) x += slot + (gaps[start + k] ?? 0);
    // A row running back starts under the end of the row above, so the turn is a short vertical edge.
    if (row % 2 === 1) x = widest(perRow, slot) - x;
    nodes.push({
      id: c.id,
      kind: 'node',
      label: c.n ? primaryLabel(c.n) : 'Section',
      lines: c.m.lines,
      x,
      y: row * rowHeight,
      size: c.size,
      labelWidth: c.m.width,
      labelHeight: c.m.height,
      fontPx,
      rank: i,
    });
  });
  return { nodes, edges, bounds: boundsOf(nodes) };
}

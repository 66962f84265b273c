/**
 * A dependency trace as a picture: ranks by hop distance from the root (the root at one side — on the right for
 * upstream, so dependencies flow into it; on the left for downstream), members of a rank grouped by label. A
 * rank that would not fit legibly has its largest label groups folded into group nodes ("机构 (11)"), which
 * expand in place when asked.
 */
import { NODE_LABELS } from '@plangraph/shared';
import type { GraphData, Language } from '../model.ts';
import { primaryLabel } from '../normalize.ts';
import { displayName } from '../text.ts';
import { labelName, relationName } from '../vocabulary.ts';
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

export type TraceViewInput = {
  graph: GraphData;
  rootId: string;
  direction: 'UPSTREAM' | 'DOWNSTREAM';
  language: Language;
  viewport: Viewport;
  /** Group ids the reader opened: never folded. */
  expanded?: ReadonlySet<string>;
  fontPx?: number;
};

/** Widest label line: eight CJK characters, or about twenty Latin ones. */
export const LABEL_MAX_WIDTH = { zh: 8 * ANSWER_FONT_PX, en: 10 * ANSWER_FONT_PX } as const;
const ROW_GAP = 12;
const GROUP_GAP = 10;
const COLUMN_GAP = 28;
const RANK_GAP = 110;
/**
 * Ranks may close up to this when folding cannot narrow the drawing enough: only the selected or hovered node's
 * edges show their relationship name, so the gap rarely has to hold a caption.
 */
const MIN_RANK_GAP = 56;

/** Group node ids cannot clash with node ids: those never contain `~`. */
export function groupId(rank: number, label: string): string {
  return `~group:${rank}:${label}`;
}

/** Hop distance from the root over the trace's edges, whichever their direction. */
export function hopRanks(graph: GraphData, rootId: string): Map<string, number> {
  const adj = new Map<string, string[]>();
  for (const e of graph.edges.values()) {
    adj.set(e.source, [...(adj.get(e.source) ?? []), e.target]);
    adj.set(e.target, [...(adj.get(e.target) ?? []), e.source]);
  }
  const rank = new Map<string, number>([[rootId, 0]]);
  let frontier = [rootId];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier)
      for (const m of adj.get(id) ?? [])
        if (!rank.has(m) && graph.nodes.has(m)) {
          rank.set(m, rank.get(id)! + 1);
          next.push(m);
        }
    frontier = next;
  }
  // Anything the edges do not reach (should not happen in a trace) goes one rank beyond the farthest.
  const far = Math.max(0, ...rank.values()) + 1;
  for (const id of graph.nodes.keys()) if (!rank.has(id)) rank.set(id, far);
  return rank;
}

type Card = {
  id: string;
  kind: 'node' | 'group';
  label: AnswerNode['label'];
  lines: string[];
  size: number;
  labelWidth: number;
  labelHeight: number;
  height: number;
  width: number;
  members?: string[];
  /** Position of its label group in the rank: a little extra space between groups. */
  groupIndex: number;
};

type LabelGroup = { id: string; label: AnswerNode['label']; ids: string[]; folded: boolean };

/** Cards stacked into as many columns as the height budget needs. */
function columns(cards: Card[], maxHeight: number): Card[][] {
  const cols: Card[][] = [[]];
  let used = 0;
  let lastGroup = -1;
  for (const c of cards) {
    const gap = used === 0 ? 0 : ROW_GAP + (c.groupIndex !== lastGroup ? GROUP_GAP : 0);
    if (used > 0 && used + gap + c.height > maxHeight) {
      cols.push([]);
      used = 0;
    }
    cols.at(-1)!.push(c);
    used += (used === 0 ? 0 : gap) + c.height;
    lastGroup = c.groupIndex;
  }
  return cols;
}

function columnHeight(col: Card[]): number {
  return col.reduce(
    (h, c, i) => h + c.height + (i === 0 ? 0 : ROW_GAP + (c.groupIndex !== col[i - 1]!.groupIndex ? GROUP_GAP : 0)),
    0,
  );
}

const columnWidth = (col: Card[]) => Math.max(0, ...col.map((c) => c.width));
const rankWidth = (cols: Card[][]) => cols.reduce((w, col) => w + columnWidth(col), 0) + (cols.length - 1) * COLUMN_GAP;

export function traceView(input: TraceViewInput): AnswerView {
  const { graph, rootId, language, viewport, expanded = new Set<string>(), fontPx = ANSWER_FONT_PX } = input;
  const budget = layoutBudget(viewport, fontPx);
  const maxWidth = LABEL_MAX_WIDTH[language] * (fontPx / ANSWER_FONT_PX);
  const ranks = hopRanks(graph, rootId);
  const name = (id: string) => displayName(graph.nodes.get(id)!, language);

  // Label groups per rank, in the canonical label order; members by name.
  const byRank = new Map<number, LabelGroup[]>();
  for (const [id, node] of graph.nodes) {
    const r = ranks.get(id)!;
    const label = primaryLabel(node);
    const groups = byRank.get(r) ?? [];
    let g = groups.find((x) => x.label === label);
    if (!g) {
      g = { id: groupId(r, label), label, ids: [], folded: false };
      groups.push(g);
    }
    g.ids.push(id);
    byRank.set(r, groups);
  }
  for (const groups of byRank.values()) {
    groups.sort((a, b) => NODE_LABELS.indexOf(a.label) - NODE_LABELS.indexOf(b.label));
    for (const g of groups) g.ids.sort((a, b) => (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : a < b ? -1 : 1));
  }
  const rankOrder = [...byRank.keys()].sort((a, b) => a - b);

  const cardFor = (id: string, text: string, kind: Card['kind'], g: LabelGroup, gi: number, members?: string[]) => {
    const m = measureLabel(text, fontPx, maxWidth);
    const size = kind === 'group' ? GROUP_SIZE : id === rootId ? GROUP_SIZE : NODE_SIZE;
    return {
      id,
      kind,
      label: g.label,
      lines: m.lines,
      size,
      labelWidth: m.width,
      labelHeight: m.height,
      width: Math.max(size, m.width),
      height: size + LABEL_GAP + m.height,
      members,
      groupIndex: gi,
    } satisfies Card;
  };
  const cardsOf = (r: number): Card[] =>
    byRank
      .get(r)!
      .flatMap((g, gi) =>
        g.folded
          ? [cardFor(g.id, labelName(g.label, language, g.ids.length), 'group', g, gi, g.ids)]
          : g.ids.map((id) => cardFor(id, name(id), 'node', g, gi)),
      );

  // Fold the largest foldable group of the widest rank until the drawing fits the budget.
  let layout = new Map(rankOrder.map((r) => [r, columns(cardsOf(r), budget.height)]));
  const ranksWidth = () => [...layout.values()].reduce((w, cols) => w + rankWidth(cols), 0);
  const totalWidth = () => ranksWidth() + (layout.size - 1) * RANK_GAP;
  const tallest = () => Math.max(...[...layout.values()].flat().map(columnHeight));
  while (totalWidth() > budget.width || tallest() > budget.height) {
    const candidates = rankOrder
      .filter((r) => r !== 0)
      .flatMap((r) =>
        byRank
          .get(r)!
          .filter((g) => !g.folded && g.ids.length > 1 && !expanded.has(g.id))
          .map((g) => ({ r, g })),
      )
      .sort(
        (a, b) =>
          rankWidth(layout.get(b.r)!) - rankWidth(layout.get(a.r)!) || b.g.ids.length - a.g.ids.length || a.r - b.r,
      );
    const pick = candidates[0];
    if (!pick) break;
    pick.g.folded = true;
    layout = new Map(rankOrder.map((r) => [r, columns(cardsOf(r), budget.height)]));
  }

  // Still too wide with everything foldable folded: the ranks close up (as far as MIN_RANK_GAP).
  const rankGap =
    layout.size > 1
      ? Math.min(RANK_GAP, Math.max(MIN_RANK_GAP, (budget.width - ranksWidth()) / (layout.size - 1)))
      : RANK_GAP;

  // Place: ranks side by side (root on the right for upstream), columns within a rank, cards centred vertically.
  const sequence = input.direction === 'UPSTREAM' ? [...rankOrder].reverse() : rankOrder;
  const nodes: AnswerNode[] = [];
  let x = 0;
  for (const r of sequence) {
    const cols = layout.get(r)!;
    for (const col of cols) {
      const w = columnWidth(col);
      let y = -columnHeight(col) / 2;
      col.forEach((c, i) => {
        if (i > 0) y += ROW_GAP + (c.groupIndex !== col[i - 1]!.groupIndex ? GROUP_GAP : 0);
        nodes.push({
          id: c.id,
          kind: c.kind,
          label: c.label,
          lines: c.lines,
          x: x + w / 2,
          y: y + c.size / 2,
          size: c.size,
          labelWidth: c.labelWidth,
          labelHeight: c.labelHeight,
          fontPx,
          rank: r,
          ...(c.members ? { members: c.members } : {}),
        });
        y += c.height;
      });
      x += w + COLUMN_GAP;
    }
    x += rankGap - COLUMN_GAP;
  }

  // Edges: members of a folded group are drawn as the group; parallel group edges merge.
  const rep = new Map<string, string>();
  for (const groups of byRank.values())
    for (const g of groups) for (const id of g.ids) rep.set(id, g.folded ? g.id : id);
  const edges = new Map<string, AnswerEdge>();
  for (const e of graph.edges.values()) {
    const s = rep.get(e.source);
    const t = rep.get(e.target);
    if (!s || !t || s === t) continue;
    if (s === e.source && t === e.target) {
      edges.set(e.id, { id: e.id, source: s, target: t, type: e.type, caption: relationName(e.type, language) });
      continue;
    }
    const id = `~${e.type}:${s}:${t}`;
    const prev = edges.get(id);
    if (prev) prev.members!.push(e.id);
    else
      edges.set(id, {
        id,
        source: s,
        target: t,
        type: e.type,
        caption: relationName(e.type, language),
        members: [e.id],
      });
  }
  return { nodes, edges: [...edges.values()], bounds: boundsOf(nodes) };
}

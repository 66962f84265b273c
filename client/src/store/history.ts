/**
 * Undo/redo: every canvas change first records a snapshot of the canvas slices, which is all undo/redo needs.
 * The functions here are pure; `historyActions` binds them to the store.
 */
import type { GraphData, LayoutName, RankDir } from '../graph/index.ts';
import type { GetState, SetState, State } from './state.ts';

/** What undo/redo restores: everything that makes up the canvas. */
export type CanvasSnapshot = {
  graph: GraphData;
  hiddenIds: string[];
  pinned: string[];
  layout: LayoutName;
  rankDir: RankDir;
  /** Node id → the nodes its expansions brought in (what collapse removes). */
  expandedBy: Record<string, string[]>;
};

export type HistorySlice = { past: CanvasSnapshot[]; future: CanvasSnapshot[] };

export type HistoryActions = {
  undo: () => void;
  redo: () => void;
};

export const HISTORY_LIMIT = 100;

export const initialHistoryState: HistorySlice = { past: [], future: [] };

export function snapshot(s: State): CanvasSnapshot {
  return {
    graph: s.graph,
    hiddenIds: s.hiddenIds,
    pinned: s.pinned,
    layout: s.layout,
    rankDir: s.rankDir,
    expandedBy: s.expandedBy,
  };
}

/** The history entries for a change about to happen: the current canvas pushed, redo cleared. */
export function recorded(s: State): HistorySlice {
  return { past: [...s.past, snapshot(s)].slice(-HISTORY_LIMIT), future: [] };
}

/** Moves to a snapshot (undo/redo): lays out only what reappears, or everything if the layout changed. */
export function restore(s: State, to: CanvasSnapshot): Partial<State> {
  const added = [...to.graph.nodes.keys()].filter((id) => !s.graph.nodes.has(id));
  const relayout = to.layout !== s.layout || to.rankDir !== s.rankDir;
  const selection =
    s.selection && s.selection.kind === 'node' && !to.graph.nodes.has(s.selection.id) ? null : s.selection;
  return {
    ...to,
    selection,
    highlight: null,
    layoutRequest:
      relayout || added.length > 0
        ? { seq: s.layoutRequest.seq + 1, added: relayout ? [] : added, around: null }
        : s.layoutRequest,
  };
}

/** The state after undo, or null when there is nothing to undo. */
export function undone(s: State): Partial<State> | null {
  const prev = s.past.at(-1);
  if (!prev) return null;
  return { ...restore(s, prev), past: s.past.slice(0, -1), future: [snapshot(s), ...s.future] };
}

/** The state after redo, or null when there is nothing to redo. */
export function redone(s: State): Partial<State> | null {
  const next = s.future[0];
  if (!next) return null;
  return { ...restore(s, next), past: [...s.past, snapshot(s)].slice(-HISTORY_LIMIT), future: s.future.slice(1) };
}

export function historyActions(set: SetState, get: GetState): HistoryActions {
  return {
    undo: () => {
      const next = undone(get());
      if (next) set(next);
    },
    redo: () => {
      const next = redone(get());
      if (next) set(next);
    },
  };
}

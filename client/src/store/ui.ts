/** The open panels and dialogs: side panel, context menu, help, path ends, the trace shown and pending expansions. */
import type { Subgraph, TraceDirection } from '../api/types.ts';
import type { GraphData } from '../graph/index.ts';
import type { SetState, State } from './state.ts';

export type PanelName = 'outline' | 'paths' | 'trace' | 'indicators' | 'insights' | 'story';

export type TraceResult = {
  rootId: string;
  direction: TraceDirection;
  nodeIds: string[];
  edgeIds: string[];
  truncated: boolean;
};

/**
 * Which paths the Paths panel asks for: only these relationship types (empty: every curated type), and whether
 * paths through hubs (graph/answer/pathView.ts `hubReason`) are offered.
 */
export type PathFilter = { types: string[]; includeHubs: boolean };

/**
 * The canvas shows an answer view (laid out by graph/answer) while the graph is the one the answer put there
 * (`graph`): any other change to the canvas returns to the free layouts.
 */
export type Answer = { graph: GraphData } & (
  | { kind: 'trace'; rootId: string; direction: TraceDirection; expanded: string[] }
  | {
      kind: 'paths';
      from: string;
      to: string;
      rank: number;
      nodeIds: string[];
      edgeIds: string[];
      /** The filter the path was ranked under: its rank counts among the paths that filter lets through. */
      filter: PathFilter;
    }
  | { kind: 'first' }
);

/**
 * An addition larger than the threshold, waiting for the user's choice: a node's expansion, or (`section` set) the
 * entities a plan section mentions, added from the source viewer.
 */
export type PendingExpansion = {
  nodeId: string;
  sub: Subgraph;
  newIds: string[];
  select: boolean;
  section?: { title: string };
};

/** A short message about something that changed nothing visible (e.g. an expansion with nothing new). */
export type Notice = { kind: 'allNeighboursShown' | 'noNeighbours'; nodeId: string; count: number; seq: number };

/**
 * What a share link could not bring back: the link was damaged (`reason` says how), or some of its nodes or
 * relationships are no longer in the graph.
 */
export type LinkNotice =
  { kind: 'unreadable'; reason: string } | { kind: 'missing'; nodes: string[]; total: number; edges: number };

export type UiSlice = {
  panel: PanelName | null;
  menu: { nodeId: string; x: number; y: number } | null;
  helpOpen: boolean;
  pathEnds: { from: string | null; to: string | null };
  pathFilter: PathFilter;
  trace: TraceResult | null;
  answer: Answer | null;
  pendingExpansion: PendingExpansion | null;
  /** Expansions adding more new nodes than this ask first. */
  expandThreshold: number;
  notice: Notice | null;
  linkNotice: LinkNotice | null;
};

export type UiActions = {
  openPanel: (panel: PanelName | null) => void;
  openMenu: (menu: UiSlice['menu']) => void;
  setHelp: (open: boolean) => void;
  setPathEnd: (end: 'from' | 'to', id: string | null) => void;
  setPathFilter: (filter: PathFilter) => void;
  setTrace: (trace: TraceResult | null) => void;
  /** Shows the current graph as an answer view (null: back to the free layouts). */
  setAnswer: (answer: Answer | null) => void;
  setPendingExpansion: (pending: PendingExpansion | null) => void;
  setExpandThreshold: (n: number) => void;
  /** Shows a notice (a new `seq` each time, so the same message shown twice is announced twice); null hides it. */
  notify: (notice: Omit<Notice, 'seq'> | null) => void;
  setLinkNotice: (notice: LinkNotice | null) => void;
};

export const initialUiState: UiSlice = {
  panel: null,
  menu: null,
  helpOpen: false,
  pathEnds: { from: null, to: null },
  pathFilter: { types: [], includeHubs: false },
  trace: null,
  answer: null,
  pendingExpansion: null,
  expandThreshold: 30,
  notice: null,
  linkNotice: null,
};

/**
 * Setting a path end opens the paths panel and closes the menu it was picked from. A new endpoint makes the drawn
 * path stale: its emphasis goes at once.
 */
export function withPathEnd(s: State, end: 'from' | 'to', id: string | null): Partial<State> {
  const changed = s.pathEnds[end] !== id;
  return {
    pathEnds: { ...s.pathEnds, [end]: id },
    panel: 'paths',
    menu: null,
    highlight: changed ? null : s.highlight,
    answer: s.answer?.kind === 'paths' && changed ? null : s.answer,
  };
}

export function uiActions(set: SetState): UiActions {
  return {
    openPanel: (panel) => set({ panel }),
    openMenu: (menu) => set({ menu }),
    setHelp: (helpOpen) => set({ helpOpen }),
    setPathEnd: (end, id) => set((s) => withPathEnd(s, end, id)),
    setPathFilter: (pathFilter) => set({ pathFilter }),
    setTrace: (trace) => set({ trace }),
    setAnswer: (answer) => set({ answer }),
    setPendingExpansion: (pendingExpansion) => set({ pendingExpansion }),
    setExpandThreshold: (expandThreshold) => set({ expandThreshold }),
    notify: (notice) => set((s) => ({ notice: notice && { ...notice, seq: (s.notice?.seq ?? 0) + 1 } })),
    setLinkNotice: (linkNotice) => set({ linkNotice }),
  };
}

/**
 * What is on the canvas: the graph, hidden and pinned nodes, the layout, what each expansion brought in, the
 * load status and the pending layout request. Every change records its undo step first (see history.ts).
 */
import type { Subgraph } from '../api/types.ts';
import {
  EMPTY_GRAPH,
  collapsible,
  merge,
  normalize,
  outsideNeighbourhood,
  removeNodes,
  type GraphData,
} from '../graph/index.ts';
import { recorded, type CanvasSnapshot } from './history.ts';
import type { GetState, SetState, State } from './state.ts';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export type GraphSlice = CanvasSnapshot & {
  status: LoadStatus;
  error: string | null;
  /** Set while the database (or the server) cannot be reached; the banner retries and clears it. */
  unavailable: boolean;
  /** Bumped when the canvas must lay out again; `added` are the newcomers (empty: lay out everything). */
  layoutRequest: { seq: number; added: string[]; around: string | null };
};

export type AddOptions = { around?: string | null; record?: boolean; expandedFrom?: string | null };

export type GraphActions = {
  setGraph: (sub: Subgraph) => void;
  addSubgraph: (sub: Subgraph, options?: AddOptions) => void;
  removeNodes: (ids: string[]) => void;
  hideNodes: (ids: string[]) => void;
  showHidden: () => void;
  togglePin: (id: string) => void;
  keepNeighbourhood: (id: string) => void;
  collapse: (id: string) => void;
  clearGraph: () => void;
  setStatus: (status: LoadStatus, error?: string | null) => void;
  setUnavailable: (unavailable: boolean) => void;
};

export const initialGraphState: GraphSlice = {
  graph: EMPTY_GRAPH,
  hiddenIds: [],
  pinned: [],
  layout: 'fcose',
  rankDir: 'LR',
  expandedBy: {},
  status: 'idle',
  error: null,
  unavailable: false,
  layoutRequest: { seq: 0, added: [], around: null },
};

/** Drops ids from the id lists that refer to nodes no longer on the canvas. */
export function pruneIds(graph: GraphData, ids: string[]): string[] {
  return ids.filter((id) => graph.nodes.has(id));
}

/** A new graph replaces the canvas (an undo step unless the canvas was empty) and is laid out in full. */
export function withGraph(s: State, graph: GraphData): Partial<State> {
  return {
    ...(s.graph.nodes.size > 0 ? recorded(s) : {}),
    graph,
    hiddenIds: [],
    pinned: pruneIds(graph, s.pinned),
    expandedBy: {},
    selection: null,
    highlight: null,
    layoutRequest: { seq: s.layoutRequest.seq + 1, added: [...graph.nodes.keys()], around: null },
  };
}

/** A subgraph merged in; only the newcomers are laid out. Null when it adds no node and no edge. */
export function withSubgraph(s: State, sub: Subgraph, options: AddOptions = {}): Partial<State> | null {
  const { around = null, record = true, expandedFrom = null } = options;
  const before = s.graph;
  const graph = merge(before, sub);
  const added = [...graph.nodes.keys()].filter((id) => !before.nodes.has(id));
  const edgesAdded = graph.edges.size !== before.edges.size;
  if (added.length === 0 && !edgesAdded) return null;
  return {
    ...(record ? recorded(s) : {}),
    graph,
    expandedBy:
      expandedFrom && added.length > 0
        ? { ...s.expandedBy, [expandedFrom]: [...(s.expandedBy[expandedFrom] ?? []), ...added] }
        : s.expandedBy,
    layoutRequest: added.length > 0 ? { seq: s.layoutRequest.seq + 1, added, around } : s.layoutRequest,
  };
}

/** Nodes removed with their edges, pins, hidden marks and selection; the menu closes. */
export function withoutNodes(s: State, ids: string[]): Partial<State> {
  const graph = removeNodes(s.graph, ids);
  return {
    ...recorded(s),
    graph,
    hiddenIds: pruneIds(graph, s.hiddenIds),
    pinned: pruneIds(graph, s.pinned),
    selection: s.selection && ids.includes(s.selection.id) ? null : s.selection,
    menu: null,
  };
}

export function withHidden(s: State, ids: string[]): Partial<State> {
  return {
    ...recorded(s),
    hiddenIds: [...new Set([...s.hiddenIds, ...ids])],
    selection: s.selection && ids.includes(s.selection.id) ? null : s.selection,
    menu: null,
  };
}

export function withPinToggled(s: State, id: string): Partial<State> {
  return {
    ...recorded(s),
    pinned: s.pinned.includes(id) ? s.pinned.filter((p) => p !== id) : [...s.pinned, id],
    menu: null,
  };
}

export function cleared(s: State): Partial<State> {
  return { ...recorded(s), graph: EMPTY_GRAPH, hiddenIds: [], expandedBy: {}, selection: null, source: null };
}

export function graphActions(set: SetState, get: GetState): GraphActions {
  const removeAndRecord = (ids: string[]) => {
    if (ids.length === 0) return;
    set((s) => withoutNodes(s, ids));
  };
  return {
    setGraph: (sub) => {
      const graph = normalize(sub);
      set((s) => withGraph(s, graph));
    },
    addSubgraph: (sub, options) => {
      const next = withSubgraph(get(), sub, options);
      if (next) set(next);
    },
    removeNodes: (ids) => removeAndRecord(ids),
    hideNodes: (ids) => set((s) => withHidden(s, ids)),
    showHidden: () => {
      if (get().hiddenIds.length > 0) set((s) => ({ ...recorded(s), hiddenIds: [] }));
    },
    togglePin: (id) => set((s) => withPinToggled(s, id)),
    keepNeighbourhood: (id) => removeAndRecord(outsideNeighbourhood(get().graph, id)),
    collapse: (id) => {
      const s = get();
      removeAndRecord(collapsible(s.graph, id, s.expandedBy[id] ?? [], s.pinned));
    },
    clearGraph: () => set(cleared),
    setStatus: (status, error = null) => set({ status, error }),
    setUnavailable: (unavailable) => {
      if (get().unavailable !== unavailable) set({ unavailable });
    },
  };
}

/**
 * The one store: graph, selection and view settings. State and actions are kept apart (`actions` never changes),
 * so components subscribe to data only. Every canvas change goes through an action that first records a
 * snapshot of the canvas slices, which is all undo/redo needs.
 */
import { create } from 'zustand';
import type { NodeLabel } from '@plangraph/shared';
import type { Provenance, Subgraph, TraceDirection } from '../api/types.ts';
import {
  EMPTY_GRAPH,
  collapsible,
  merge,
  normalize,
  outsideNeighbourhood,
  removeNodes,
  type GraphData,
  type Highlight,
  type Language,
  type LayoutName,
  type RankDir,
  type Selection,
} from '../graph/index.ts';

export { LAYOUT_NAMES, type Highlight, type LayoutName, type RankDir, type Selection } from '../graph/index.ts';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';
/** An opened source quote: the section to show and the span to highlight (an empty quote highlights nothing). */
export type SourceRef = Pick<Provenance, 'sectionId' | 'quote' | 'start' | 'end'>;

export type PanelName = 'outline' | 'paths' | 'trace' | 'indicators';

export type TraceResult = {
  rootId: string;
  direction: TraceDirection;
  nodeIds: string[];
  edgeIds: string[];
  truncated: boolean;
};

/** An expansion larger than the threshold, waiting for the user's choice. */
export type PendingExpansion = { nodeId: string; sub: Subgraph; newIds: string[]; select: boolean };

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

export type GraphSlice = CanvasSnapshot & {
  status: LoadStatus;
  error: string | null;
  /** Set while the database (or the server) cannot be reached; the banner retries and clears it. */
  unavailable: boolean;
  /** Bumped when the canvas must lay out again; `added` are the newcomers (empty: lay out everything). */
  layoutRequest: { seq: number; added: string[]; around: string | null };
};

export type HistorySlice = { past: CanvasSnapshot[]; future: CanvasSnapshot[] };

export type SelectionSlice = {
  selection: Selection;
  source: SourceRef | null;
  highlight: Highlight | null;
};

export type ViewSlice = { language: Language; hiddenLabels: NodeLabel[] };

export type UiSlice = {
  panel: PanelName | null;
  menu: { nodeId: string; x: number; y: number } | null;
  helpOpen: boolean;
  pathEnds: { from: string | null; to: string | null };
  trace: TraceResult | null;
  pendingExpansion: PendingExpansion | null;
  /** Expansions adding more new nodes than this ask first. */
  expandThreshold: number;
};

export type AddOptions = { around?: string | null; record?: boolean; expandedFrom?: string | null };

export type Actions = {
  setGraph(sub: Subgraph): void;
  addSubgraph(sub: Subgraph, options?: AddOptions): void;
  removeNodes(ids: string[]): void;
  hideNodes(ids: string[]): void;
  showHidden(): void;
  togglePin(id: string): void;
  keepNeighbourhood(id: string): void;
  collapse(id: string): void;
  undo(): void;
  redo(): void;
  clearGraph(): void;
  setStatus(status: LoadStatus, error?: string | null): void;
  setUnavailable(unavailable: boolean): void;
  select(selection: Selection): void;
  openSource(ref: SourceRef | null): void;
  setLanguage(language: Language): void;
  toggleLabel(label: NodeLabel): void;
  /** record=false: part of a change that already recorded its undo step (a trace). */
  setLayout(layout: LayoutName, rankDir?: RankDir, record?: boolean): void;
  /** View settings from a shared link; not an undoable change. */
  restoreView(view: { hiddenLabels?: NodeLabel[]; layout?: LayoutName; language?: Language; pinned?: string[] }): void;
  openPanel(panel: PanelName | null): void;
  openMenu(menu: UiSlice['menu']): void;
  setHelp(open: boolean): void;
  setPathEnd(end: 'from' | 'to', id: string | null): void;
  setTrace(trace: TraceResult | null): void;
  setHighlight(highlight: Highlight | null): void;
  setPendingExpansion(pending: PendingExpansion | null): void;
  setExpandThreshold(n: number): void;
};

export type State = GraphSlice & HistorySlice & SelectionSlice & ViewSlice & UiSlice;
export type Store = State & { actions: Actions };

export const HISTORY_LIMIT = 100;

export const initialState: State = {
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
  past: [],
  future: [],
  selection: null,
  source: null,
  highlight: null,
  language: 'zh',
  hiddenLabels: [],
  panel: null,
  menu: null,
  helpOpen: false,
  pathEnds: { from: null, to: null },
  trace: null,
  pendingExpansion: null,
  expandThreshold: 30,
};

function snapshot(s: State): CanvasSnapshot {
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
function recorded(s: State): HistorySlice {
  return { past: [...s.past, snapshot(s)].slice(-HISTORY_LIMIT), future: [] };
}

/** Drops ids from the id lists that refer to nodes no longer on the canvas. */
function pruneIds(graph: GraphData, ids: string[]): string[] {
  return ids.filter((id) => graph.nodes.has(id));
}

export const useStore = create<Store>()((set, get) => {
  /** Moves to a snapshot (undo/redo): lays out only what reappears, or everything if the layout changed. */
  const restore = (s: State, to: CanvasSnapshot): Partial<State> => {
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
  };

  const removeAndRecord = (ids: string[]) => {
    if (ids.length === 0) return;
    set((s) => {
      const graph = removeNodes(s.graph, ids);
      return {
        ...recorded(s),
        graph,
        hiddenIds: pruneIds(graph, s.hiddenIds),
        pinned: pruneIds(graph, s.pinned),
        selection: s.selection && ids.includes(s.selection.id) ? null : s.selection,
        menu: null,
      };
    });
  };

  return {
    ...initialState,
    actions: {
      setGraph: (sub) => {
        const graph = normalize(sub);
        set((s) => ({
          ...(s.graph.nodes.size > 0 ? recorded(s) : {}),
          graph,
          hiddenIds: [],
          pinned: pruneIds(graph, s.pinned),
          expandedBy: {},
          selection: null,
          highlight: null,
          layoutRequest: { seq: s.layoutRequest.seq + 1, added: [...graph.nodes.keys()], around: null },
        }));
      },
      addSubgraph: (sub, options = {}) => {
        const { around = null, record = true, expandedFrom = null } = options;
        const before = get().graph;
        const graph = merge(before, sub);
        const added = [...graph.nodes.keys()].filter((id) => !before.nodes.has(id));
        const edgesAdded = graph.edges.size !== before.edges.size;
        if (added.length === 0 && !edgesAdded) return;
        set((s) => ({
          ...(record ? recorded(s) : {}),
          graph,
          expandedBy:
            expandedFrom && added.length > 0
              ? { ...s.expandedBy, [expandedFrom]: [...(s.expandedBy[expandedFrom] ?? []), ...added] }
              : s.expandedBy,
          layoutRequest: added.length > 0 ? { seq: s.layoutRequest.seq + 1, added, around } : s.layoutRequest,
        }));
      },
      removeNodes: (ids) => removeAndRecord(ids),
      hideNodes: (ids) =>
        set((s) => ({
          ...recorded(s),
          hiddenIds: [...new Set([...s.hiddenIds, ...ids])],
          selection: s.selection && ids.includes(s.selection.id) ? null : s.selection,
          menu: null,
        })),
      showHidden: () => {
        if (get().hiddenIds.length > 0) set((s) => ({ ...recorded(s), hiddenIds: [] }));
      },
      togglePin: (id) =>
        set((s) => ({
          ...recorded(s),
          pinned: s.pinned.includes(id) ? s.pinned.filter((p) => p !== id) : [...s.pinned, id],
          menu: null,
        })),
      keepNeighbourhood: (id) => removeAndRecord(outsideNeighbourhood(get().graph, id)),
      collapse: (id) => {
        const s = get();
        removeAndRecord(collapsible(s.graph, id, s.expandedBy[id] ?? [], s.pinned));
      },
      undo: () => {
        const s = get();
        const prev = s.past.at(-1);
        if (!prev) return;
        set({ ...restore(s, prev), past: s.past.slice(0, -1), future: [snapshot(s), ...s.future] });
      },
      redo: () => {
        const s = get();
        const next = s.future[0];
        if (!next) return;
        set({ ...restore(s, next), past: [...s.past, snapshot(s)].slice(-HISTORY_LIMIT), future: s.future.slice(1) });
      },
      clearGraph: () =>
        set((s) => ({
          ...recorded(s),
          graph: EMPTY_GRAPH,
          hiddenIds: [],
          expandedBy: {},
          selection: null,
          source: null,
        })),
      setStatus: (status, error = null) => set({ status, error }),
      setUnavailable: (unavailable) => {
        if (get().unavailable !== unavailable) set({ unavailable });
      },
      select: (selection) => {
        const cur = get().selection;
        if (cur?.kind === selection?.kind && cur?.id === selection?.id) return;
        set({ selection });
      },
      openSource: (source) => set({ source }),
      setLanguage: (language) => set({ language }),
      toggleLabel: (label) =>
        set((s) => ({
          hiddenLabels: s.hiddenLabels.includes(label)
            ? s.hiddenLabels.filter((l) => l !== label)
            : [...s.hiddenLabels, label],
        })),
      setLayout: (layout, rankDir, record = true) =>
        set((s) => ({
          ...(record ? recorded(s) : {}),
          layout,
          rankDir: rankDir ?? s.rankDir,
          layoutRequest: { seq: s.layoutRequest.seq + 1, added: [], around: null },
        })),
      restoreView: (view) =>
        set((s) => ({
          hiddenLabels: view.hiddenLabels ?? s.hiddenLabels,
          layout: view.layout ?? s.layout,
          language: view.language ?? s.language,
          pinned: view.pinned ?? s.pinned,
        })),
      openPanel: (panel) => set({ panel }),
      openMenu: (menu) => set({ menu }),
      setHelp: (helpOpen) => set({ helpOpen }),
      setPathEnd: (end, id) => set((s) => ({ pathEnds: { ...s.pathEnds, [end]: id }, panel: 'paths', menu: null })),
      setTrace: (trace) => set({ trace }),
      setHighlight: (highlight) => set({ highlight }),
      setPendingExpansion: (pendingExpansion) => set({ pendingExpansion }),
      setExpandThreshold: (expandThreshold) => set({ expandThreshold }),
    },
  };
});

/** Actions never change, so this hook never re-renders. */
export const useActions = () => useStore((s) => s.actions);

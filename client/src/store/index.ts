/**
 * The one store: graph, selection and view settings. State and actions are kept apart (`actions` never changes),
 * so components subscribe to data only and later features (undo/redo, export) can snapshot the data slices.
 */
import { create } from 'zustand';
import type { NodeLabel } from '@plangraph/shared';
import type { Provenance, Subgraph } from '../api/types.ts';
import { EMPTY_GRAPH, merge, normalize, removeNodes, type GraphData, type Language } from '../graph/index.ts';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';
export type LayoutName = 'fcose' | 'dagre' | 'concentric' | 'grid';

export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string } | null;

/** An opened source quote: the section to show and the span to highlight. */
export type SourceRef = Pick<Provenance, 'sectionId' | 'quote' | 'start' | 'end'>;

export type GraphSlice = {
  graph: GraphData;
  status: LoadStatus;
  error: string | null;
  /** Set while the database (or the server) cannot be reached; the banner retries and clears it. */
  unavailable: boolean;
  /** Bumped when nodes are added, so the canvas knows to lay out again; the ids are the newcomers. */
  layoutRequest: { seq: number; added: string[]; around: string | null };
};

export type SelectionSlice = {
  selection: Selection;
  source: SourceRef | null;
  focusRequest: { seq: number; id: string } | null;
};

/** One-off canvas commands (fit); a counter so the same command can be sent twice. */
export type CommandSlice = { fitRequest: number };

export type ViewSlice = { language: Language; hiddenLabels: NodeLabel[]; layout: LayoutName };

export type Actions = {
  setGraph(sub: Subgraph): void;
  addSubgraph(sub: Subgraph, around?: string | null): void;
  removeNodes(ids: string[]): void;
  clearGraph(): void;
  setStatus(status: LoadStatus, error?: string | null): void;
  setUnavailable(unavailable: boolean): void;
  select(selection: Selection): void;
  focus(id: string): void;
  openSource(ref: SourceRef | null): void;
  setLanguage(language: Language): void;
  toggleLabel(label: NodeLabel): void;
  setLayout(layout: LayoutName): void;
  fit(): void;
};

export type State = GraphSlice & SelectionSlice & ViewSlice & CommandSlice;
export type Store = State & { actions: Actions };

export const initialState: State = {
  graph: EMPTY_GRAPH,
  status: 'idle',
  error: null,
  unavailable: false,
  layoutRequest: { seq: 0, added: [], around: null },
  selection: null,
  source: null,
  focusRequest: null,
  language: 'zh',
  hiddenLabels: [],
  layout: 'fcose',
  fitRequest: 0,
};

export const useStore = create<Store>()((set, get) => ({
  ...initialState,
  actions: {
    setGraph: (sub) => {
      const graph = normalize(sub);
      set((s) => ({
        graph,
        selection: null,
        layoutRequest: { seq: s.layoutRequest.seq + 1, added: [...graph.nodes.keys()], around: null },
      }));
    },
    addSubgraph: (sub, around = null) => {
      const before = get().graph;
      const graph = merge(before, sub);
      const added = [...graph.nodes.keys()].filter((id) => !before.nodes.has(id));
      const edgesAdded = graph.edges.size !== before.edges.size;
      if (added.length === 0 && !edgesAdded) return;
      set((s) => ({
        graph,
        layoutRequest: added.length > 0 ? { seq: s.layoutRequest.seq + 1, added, around } : s.layoutRequest,
      }));
    },
    removeNodes: (ids) =>
      set((s) => ({
        graph: removeNodes(s.graph, ids),
        selection: s.selection && ids.includes(s.selection.id) ? null : s.selection,
      })),
    clearGraph: () => set({ graph: EMPTY_GRAPH, selection: null, source: null }),
    setStatus: (status, error = null) => set({ status, error }),
    setUnavailable: (unavailable) => {
      if (get().unavailable !== unavailable) set({ unavailable });
    },
    select: (selection) => {
      const cur = get().selection;
      if (cur?.kind === selection?.kind && cur?.id === selection?.id) return;
      set({ selection });
    },
    focus: (id) => set((s) => ({ focusRequest: { seq: (s.focusRequest?.seq ?? 0) + 1, id } })),
    openSource: (source) => set({ source }),
    setLanguage: (language) => set({ language }),
    toggleLabel: (label) =>
      set((s) => ({
        hiddenLabels: s.hiddenLabels.includes(label)
          ? s.hiddenLabels.filter((l) => l !== label)
          : [...s.hiddenLabels, label],
      })),
    setLayout: (layout) =>
      set((s) => ({ layout, layoutRequest: { seq: s.layoutRequest.seq + 1, added: [], around: null } })),
    fit: () => set((s) => ({ fitRequest: s.fitRequest + 1 })),
  },
}));

/** Actions never change, so this hook never re-renders. */
export const useActions = () => useStore((s) => s.actions);

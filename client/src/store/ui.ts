/** The open panels and dialogs: side panel, context menu, help, path ends, the trace shown and pending expansions. */
import type { Subgraph, TraceDirection } from '../api/types.ts';
import type { SetState, State } from './state.ts';

export type PanelName = 'outline' | 'paths' | 'trace' | 'indicators' | 'insights' | 'story';

export type TraceResult = {
  rootId: string;
  direction: TraceDirection;
  nodeIds: string[];
  edgeIds: string[];
  truncated: boolean;
};

/** An expansion larger than the threshold, waiting for the user's choice. */
export type PendingExpansion = { nodeId: string; sub: Subgraph; newIds: string[]; select: boolean };

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

export type UiActions = {
  openPanel(panel: PanelName | null): void;
  openMenu(menu: UiSlice['menu']): void;
  setHelp(open: boolean): void;
  setPathEnd(end: 'from' | 'to', id: string | null): void;
  setTrace(trace: TraceResult | null): void;
  setPendingExpansion(pending: PendingExpansion | null): void;
  setExpandThreshold(n: number): void;
};

export const initialUiState: UiSlice = {
  panel: null,
  menu: null,
  helpOpen: false,
  pathEnds: { from: null, to: null },
  trace: null,
  pendingExpansion: null,
  expandThreshold: 30,
};

/** Setting a path end opens the paths panel and closes the menu it was picked from. */
export function withPathEnd(s: State, end: 'from' | 'to', id: string | null): Partial<State> {
  return { pathEnds: { ...s.pathEnds, [end]: id }, panel: 'paths', menu: null };
}

export function uiActions(set: SetState): UiActions {
  return {
    openPanel: (panel) => set({ panel }),
    openMenu: (menu) => set({ menu }),
    setHelp: (helpOpen) => set({ helpOpen }),
    setPathEnd: (end, id) => set((s) => withPathEnd(s, end, id)),
    setTrace: (trace) => set({ trace }),
    setPendingExpansion: (pendingExpansion) => set({ pendingExpansion }),
    setExpandThreshold: (expandThreshold) => set({ expandThreshold }),
  };
}

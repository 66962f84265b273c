/**
 * The one store, composed of one slice per concern: graph contents (graph.ts), undo/redo (history.ts),
 * selection and highlight (selection.ts), view settings (view.ts) and panels (ui.ts). State and actions are kept
 * apart (`actions` never changes), so components subscribe to data only.
 */
import { create } from 'zustand';
import { graphActions, initialGraphState } from './graph.ts';
import { historyActions, initialHistoryState } from './history.ts';
import { initialSelectionState, selectionActions } from './selection.ts';
import type { State, Store } from './state.ts';
import { initialUiState, uiActions } from './ui.ts';
import { initialViewState, viewActions } from './view.ts';

export { LAYOUT_NAMES, type Highlight, type LayoutName, type RankDir, type Selection } from '../graph/index.ts';
export type { AddOptions, GraphSlice, LoadStatus } from './graph.ts';
export { HISTORY_LIMIT, type CanvasSnapshot, type HistorySlice } from './history.ts';
export type { SelectionSlice, SourceRef } from './selection.ts';
export type { Actions, State, Store } from './state.ts';
export type {
  Answer,
  LinkNotice,
  Notice,
  PanelName,
  PathFilter,
  PendingExpansion,
  TraceResult,
  UiSlice,
} from './ui.ts';
export type { ViewSlice } from './view.ts';

export const initialState: State = {
  ...initialGraphState,
  ...initialHistoryState,
  ...initialSelectionState,
  ...initialViewState,
  ...initialUiState,
};

export const useStore = create<Store>()((set, get) => ({
  ...initialState,
  actions: {
    ...graphActions(set, get),
    ...historyActions(set, get),
    ...selectionActions(set, get),
    ...viewActions(set),
    ...uiActions(set),
  },
}));

/** Actions never change, so this hook never re-renders. */
export const useActions = () => useStore((s) => s.actions);

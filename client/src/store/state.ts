/** The store's whole shape: every slice's state, every slice's actions, and the setters the slices are built with. */
import type { GraphActions, GraphSlice } from './graph.ts';
import type { HistoryActions, HistorySlice } from './history.ts';
import type { SelectionActions, SelectionSlice } from './selection.ts';
import type { UiActions, UiSlice } from './ui.ts';
import type { ViewActions, ViewSlice } from './view.ts';

export type State = GraphSlice & HistorySlice & SelectionSlice & ViewSlice & UiSlice;
export type Actions = GraphActions & HistoryActions & SelectionActions & ViewActions & UiActions;
export type Store = State & { actions: Actions };

/** A change to the state: a partial state, or a function of the current one (zustand's `set`). */
export type SetState = (change: Partial<State> | ((s: State) => Partial<State>)) => void;
export type GetState = () => State;

/** What the user has picked: the selected element, the opened source quote and the highlighted path or trace. */
import type { Highlight, Selection } from '../graph/index.ts';
import type { Provenance } from '../api/types.ts';
import type { GetState, SetState } from './state.ts';

/** An opened source quote: the section to show and the span to highlight (an empty quote highlights nothing). */
export type SourceRef = Pick<Provenance, 'sectionId' | 'quote' | 'start' | 'end'>;

export type SelectionSlice = {
  selection: Selection;
  source: SourceRef | null;
  highlight: Highlight | null;
};

export type SelectionActions = {
  select: (selection: Selection) => void;
  openSource: (ref: SourceRef | null) => void;
  setHighlight: (highlight: Highlight | null) => void;
};

export const initialSelectionState: SelectionSlice = { selection: null, source: null, highlight: null };

/** Same kind and id: selecting it again changes nothing (and re-renders nothing). */
export function sameSelection(a: Selection, b: Selection): boolean {
  return a?.kind === b?.kind && a?.id === b?.id;
}

export function selectionActions(set: SetState, get: GetState): SelectionActions {
  return {
    select: (selection) => {
      if (sameSelection(get().selection, selection)) return;
      set({ selection });
    },
    openSource: (source) => set({ source }),
    setHighlight: (highlight) => set({ highlight }),
  };
}

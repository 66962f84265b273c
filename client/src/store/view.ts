/**
 * How the canvas is shown: language, hidden labels, the style options (size and colour) and the layout (which undo
 * restores with the graph).
 */
import type { NodeLabel } from '@plangraph/shared';
import {
  DEFAULT_CANVAS_STYLE,
  type CanvasStyle,
  type Language,
  type LayoutName,
  type RankDir,
} from '../graph/index.ts';
import { recorded } from './history.ts';
import type { SetState, State } from './state.ts';

export type ViewSlice = { language: Language; hiddenLabels: NodeLabel[]; canvasStyle: CanvasStyle };

export type ViewActions = {
  setLanguage: (language: Language) => void;
  toggleLabel: (label: NodeLabel) => void;
  /** Size nodes by a measure and/or colour them by community; not an undoable change (like hiding a label). */
  setCanvasStyle: (change: Partial<CanvasStyle>) => void;
  /** record=false: part of a change that already recorded its undo step (a trace). */
  setLayout: (layout: LayoutName, rankDir?: RankDir, record?: boolean) => void;
  /** View settings from a shared link; not an undoable change. */
  restoreView: (view: {
    hiddenLabels?: NodeLabel[];
    layout?: LayoutName;
    language?: Language;
    pinned?: string[];
    canvasStyle?: CanvasStyle;
  }) => void;
};

export const initialViewState: ViewSlice = { language: 'zh', hiddenLabels: [], canvasStyle: DEFAULT_CANVAS_STYLE };

export function toggledLabel(hiddenLabels: NodeLabel[], label: NodeLabel): NodeLabel[] {
  return hiddenLabels.includes(label) ? hiddenLabels.filter((l) => l !== label) : [...hiddenLabels, label];
}

/** A new layout (or direction) lays out everything again. */
export function withLayout(
  s: State,
  layout: LayoutName,
  rankDir: RankDir | undefined,
  record: boolean,
): Partial<State> {
  return {
    ...(record ? recorded(s) : {}),
    layout,
    rankDir: rankDir ?? s.rankDir,
    layoutRequest: { seq: s.layoutRequest.seq + 1, added: [], around: null },
  };
}

export function viewActions(set: SetState): ViewActions {
  return {
    setLanguage: (language) => set({ language }),
    toggleLabel: (label) => set((s) => ({ hiddenLabels: toggledLabel(s.hiddenLabels, label) })),
    setCanvasStyle: (change) => set((s) => ({ canvasStyle: { ...s.canvasStyle, ...change } })),
    setLayout: (layout, rankDir, record = true) => set((s) => withLayout(s, layout, rankDir, record)),
    restoreView: (view) =>
      set((s) => ({
        hiddenLabels: view.hiddenLabels ?? s.hiddenLabels,
        layout: view.layout ?? s.layout,
        language: view.language ?? s.language,
        pinned: view.pinned ?? s.pinned,
        canvasStyle: view.canvasStyle ?? s.canvasStyle,
      })),
  };
}

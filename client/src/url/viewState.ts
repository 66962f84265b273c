/**
 * The shareable view in the URL — the one place that knows the query-string format. Node ids are ASCII slugs
 * (see docs/dataset.md), so lists are comma-joined. Anything malformed is dropped field by field: a bad link
 * still opens, with as much of the view as could be read.
 */
import { isNodeLabel, type NodeLabel } from '@plangraph/shared';
import { DEFAULT_CANVAS_STYLE, isColourMode, isSizeMeasure, type CanvasStyle, type Language } from '../graph/index.ts';
import { LAYOUT_NAMES, type LayoutName, type Selection } from '../store/index.ts';

export type ViewState = {
  ids: string[];
  hiddenLabels: NodeLabel[];
  layout: LayoutName;
  language: Language;
  selection: Selection;
  pinned: string[];
  canvasStyle: CanvasStyle;
};

export const DEFAULT_VIEW: ViewState = {
  ids: [],
  hiddenLabels: [],
  layout: 'fcose',
  language: 'zh',
  selection: null,
  pinned: [],
  canvasStyle: DEFAULT_CANVAS_STYLE,
};

/** The query keys this module owns; others (e.g. testHooks) are left alone. */
const KEYS = ['n', 'h', 'l', 'lang', 's', 'p', 'size', 'colour'] as const;
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;
/** subgraph() takes at most 5,000 ids. */
const MAX_IDS = 5000;

function list(value: string | null): string[] {
  if (!value) return [];
  return [...new Set(value.split(',').filter((id) => ID.test(id)))].slice(0, MAX_IDS);
}

export function parseView(search: string): ViewState {
  const q = new URLSearchParams(search);
  const layout = q.get('l');
  const lang = q.get('lang');
  const sel = q.get('s');
  let selection: Selection = null;
  const m = sel ? /^(n|e)~(.+)$/.exec(sel) : null;
  if (m && ID.test(m[2]!)) selection = { kind: m[1] === 'n' ? 'node' : 'edge', id: m[2]! };
  return {
    ids: list(q.get('n')),
    hiddenLabels: [...new Set((q.get('h') ?? '').split(',').filter(isNodeLabel))],
    layout: LAYOUT_NAMES.includes(layout as LayoutName) ? (layout as LayoutName) : DEFAULT_VIEW.layout,
    language: lang === 'en' || lang === 'zh' ? lang : DEFAULT_VIEW.language,
    selection,
    pinned: list(q.get('p')),
    canvasStyle: {
      sizeBy: isSizeMeasure(q.get('size')) ? (q.get('size') as CanvasStyle['sizeBy']) : DEFAULT_CANVAS_STYLE.sizeBy,
      colourBy: isColourMode(q.get('colour'))
        ? (q.get('colour') as CanvasStyle['colourBy'])
        : DEFAULT_CANVAS_STYLE.colourBy,
    },
  };
}

/** The query string for a view, keeping foreign parameters of `base`; defaults are left out to keep links short. */
export function serializeView(view: ViewState, base = ''): string {
  const q = new URLSearchParams(base);
  for (const k of KEYS) q.delete(k);
  if (view.ids.length > 0) q.set('n', view.ids.join(','));
  if (view.hiddenLabels.length > 0) q.set('h', view.hiddenLabels.join(','));
  if (view.layout !== DEFAULT_VIEW.layout) q.set('l', view.layout);
  if (view.language !== DEFAULT_VIEW.language) q.set('lang', view.language);
  if (view.selection) q.set('s', `${view.selection.kind === 'node' ? 'n' : 'e'}~${view.selection.id}`);
  if (view.pinned.length > 0) q.set('p', view.pinned.join(','));
  if (view.canvasStyle.sizeBy !== DEFAULT_CANVAS_STYLE.sizeBy) q.set('size', view.canvasStyle.sizeBy);
  if (view.canvasStyle.colourBy !== DEFAULT_CANVAS_STYLE.colourBy) q.set('colour', view.canvasStyle.colourBy);
  const s = q.toString();
  return s ? `?${s}` : '';
}

export function hasView(search: string): boolean {
  return parseView(search).ids.length > 0;
}

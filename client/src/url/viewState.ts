/**
 * The shareable view in the URL — the one place that knows the query-string format. The canvas content (nodes,
 * the edges shown, pins, zoom and pan) travels compact in `v` (shareLink.ts); hidden labels, layout, language,
 * the selection and the canvas style (`size`, `colour`) are readable parameters beside it. Links written before `v` list node ids in `n` and pins in `p`
 * (comma-joined ASCII slugs, see docs/dataset.md) and still open. Anything malformed is dropped field by field: a
 * bad link still opens, with as much of the view as could be read, and `problem` says what could not be.
 */
import { isNodeLabel, REL_TYPES, type NodeLabel } from '@plangraph/shared';
import { DEFAULT_CANVAS_STYLE, isColourMode, isSizeMeasure, type CanvasStyle, type Language } from '../graph/index.ts';
import { LAYOUT_NAMES, type LayoutName, type Selection } from '../store/index.ts';
import { decodeContent, encodeContent, MAX_SHARED_NODES, type EdgeSet, type Viewport } from './shareLink.ts';

export type ViewState = {
  ids: string[];
  /** The edges the view showed; null: every relationship among its nodes (links that list only nodes). */
  edges: EdgeSet | null;
  /** Zoom and pan; null: fit the view. */
  viewport: Viewport | null;
  hiddenLabels: NodeLabel[];
  layout: LayoutName;
  language: Language;
  selection: Selection;
  pinned: string[];
  canvasStyle: CanvasStyle;
  /** Why the link's canvas content could not be read (a damaged `v`); null when it could, or there was none. */
  problem: string | null;
};

export const DEFAULT_VIEW: ViewState = {
  ids: [],
  edges: null,
  viewport: null,
  hiddenLabels: [],
  layout: 'fcose',
  language: 'zh',
  selection: null,
  pinned: [],
  canvasStyle: DEFAULT_CANVAS_STYLE,
  problem: null,
};

/** The query keys this module owns; others (e.g. testHooks, the answer views' keys) are left alone. */
const KEYS = ['v', 'n', 'h', 'l', 'lang', 's', 'p', 'size', 'colour'] as const;
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;
/** "Every relationship among the nodes", as an edge set: all types shown, none left out. */
const ALL_EDGES: EdgeSet = { types: [...REL_TYPES], without: [], with: [] };

function list(value: string | null): string[] {
  if (!value) return [];
  return [...new Set(value.split(',').filter((id) => ID.test(id)))].slice(0, MAX_SHARED_NODES);
}

type Content = Pick<ViewState, 'ids' | 'edges' | 'viewport' | 'pinned' | 'problem'>;

function parseContent(q: URLSearchParams): Content {
  const compact = q.get('v');
  if (compact === null)
    return { ids: list(q.get('n')), edges: null, viewport: null, pinned: list(q.get('p')), problem: null };
  try {
    const { ids, edges, pinned, viewport } = decodeContent(compact);
    return { ids, edges, pinned, viewport, problem: null };
  } catch (error) {
    return { ids: [], edges: null, viewport: null, pinned: [], problem: (error as Error).message };
  }
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
    ...parseContent(q),
    hiddenLabels: [...new Set((q.get('h') ?? '').split(',').filter(isNodeLabel))],
    layout: LAYOUT_NAMES.includes(layout as LayoutName) ? (layout as LayoutName) : DEFAULT_VIEW.layout,
    language: lang === 'en' || lang === 'zh' ? lang : DEFAULT_VIEW.language,
    selection,
    canvasStyle: {
      sizeBy: isSizeMeasure(q.get('size')) ? (q.get('size') as CanvasStyle['sizeBy']) : DEFAULT_CANVAS_STYLE.sizeBy,
      colourBy: isColourMode(q.get('colour'))
        ? (q.get('colour') as CanvasStyle['colourBy'])
        : DEFAULT_CANVAS_STYLE.colourBy,
    },
  };
}

/**
 * The query string for a view, keeping foreign parameters of `base`; defaults are left out to keep links short.
 * Always writes the compact form (`v`), whatever form the view was read from.
 */
export function serializeView(view: Omit<ViewState, 'problem'>, base = ''): string {
  const q = new URLSearchParams(base);
  for (const k of KEYS) q.delete(k);
  if (view.ids.length > 0)
    q.set(
      'v',
      encodeContent({ ids: view.ids, edges: view.edges ?? ALL_EDGES, pinned: view.pinned, viewport: view.viewport }),
    );
  if (view.hiddenLabels.length > 0) q.set('h', view.hiddenLabels.join(','));
  if (view.layout !== DEFAULT_VIEW.layout) q.set('l', view.layout);
  if (view.language !== DEFAULT_VIEW.language) q.set('lang', view.language);
  if (view.selection) q.set('s', `${view.selection.kind === 'node' ? 'n' : 'e'}~${view.selection.id}`);
  if (view.canvasStyle.sizeBy !== DEFAULT_CANVAS_STYLE.sizeBy) q.set('size', view.canvasStyle.sizeBy);
  if (view.canvasStyle.colourBy !== DEFAULT_CANVAS_STYLE.colourBy) q.set('colour', view.canvasStyle.colourBy);
  const s = q.toString();
  return s ? `?${s}` : '';
}

export function hasView(search: string): boolean {
  return parseView(search).ids.length > 0;
}

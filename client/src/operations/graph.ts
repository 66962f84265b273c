/** Graph operations that combine an API call with store updates; features call these rather than the API directly. */
import { CURATED_REL_TYPES } from '@plangraph/shared';
import * as api from '../api/index.ts';
import { isTransient } from '../api/index.ts';
import type { Subgraph, TraceDirection } from '../api/types.ts';
import { useStore, type Highlight, type PendingExpansion } from '../store/index.ts';
import type { ViewState } from '../url/index.ts';
import { fitView, focusNode } from './canvas.ts';

/** Every curated relationship: MENTIONED_IN would pull in outline sections and swamp the view. */
export const EXPAND_TYPES: string[] = [...CURATED_REL_TYPES];

/** The first view: the strategic industry clusters and what surrounds them (专栏 programmes, platforms). */
export const INITIAL_IDS = [
  'new-generation-it',
  'new-energy-intelligent-vehicles',
  'new-materials',
  'biosafety',
  'ai-digital-economy',
  'green-energy',
  'high-end-equipment',
  'nanotechnology',
];

/** One node's neighbourhood is fetched whole (it is small) so the confirmation can say "30 of 120". */
const EXPAND_FETCH_LIMIT = 500;

const actions = () => useStore.getState().actions;

/** Runs an API call; transient failures raise the "unavailable" banner, which retries and clears it. */
export async function guarded<T>(fn: () => Promise<T>): Promise<T> {
  try {
    const result = await fn();
    actions().setUnavailable(false);
    return result;
  } catch (error) {
    if (isTransient(error)) actions().setUnavailable(true);
    throw error;
  }
}

export async function loadInitialView(): Promise<void> {
  const { setStatus, setGraph } = actions();
  setStatus('loading');
  try {
    const sub = await guarded(() =>
      api.neighborhood({ ids: INITIAL_IDS, depth: 1, relationshipTypes: EXPAND_TYPES, limit: 150 }),
    );
    setGraph(sub);
    setStatus('ready');
  } catch (error) {
    // Transient errors keep the "loading" look under the banner; the banner's retry reloads.
    setStatus(isTransient(error) ? 'loading' : 'error', (error as Error).message);
    throw error;
  }
}

/** Rebuilds a shared view: settings first (so the first layout is the right one), then the nodes. */
export async function loadView(view: ViewState): Promise<void> {
  const a = actions();
  a.setStatus('loading');
  a.restoreView({ hiddenLabels: view.hiddenLabels, layout: view.layout, language: view.language });
  try {
    const sub = await guarded(() => api.subgraph(view.ids));
    a.setGraph(sub);
    // Pins after the nodes exist; the first layout places them, later layouts leave them be.
    a.restoreView({ pinned: view.pinned.filter((id) => sub.nodes.some((n) => n.id === id)) });
    if (view.selection) a.select(view.selection);
    a.setStatus('ready');
  } catch (error) {
    a.setStatus(isTransient(error) ? 'loading' : 'error', (error as Error).message);
    throw error;
  }
}

export type ExpandOptions = {
  select?: boolean;
  relationshipTypes?: string[];
  labels?: string[];
  /** false: part of a larger change that already recorded an undo step. */
  record?: boolean;
};

/** Adds (part of) a fetched expansion; `limit` keeps the first N newcomers in the server's order. */
export function applyExpansion(pending: PendingExpansion, limit?: number, record = true): void {
  const { sub, nodeId, newIds } = pending;
  const keep = new Set(limit === undefined ? newIds : newIds.slice(0, limit));
  const onCanvas = useStore.getState().graph.nodes;
  const nodes = sub.nodes.filter((n) => n.id === nodeId || onCanvas.has(n.id) || keep.has(n.id));
  const a = actions();
  a.setPendingExpansion(null);
  a.addSubgraph({ nodes, edges: sub.edges, truncated: false }, { around: nodeId, expandedFrom: nodeId, record });
  if (pending.select) {
    a.select({ kind: 'node', id: nodeId });
    focusNode(nodeId);
  }
}

/**
 * Adds a node's 1-hop neighbourhood to the canvas. More newcomers than the threshold: the expansion waits in the
 * store and the confirmation dialog asks (first N / all / cancel).
 */
export async function expandNode(id: string, options: ExpandOptions = {}): Promise<void> {
  const sub = await guarded(() =>
    api.neighborhood({
      ids: [id],
      depth: 1,
      relationshipTypes: options.relationshipTypes?.length ? options.relationshipTypes : EXPAND_TYPES,
      labels: options.labels?.length ? options.labels : undefined,
      limit: EXPAND_FETCH_LIMIT,
    }),
  );
  const { graph, expandThreshold } = useStore.getState();
  const newIds = sub.nodes.map((n) => n.id).filter((n) => n !== id && !graph.nodes.has(n));
  const pending: PendingExpansion = { nodeId: id, sub, newIds, select: options.select ?? false };
  actions().setStatus('ready');
  if (newIds.length > expandThreshold) actions().setPendingExpansion(pending);
  else applyExpansion(pending, undefined, options.record ?? true);
}

/** Fetches nodes by id and adds them (with the edges among them and the canvas); optionally selects the first. */
export async function addNodes(ids: string[], options: { select?: boolean } = {}): Promise<void> {
  if (ids.length === 0) return;
  const onCanvas = [...useStore.getState().graph.nodes.keys()];
  const sub = await guarded(() => api.subgraph([...new Set([...ids, ...onCanvas])]));
  const a = actions();
  a.addSubgraph(sub, { around: null });
  a.setStatus('ready');
  if (options.select) {
    a.select({ kind: 'node', id: ids[0]! });
    focusNode(ids[0]!);
  }
}

/** Adds an already-fetched subgraph, e.g. a path, and emphasises it. */
export function showSubgraph(sub: Subgraph, highlight: { nodeIds: string[]; edgeIds: string[] }): void {
  const a = actions();
  a.addSubgraph(sub);
  a.setHighlight(highlight);
  fitView();
}

/** Two hops: the direct dependencies and theirs; three often brings a hundred nodes. */
export const TRACE_HOPS = 2;

/** Dependency trace: adds the trace subgraph, lays it out hierarchically along the direction, marks the root. */
export async function traceNode(id: string, direction: TraceDirection): Promise<void> {
  const sub = await guarded(() => api.trace(id, direction, TRACE_HOPS));
  const a = actions();
  a.openMenu(null);
  a.addSubgraph(sub, { around: id, record: true });
  // One undo step for the trace: the layout switch joins the addition's step.
  a.setLayout('dagre', direction === 'UPSTREAM' ? 'LR' : 'TB', false);
  const nodeIds = sub.nodes.map((n) => n.id);
  const edgeIds = sub.edges.map((e) => e.id);
  a.setTrace({ rootId: id, direction, nodeIds, edgeIds, truncated: sub.truncated });
  a.setHighlight(traceHighlight({ rootId: id, nodeIds, edgeIds }));
  a.openPanel('trace');
  a.select({ kind: 'node', id });
  // The whole trace is too small to read at once: start on the root and its direct dependencies.
  focusNode(id);
}

/** A trace on the canvas: the root marked, the rest of the trace as usual, everything else faded. */
export function traceHighlight(trace: { rootId: string; nodeIds: string[]; edgeIds: string[] }): Highlight {
  return { nodeIds: [trace.rootId], edgeIds: [], root: trace.rootId, keep: [...trace.nodeIds, ...trace.edgeIds] };
}

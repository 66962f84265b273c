/** Graph operations that combine an API call with store updates; features call these rather than the API directly. */
import { CURATED_REL_TYPES } from '@plangraph/shared';
import * as api from '../api/index.ts';
import { filterHubPaths, firstViewIds, FIRST_VIEW_RELATIONSHIPS, STRATEGIC_CLUSTERS } from '../graph/answer/index.ts';
import { normalize } from '../graph/index.ts';
import { isTransient } from '../api/index.ts';
import type { Subgraph, TraceDirection } from '../api/types.ts';
import { useStore, type Highlight, type PathFilter, type PendingExpansion } from '../store/index.ts';
import type { ViewState } from '../url/index.ts';
import { restoreContent } from '../url/shareLink.ts';
import { fitView, focusNode, restoreViewport } from './canvas.ts';

/** Every curated relationship: MENTIONED_IN would pull in outline sections and swamp the view. */
export const EXPAND_TYPES: string[] = [...CURATED_REL_TYPES];

/** The first view's centre: the plan's eight strategic industry clusters. */
export const INITIAL_IDS: string[] = [...STRATEGIC_CLUSTERS];

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

/**
 * The first view: the strategic clusters and their main supporters (at most FIRST_VIEW_MAX_NODES), as an answer
 * view laid out for reading. A graph without the clusters (a partial dataset) shows its best-connected entities.
 */
export async function loadInitialView(): Promise<void> {
  const { setStatus, setGraph, setAnswer } = actions();
  const before = useStore.getState().graph;
  setStatus('loading');
  try {
    const around = await guarded(() =>
      api.neighborhood({ ids: INITIAL_IDS, depth: 1, relationshipTypes: [...FIRST_VIEW_RELATIONSHIPS], limit: 500 }),
    );
    let ids = firstViewIds(normalize(around));
    if (ids.length === 0) {
      const ranked = await guarded(() => api.centrality('DEGREE', null, FIRST_VIEW_FALLBACK_NODES));
      ids = ranked.map((r) => r.node.id);
    }
    const sub = ids.length > 0 ? await guarded(() => api.subgraph(ids)) : { nodes: [], edges: [], truncated: false };
    // Anything shown meanwhile (a search hit, a story's slide, a fresh start) is not overwritten.
    if (useStore.getState().graph !== before) {
      setStatus('ready');
      return;
    }
    setGraph(sub);
    if (sub.nodes.length > 0) setAnswer({ kind: 'first', graph: useStore.getState().graph });
    setStatus('ready');
  } catch (error) {
    // Transient errors keep the "loading" look under the banner; the banner's retry reloads.
    setStatus(isTransient(error) ? 'loading' : 'error', (error as Error).message);
    throw error;
  }
}

/** Entities the first view shows when the graph holds none of the clusters. */
export const FIRST_VIEW_FALLBACK_NODES = 24;

/** Clears the canvas (one undo step brings it back). */
export function startFresh(): void {
  const a = actions();
  a.openMenu(null);
  a.clearGraph();
}

/** What a shared view's link listed that the graph no longer has. */
export type ViewMissing = { nodes: string[]; edges: number };

/**
 * Rebuilds a shared view: settings first (so the first layout is the right one), then the nodes with exactly the
 * edges the link lists (links that list only nodes get every relationship among them), then zoom and pan.
 */
export async function loadView(view: Omit<ViewState, 'problem'>): Promise<ViewMissing> {
  const a = actions();
  a.setStatus('loading');
  a.restoreView({ hiddenLabels: view.hiddenLabels, layout: view.layout, language: view.language });
  try {
    const sub = await guarded(() => api.subgraph(view.ids));
    const restored = restoreContent(view.ids, view.edges, sub);
    a.setGraph({ ...sub, edges: restored.edges });
    // Pins after the nodes exist; the first layout places them, later layouts leave them be.
    a.restoreView({ pinned: view.pinned.filter((id) => sub.nodes.some((n) => n.id === id)) });
    if (view.selection) a.select(view.selection);
    if (view.viewport) restoreViewport(view.viewport);
    a.setStatus('ready');
    return { nodes: restored.missingNodes, edges: restored.missingEdges };
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
  // A section's mentions are not anyone's neighbours: laid out where there is room.
  const around = pending.section ? { around: null } : { around: nodeId, expandedFrom: nodeId };
  a.addSubgraph({ nodes, edges: sub.edges, truncated: false }, { ...around, record });
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
  // Nothing new would otherwise look like nothing happened.
  const neighbours = sub.nodes.filter((n) => n.id !== id).length;
  if (newIds.length === 0 && graph.nodes.has(id))
    actions().notify({ kind: neighbours === 0 ? 'noNeighbours' : 'allNeighboursShown', nodeId: id, count: neighbours });
}

/**
 * Adds the entities a plan section mentions (the source viewer's "add all"); more newcomers than the threshold ask
 * first, as an expansion does, listing them in the section's order.
 */
export async function addSectionMentions(title: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const { graph, expandThreshold } = useStore.getState();
  const newIds = [...new Set(ids)].filter((n) => !graph.nodes.has(n));
  if (newIds.length <= expandThreshold) return addNodes(ids);
  const sub = await guarded(() => api.subgraph([...new Set([...ids, ...useStore.getState().graph.nodes.keys()])]));
  actions().setPendingExpansion({ nodeId: newIds[0]!, sub, newIds, select: false, section: { title } });
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

/**
 * Dependency trace, as its own answer view: the canvas shows the trace alone (one undo step back to what was
 * there), laid out in ranks by hop distance with the root at one side; the Trace panel lists it by type.
 */
export async function traceNode(id: string, direction: TraceDirection): Promise<void> {
  const sub = await guarded(() => api.trace(id, direction, TRACE_HOPS));
  const a = actions();
  a.openMenu(null);
  a.setGraph(sub);
  const nodeIds = sub.nodes.map((n) => n.id);
  const edgeIds = sub.edges.map((e) => e.id);
  a.setTrace({ rootId: id, direction, nodeIds, edgeIds, truncated: sub.truncated });
  a.setHighlight(null);
  a.setAnswer({ kind: 'trace', rootId: id, direction, expanded: [], graph: useStore.getState().graph });
  a.openPanel('trace');
  a.select({ kind: 'node', id });
  a.setStatus('ready');
}

/** Paths asked of the server: more than are listed, since those through hubs are left out by default. */
export const PATH_FETCH = { maxHops: 5, limit: 30 };

/** The paths the Paths panel offers between two nodes under a filter: asked of the server, then hubs left out. */
export async function fetchPaths(from: string, to: string, filter: PathFilter) {
  const result = await guarded(() => api.paths(from, to, { ...PATH_FETCH, relationshipTypes: filter.types }));
  return { result, ...filterHubPaths(result, { includeHubs: filter.includeHubs }) };
}

/**
 * Opens the paths between two nodes straight into the answer view of the `rank`-th (from 1) path the filter lets
 * through (a shared link `?from=…&to=…&path=n`, with `&types=…` and `&hubs=1` when given).
 */
export async function openPathAnswer(
  from: string,
  to: string,
  rank: number | null,
  filter: PathFilter = { types: [], includeHubs: false },
): Promise<void> {
  const a = actions();
  a.setPathEnd('from', from);
  a.setPathEnd('to', to);
  a.setPathFilter(filter);
  a.openPanel('paths');
  const { result, paths } = await fetchPaths(from, to, filter);
  const path = paths[(rank ?? 1) - 1] ?? paths[0];
  if (!path) {
    a.setStatus('ready');
    return;
  }
  const nodeIds = new Set(path.nodeIds);
  const edgeIds = new Set(path.edgeIds);
  showPath(
    {
      nodes: result.nodes.filter((n) => nodeIds.has(n.id)),
      edges: result.edges.filter((e) => edgeIds.has(e.id)),
      truncated: false,
    },
    path,
  );
}

/** Shows one ranked path as its own answer view: the chain alone, every relationship named. */
export function showPath(sub: Subgraph, path: { nodeIds: string[]; edgeIds: string[]; rank: number }): void {
  const a = actions();
  const { pathEnds, pathFilter } = useStore.getState();
  a.setGraph(sub);
  a.setHighlight(null);
  a.setAnswer({
    kind: 'paths',
    from: pathEnds.from ?? path.nodeIds[0]!,
    to: pathEnds.to ?? path.nodeIds.at(-1)!,
    rank: path.rank,
    nodeIds: path.nodeIds,
    edgeIds: path.edgeIds,
    filter: pathFilter,
    graph: useStore.getState().graph,
  });
  a.setStatus('ready');
}

/** A trace on the canvas: the root marked, the rest of the trace as usual, everything else faded. */
export function traceHighlight(trace: { rootId: string; nodeIds: string[]; edgeIds: string[] }): Highlight {
  return { nodeIds: [trace.rootId], edgeIds: [], root: trace.rootId, keep: [...trace.nodeIds, ...trace.edgeIds] };
}

/**
 * Graph measures computed once per load and stored as node properties, so the API can rank, filter and group
 * by them: degrees (total, in, out and per relationship family), PageRank, betweenness and a Louvain community.
 *
 * They are computed on the curated graph: Section nodes, the outline tree and MENTIONED_IN links are left out,
 * since they describe where the plan says something, not how entities depend on each other.
 */
import Graph, { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweenness from 'graphology-metrics/centrality/betweenness.js';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import { REL_FAMILIES, REL_FAMILY_OF, seededRandom, type RelFamily, type RelType } from '@plangraph/shared';

/**
 * Exact betweenness (Brandes) costs O(V·E): about a second for tens of thousands of links, minutes at the
 * synthetic 100k/500k scale. Above this many nodes it is skipped (stored as absent) rather than approximated.
 */
export const EXACT_BETWEENNESS_MAX_NODES = 20_000;

export type MeasureInputNode = { id: string; label: string };
export type MeasureInputRel = { type: RelType; from: string; to: string };

type FamilyDegreeKey = `degree${Capitalize<RelFamily>}`;

export type NodeMeasures = {
  degree: number;
  inDegree: number;
  outDegree: number;
  pagerank: number;
  /** Absent when the graph is larger than EXACT_BETWEENNESS_MAX_NODES. */
  betweenness?: number;
  community: number;
} & Record<FamilyDegreeKey, number>;

export type MeasureResult = {
  byNode: Map<string, NodeMeasures>;
  communityCount: number;
  modularity: number;
  betweenness: 'exact' | 'skipped';
  ms: { degree: number; pagerank: number; betweenness: number; louvain: number; total: number };
};

const FAMILY_KEYS = Object.fromEntries(
  REL_FAMILIES.map((f) => [f, `degree${f[0]!.toUpperCase()}${f.slice(1)}` as FamilyDegreeKey]),
) as Record<RelFamily, FamilyDegreeKey>;

/** The relationships that count: curated ones between two entities (no Section endpoint, no MENTIONED_IN). */
type CuratedRel = MeasureInputRel & { type: Exclude<RelType, 'MENTIONED_IN'> };

export function curatedRels(nodes: readonly MeasureInputNode[], rels: readonly MeasureInputRel[]): CuratedRel[] {
  const entity = new Set(nodes.filter((n) => n.label !== 'Section').map((n) => n.id));
  return rels.filter(
    (r): r is CuratedRel => r.type !== 'MENTIONED_IN' && entity.has(r.from) && entity.has(r.to) && r.from !== r.to,
  );
}

export function computeMeasures(
  nodes: readonly MeasureInputNode[],
  rels: readonly MeasureInputRel[],
  options: { seed?: number; exactBetweennessMaxNodes?: number } = {},
): MeasureResult {
  const t0 = performance.now();
  const ids = nodes
    .filter((n) => n.label !== 'Section')
    .map((n) => n.id)
    .sort();
  const edges = curatedRels(nodes, rels);

  const measures = new Map<string, NodeMeasures>();
  for (const id of ids) {
    const m = { degree: 0, inDegree: 0, outDegree: 0, pagerank: 0, community: -1 } as NodeMeasures;
    for (const key of Object.values(FAMILY_KEYS)) m[key] = 0;
    measures.set(id, m);
  }
  for (const r of edges) {
    const from = measures.get(r.from)!;
    const to = measures.get(r.to)!;
    from.outDegree++;
    to.inDegree++;
    from.degree++;
    to.degree++;
    const key = FAMILY_KEYS[REL_FAMILY_OF[r.type]];
    from[key]++;
    to[key]++;
  }
  const t1 = performance.now();

  // Directed simple graph for PageRank and betweenness: parallel links of different types count once.
  const directed = new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
  for (const id of ids) directed.addNode(id);
  for (const r of edges) directed.mergeEdge(r.from, r.to);
  const ranks = pagerank(directed, { getEdgeWeight: null, maxIterations: 200, tolerance: 1e-9 });
  for (const [id, score] of Object.entries(ranks)) measures.get(id)!.pagerank = score;
  const t2 = performance.now();

  const limit = options.exactBetweennessMaxNodes ?? EXACT_BETWEENNESS_MAX_NODES;
  const exact = ids.length <= limit;
  if (exact) {
    const scores = betweenness(directed, { getEdgeWeight: null, normalized: true });
    for (const [id, score] of Object.entries(scores)) measures.get(id)!.betweenness = score;
  }
  const t3 = performance.now();

  // Louvain on the undirected graph, weighted by how many curated links join two nodes.
  const undirected = new UndirectedGraph<Record<string, never>, { weight: number }>();
  for (const id of ids) undirected.addNode(id);
  for (const r of edges) {
    undirected.updateEdge(r.from, r.to, (attr) => ({ weight: (attr.weight ?? 0) + 1 }));
  }
  const detailed = louvain.detailed(undirected, { getEdgeWeight: 'weight', rng: seededRandom(options.seed ?? 7) });
  for (const [id, community] of Object.entries(stableCommunityIds(detailed.communities))) {
    measures.get(id)!.community = community;
  }
  const t4 = performance.now();

  return {
    byNode: measures,
    communityCount: detailed.count,
    modularity: detailed.modularity,
    betweenness: exact ? 'exact' : 'skipped',
    ms: { degree: t1 - t0, pagerank: t2 - t1, betweenness: t3 - t2, louvain: t4 - t3, total: t4 - t0 },
  };
}

/** Louvain numbers communities arbitrarily; renumber them by size (largest first), ties by their smallest id. */
export function stableCommunityIds(assignment: Record<string, number>): Record<string, number> {
  const members = new Map<number, string[]>();
  for (const [id, c] of Object.entries(assignment)) {
    const list = members.get(c) ?? [];
    list.push(id);
    members.set(c, list);
  }
  const order = [...members.entries()]
    .map(([c, ids]) => ({ c, size: ids.length, first: ids.sort()[0]! }))
    .sort((a, b) => b.size - a.size || (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  const renumber = new Map(order.map((o, i) => [o.c, i]));
  return Object.fromEntries(Object.entries(assignment).map(([id, c]) => [id, renumber.get(c)!]));
}

/** The nodes with their measures added to their properties (Section nodes unchanged), ready for the loader. */
export function withMeasures<N extends MeasureInputNode & { props: Record<string, unknown> }>(
  nodes: readonly N[],
  rels: readonly MeasureInputRel[],
): N[] {
  const { byNode } = computeMeasures(nodes, rels);
  return nodes.map((n) => {
    const m = byNode.get(n.id);
    return m ? { ...n, props: { ...n.props, ...m } } : n;
  });
}

/** The exploration queries every suite measures, with arguments for the plan graph and for the synthetic one. */
import type { SyntheticMeta } from '../synthetic.ts';

export type Op = { name: string; query: string; variables: Record<string, unknown> };

const NODE = 'id name nameEn labels';
const SEARCH = `query Search($t: String!) { search(text: $t, limit: 20) { node { ${NODE} } score matchedField } }`;
const NEIGHBORHOOD = `query Neighborhood($ids: [ID!]!, $d: Int) {
  neighborhood(ids: $ids, depth: $d) { nodes { ${NODE} } edges { id type source target } truncated }
}`;
const PATHS = `query Paths($a: ID!, $b: ID!) {
  paths(from: $a, to: $b, maxHops: 4) { paths { rank nodeIds edgeIds explanationEn } }
}`;
const TRACE = `query Trace($id: ID!) {
  trace(id: $id, direction: UPSTREAM, maxHops: 3) { nodes { ${NODE} } edges { type source target } truncated }
}`;

function ops(a: { searchText: string; nodeId: string; pathFrom: string; pathTo: string; traceId: string }): Op[] {
  return [
    { name: 'search', query: SEARCH, variables: { t: a.searchText } },
    { name: 'neighborhood-1', query: NEIGHBORHOOD, variables: { ids: [a.nodeId], d: 1 } },
    { name: 'neighborhood-2', query: NEIGHBORHOOD, variables: { ids: [a.nodeId], d: 2 } },
    { name: 'paths', query: PATHS, variables: { a: a.pathFrom, b: a.pathTo } },
    { name: 'trace', query: TRACE, variables: { id: a.traceId } },
  ];
}

export const planOps = (): Op[] =>
  ops({
    searchText: '实验室',
    nodeId: 'guangzhou-laboratory',
    pathFrom: 'zhong-nanshan',
    pathTo: 'bio-island',
    traceId: 'new-generation-it',
  });

/** `pathTo`: a node the generator's graph puts a few hops from the sample node (found by a depth-3 neighborhood). */
export const syntheticOps = (meta: SyntheticMeta, pathTo: string): Op[] =>
  ops({
    searchText: meta.sample.searchText,
    nodeId: meta.sample.nodeId,
    pathFrom: meta.sample.nodeId,
    pathTo,
    traceId: meta.sample.traceId,
  });

/** The mixed traffic of the HTTP suite: every exploration query plus the cheap ones a UI sends most. */
export function mixedTraffic(): Op[] {
  return [
    ...planOps(),
    {
      name: 'node',
      query: `query Node($id: ID!) { node(id: $id) { ${NODE} provenance { quote } } }`,
      variables: { id: 'cansemi' },
    },
    { name: 'stats', query: '{ stats { nodeCount relationshipCount labels { key count } } }', variables: {} },
    { name: 'search-2', query: SEARCH, variables: { t: '知识城' } },
  ];
}

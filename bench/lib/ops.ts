/** The exploration queries every suite measures, with arguments for the plan graph and for the synthetic one. */
import {
  NeighborhoodDocument,
  NodeDocument,
  PathsDocument,
  SearchDocument,
  StatsDocument,
  TraceDocument,
} from '../../client/src/api/generated/graphql.ts';
import type { SyntheticMeta } from '../synthetic.ts';

export type Op = { name: string; query: string; variables: Record<string, unknown> };

// The explorer's own operations (client/src/api/operations.graphql, through queries.ts) with the arguments it
// sends: full nodes and edges, properties and provenance included.
const SEARCH = SearchDocument.toString();
const NEIGHBORHOOD = NeighborhoodDocument.toString();
const PATHS = PathsDocument.toString();
const TRACE = TraceDocument.toString();

const neighborhood = (id: string, depth: number) => ({
  ids: [id],
  depth,
  relationshipTypes: null,
  labels: null,
  limit: 200,
});

function ops(a: { searchText: string; nodeId: string; pathFrom: string; pathTo: string; traceId: string }): Op[] {
  return [
    { name: 'search', query: SEARCH, variables: { text: a.searchText, labels: null, limit: 12 } },
    { name: 'neighborhood-1', query: NEIGHBORHOOD, variables: neighborhood(a.nodeId, 1) },
    { name: 'neighborhood-2', query: NEIGHBORHOOD, variables: neighborhood(a.nodeId, 2) },
    { name: 'paths', query: PATHS, variables: { from: a.pathFrom, to: a.pathTo, maxHops: 4, limit: 10 } },
    { name: 'trace', query: TRACE, variables: { id: a.traceId, direction: 'UPSTREAM', maxHops: 3 } },
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
      query: NodeDocument.toString(),
      variables: { id: 'cansemi' },
    },
    { name: 'stats', query: StatsDocument.toString(), variables: {} },
    { name: 'search-2', query: SEARCH, variables: { text: '知识城', labels: null, limit: 12 } },
  ];
}

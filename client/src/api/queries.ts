/** Typed wrappers for the exploration queries. */
import { gql } from './client.ts';
import type {
  GraphNode,
  GraphStats,
  IndicatorRow,
  NeighborhoodArgs,
  OutlineSection,
  PathResult,
  SearchHit,
  SourceSection,
  Subgraph,
  TraceDirection,
} from './types.ts';

const PROVENANCE = 'provenance { sectionId sectionTitle sectionTitleEn quote start end }';
const NODE = `id labels name nameEn kind aliases description descriptionEn textIssue properties ${PROVENANCE}`;
const EDGE = `id type source target properties ${PROVENANCE}`;
const SUBGRAPH = `nodes { ${NODE} } edges { ${EDGE} } truncated`;

export async function search(
  text: string,
  options: { labels?: string[]; limit?: number; signal?: AbortSignal } = {},
): Promise<SearchHit[]> {
  const data = await gql<{ search: SearchHit[] }>(
    `query Search($text: String!, $labels: [String!], $limit: Int) {
      search(text: $text, labels: $labels, limit: $limit) { score matchedField matchedText node { ${NODE} } }
    }`,
    { text, labels: options.labels ?? null, limit: options.limit ?? 12 },
    options.signal,
  );
  return data.search;
}

export async function node(id: string): Promise<GraphNode | null> {
  const data = await gql<{ node: GraphNode | null }>(`query Node($id: ID!) { node(id: $id) { ${NODE} } }`, { id });
  return data.node;
}

export async function neighborhood(args: NeighborhoodArgs): Promise<Subgraph> {
  const data = await gql<{ neighborhood: Subgraph }>(
    `query Neighborhood($ids: [ID!]!, $depth: Int, $relationshipTypes: [String!], $labels: [String!], $limit: Int) {
      neighborhood(ids: $ids, depth: $depth, relationshipTypes: $relationshipTypes, labels: $labels, limit: $limit) { ${SUBGRAPH} }
    }`,
    {
      ids: args.ids,
      depth: args.depth ?? 1,
      relationshipTypes: args.relationshipTypes ?? null,
      labels: args.labels ?? null,
      limit: args.limit ?? 200,
    },
  );
  return data.neighborhood;
}

export async function subgraph(ids: string[]): Promise<Subgraph> {
  const data = await gql<{ subgraph: Subgraph }>(
    `query Subgraph($ids: [ID!]!) { subgraph(ids: $ids) { ${SUBGRAPH} } }`,
    { ids },
  );
  return data.subgraph;
}

export async function stats(): Promise<GraphStats> {
  const data = await gql<{ stats: GraphStats }>(
    'query Stats { stats { nodeCount relationshipCount labels { key count } relationshipTypes { key count } } }',
  );
  return data.stats;
}

export async function sourceText(sectionId: string): Promise<SourceSection | null> {
  const data = await gql<{ sourceText: SourceSection | null }>(
    `query SourceText($sectionId: ID!) {
      sourceText(sectionId: $sectionId) { id title titleEn path { id title titleEn } children { id title titleEn } text start end spans { nodeId start end } nodes { ${NODE} } }
    }`,
    { sectionId },
  );
  return data.sourceText;
}

export async function paths(
  from: string,
  to: string,
  options: { maxHops?: number; limit?: number } = {},
): Promise<PathResult> {
  const data = await gql<{ paths: PathResult }>(
    `query Paths($from: ID!, $to: ID!, $maxHops: Int, $limit: Int) {
      paths(from: $from, to: $to, maxHops: $maxHops, limit: $limit) {
        paths { nodeIds edgeIds length rank explanation explanationEn } nodes { ${NODE} } edges { ${EDGE} }
      }
    }`,
    { from, to, maxHops: options.maxHops ?? 4, limit: options.limit ?? 10 },
  );
  return data.paths;
}

export async function trace(id: string, direction: TraceDirection, maxHops = 3): Promise<Subgraph> {
  const data = await gql<{ trace: Subgraph }>(
    `query Trace($id: ID!, $direction: TraceDirection, $maxHops: Int) {
      trace(id: $id, direction: $direction, maxHops: $maxHops) { ${SUBGRAPH} }
    }`,
    { id, direction, maxHops },
  );
  return data.trace;
}

/** The plan's outline (generated API): every section with its parent, for the outline tree. */
export async function sections(): Promise<OutlineSection[]> {
  const data = await gql<{ sections: OutlineSection[] }>(
    `query Sections { sections(sort: [{ start: ASC }]) { id name nameEn parentId order kind number depth } }`,
  );
  return data.sections;
}

/** Table 2.1 (generated API): the indicators with a table row, in table order. */
export async function indicators(): Promise<IndicatorRow[]> {
  const data = await gql<{ indicators: IndicatorRow[] }>(
    `query Indicators {
      indicators(where: { tableRow: { gte: 1, lte: 17 } }, sort: [{ tableRow: ASC }]) {
        id name nameEn unit value2020 target2025 tableRow group attribute
      }
    }`,
  );
  return data.indicators;
}

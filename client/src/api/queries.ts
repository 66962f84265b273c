/** Typed wrappers for the operations in operations.graphql. */
import { gql } from './client.ts';
import {
  IndicatorsDocument,
  NeighborhoodDocument,
  NodeDocument,
  PathsDocument,
  SearchDocument,
  SectionsDocument,
  SourceTextDocument,
  StatsDocument,
  SubgraphDocument,
  TraceDocument,
} from './generated/graphql.ts';
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

export async function search(
  text: string,
  options: { labels?: string[]; limit?: number; signal?: AbortSignal } = {},
): Promise<SearchHit[]> {
  const data = await gql(
    SearchDocument,
    { text, labels: options.labels ?? null, limit: options.limit ?? 12 },
    options.signal,
  );
  return data.search;
}

export async function node(id: string): Promise<GraphNode | null> {
  return (await gql(NodeDocument, { id })).node;
}

export async function neighborhood(args: NeighborhoodArgs): Promise<Subgraph> {
  const data = await gql(NeighborhoodDocument, {
    ids: args.ids,
    depth: args.depth ?? 1,
    relationshipTypes: args.relationshipTypes ?? null,
    labels: args.labels ?? null,
    limit: args.limit ?? 200,
  });
  return data.neighborhood;
}

export async function subgraph(ids: string[]): Promise<Subgraph> {
  return (await gql(SubgraphDocument, { ids })).subgraph;
}

export async function stats(): Promise<GraphStats> {
  return (await gql(StatsDocument, {})).stats;
}

export async function sourceText(sectionId: string): Promise<SourceSection | null> {
  return (await gql(SourceTextDocument, { sectionId })).sourceText;
}

export async function paths(
  from: string,
  to: string,
  options: { maxHops?: number; limit?: number } = {},
): Promise<PathResult> {
  const data = await gql(PathsDocument, { from, to, maxHops: options.maxHops ?? 4, limit: options.limit ?? 10 });
  return data.paths;
}

export async function trace(id: string, direction: TraceDirection, maxHops = 3): Promise<Subgraph> {
  return (await gql(TraceDocument, { id, direction, maxHops })).trace;
}

/** The plan's outline (generated API): every section with its parent, for the outline tree. */
export async function sections(): Promise<OutlineSection[]> {
  return (await gql(SectionsDocument, {})).sections;
}

/** Table 2.1 (generated API): the indicators with a table row, in table order. */
export async function indicators(): Promise<IndicatorRow[]> {
  return (await gql(IndicatorsDocument, {})).indicators.filter((row): row is IndicatorRow => row.tableRow != null);
}

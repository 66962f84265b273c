/** Typed wrappers for the operations in operations.graphql. */
import { gql } from './client.ts';
import {
  CentralityDocument,
  CommunitiesDocument,
  CoverageDocument,
  GapsDocument,
  IndicatorsDocument,
  MentionsDocument,
  NeighborhoodDocument,
  NodeDocument,
  ObservationsDocument,
  PathsDocument,
  SearchDocument,
  SectionsDocument,
  SourceTextDocument,
  StatsDocument,
  SubgraphDocument,
  TraceDocument,
} from './generated/graphql.ts';
import type {
  CentralityMeasure,
  Community,
  CoverageMatrix,
  EdgeDirection,
  GraphNode,
  MentionResult,
  RankedNode,
  GraphStats,
  IndicatorRow,
  NeighborhoodArgs,
  Observation,
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
  options: { maxHops?: number; limit?: number; relationshipTypes?: readonly string[] | null } = {},
): Promise<PathResult> {
  const data = await gql(PathsDocument, {
    from,
    to,
    maxHops: options.maxHops ?? 4,
    limit: options.limit ?? 10,
    // Empty or unset: the server's default, every curated relationship type.
    relationshipTypes: options.relationshipTypes?.length ? [...options.relationshipTypes] : null,
  });
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

/** Entities ranked by a measure computed at load (docs/api.md#insights). */
export async function centrality(
  measure: CentralityMeasure,
  labels: string[] | null,
  limit = 20,
): Promise<RankedNode[]> {
  return (await gql(CentralityDocument, { measure, labels, limit })).centrality;
}

/** Entities of a label with no relationship of a type in a direction (PART_OF descendants count). */
export async function gaps(
  label: string,
  relationshipType: string,
  direction: EdgeDirection,
  limit = 500,
): Promise<GraphNode[]> {
  return (await gql(GapsDocument, { label, relationshipType, direction, limit })).gaps;
}

export async function coverage(args: {
  rowLabel: string;
  columnLabel: string;
  relationshipTypes: string[];
  rowKinds?: string[];
  columnKinds?: string[];
}): Promise<CoverageMatrix> {
  return (
    await gql(CoverageDocument, {
      rowLabel: args.rowLabel,
      columnLabel: args.columnLabel,
      relationshipTypes: args.relationshipTypes,
      rowKinds: args.rowKinds ?? null,
      columnKinds: args.columnKinds ?? null,
    })
  ).coverage;
}

export async function communities(limit = 30, members = 12): Promise<Community[]> {
  return (await gql(CommunitiesDocument, { limit, members })).communities;
}

export async function mentions(text: string, limit = 100): Promise<MentionResult> {
  return (await gql(MentionsDocument, { text, limit })).mentions;
}

/** Observed indicator values, by indicator then year (none until seed/data/observations.yaml lists some). */
export async function observations(): Promise<Observation[]> {
  return (await gql(ObservationsDocument, {})).observations;
}

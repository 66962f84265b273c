/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A measure of how central an entity is in the curated graph (outline sections and MENTIONED_IN links left out). */
export type CentralityMeasure =
  /** Normalized betweenness: how often the entity lies on shortest paths between others (a broker). */
  | 'BETWEENNESS'
  /** Curated relationships in either direction. */
  | 'DEGREE'
  /** Curated relationships pointing at the entity (e.g. SUPPORTS it receives). */
  | 'IN_DEGREE'
  /** Curated relationships starting from the entity (e.g. SUPPORTS it gives). */
  | 'OUT_DEGREE'
  /** PageRank over the directed curated graph (damping 0.85): what the rest of the plan leads to. */
  | 'PAGERANK';

/** The direction of a relationship as seen from the entity in question. */
export type EdgeDirection =
  /** The relationship points at the entity, e.g. an industry that a platform SUPPORTS. */
  | 'INCOMING'
  /** The relationship starts from the entity, e.g. a platform that SUPPORTS an industry. */
  | 'OUTGOING';

export type TraceDirection =
  /** What depends on the entity. */
  | 'DOWNSTREAM'
  /** What the entity depends on: platforms, institutes, zones, projects and enterprises that support it. */
  | 'UPSTREAM';

export type ProvenanceFieldsFragment = { sectionId: string, sectionTitle: string | null, sectionTitleEn: string | null, quote: string, start: number, end: number };

export type NodeFieldsFragment = { id: string, labels: Array<string>, name: string, nameEn: string | null, kind: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null, textIssue: string | null, textIssueZh: string | null, properties: Record<string, unknown>, provenance: Array<{ sectionId: string, sectionTitle: string | null, sectionTitleEn: string | null, quote: string, start: number, end: number }> };

export type EdgeFieldsFragment = { id: string, type: string, source: string, target: string, properties: Record<string, unknown>, provenance: Array<{ sectionId: string, sectionTitle: string | null, sectionTitleEn: string | null, quote: string, start: number, end: number }> };

export type SubgraphFieldsFragment = { truncated: boolean, nodes: Array<{ id: string, labels: Array<string>, name: string, nameEn: string | null, kind: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null, textIssue: string | null, textIssueZh: string | null, properties: Record<string, unknown>, provenance: Array<{ sectionId: string, sectionTitle: string | null, sectionTitleEn: string | null, quote: string, start: number, end: number }> }>, edges: Array<{ id: string, type: string, source: string, target: string, properties: Record<string, unknown>, provenance: Array<{ sectionId: string, sectionTitle: string | null, sectionTitleEn: string | null, quote: string, start: number, end: number }> }> };

export type SearchQueryVariables = Exact<{
  text: string;
  labels?: Array<string> | string | null | undefined;
  limit?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ score: number, matchedField: string, matchedText: string, node: { id: string, labels: Array<string>, name: string, nameEn: string | null, kind: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null, textIssue: string | null, textIssueZh: string | null, properties: Record<string, unknown>, provenance: Array<{ sectionId: string, sectionTitle: string | null, sectionTitleEn: string | null, quote: string, start: number, end: number }> } }> };

export type NodeQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeQuery = { node: { id: string, labels: Array<string>, name: string, nameEn: string | null, kind: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null, textIssue: string | null, textIssueZh: string | null, properties: Record<string, unknown>, provenance: Array<{ sectionId: string, sectionTitle: string | null, sectionTitleEn: string | null, quote: string, start: number, end: number }> } | null };

export type NeighborhoodQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  depth?: number | null | undefined;
  relationshipTypes?: Array<string> | string | null | undefined;
  labels?: Array<string> | string | null | undefined;
  limit?: number | null | undefined;
}>;


export type NeighborhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<{ id: string, labels: Array<string>, name: string, nameEn: string | null, kind: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null, textIssue: string | null, textIssueZh: string | null, properties: Record<string, unknown>, provenance: Array<{ sectionId: string, sectionTitle: string | null, sectionTitleEn: string | null, quote: string, start: number, end: number }> }>, edges: Array<{ id: string, type: string, source: string, target: string, properties: Record<string, unknown>, provenance: Array<{ sectionId: string, sectionTitle: string | null, sectionTitleEn: string | null, quote: string, start: number, end: number }> }> } };

export type SubgraphQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type SubgraphQuery = { subgraph: { truncated: boolean, nodes: Array<{ id: string, labels: Array<string>, name: string, nameEn: string | null, kind: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null, textIssue: string | null, textIssueZh: string | null, properties: Record<string, unknown>, provenance: Array<{ sectionId: string, sectionTitle: string | null, sectionTitleEn: string | null, quote: string, start: number, end: number }> }>, edges: Array<{ id: string, type: string, source: string, target: string, properties: Record<string, unknown>, provenance: Array<{ sectionId: string, sectionTitle: string | null, sectionTitleEn: string | null, quote: string, start: number, end: number }> }> } };

export type StatsQueryVariables = Exact<{ [key: string]: never; }>;


export type StatsQuery = { stats: { nodeCount: number, relationshipCount: number, labels: Array<{ key: string, count: number }>, relationshipTypes: Array<{ key: string, count: number }> } };

export type SourceTextQueryVariables = Exact<{
  sectionId: string | number;
}>;


export type SourceTextQuery = { sourceText: { id: string, title: string, titleEn: string | null, text: string, start: number, end: number, path: Array<{ id: string, title: string, titleEn: string | null }>, children: Array<{ id: string, title: string, titleEn: string | null }>, spans: Array<{ nodeId: string, start: number, end: number }>, nodes: Array<{ id: string, labels: Array<string>, name: string, nameEn: string | null, kind: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null, textIssue: string | null, textIssueZh: string | null, properties: Record<string, unknown>, provenance: Array<{ sectionId: string, sectionTitle: string | null, sectionTitleEn: string | null, quote: string, start: number, end: number }> }> } | null };

export type PathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxHops?: number | null | undefined;
  limit?: number | null | undefined;
  relationshipTypes?: Array<string> | string | null | undefined;
}>;


export type PathsQuery = { paths: { paths: Array<{ nodeIds: Array<string>, edgeIds: Array<string>, length: number, rank: number, explanation: string, explanationEn: string }>, nodes: Array<{ id: string, labels: Array<string>, name: string, nameEn: string | null, kind: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null, textIssue: string | null, textIssueZh: string | null, properties: Record<string, unknown>, provenance: Array<{ sectionId: string, sectionTitle: string | null, sectionTitleEn: string | null, quote: string, start: number, end: number }> }>, edges: Array<{ id: string, type: string, source: string, target: string, properties: Record<string, unknown>, provenance: Array<{ sectionId: string, sectionTitle: string | null, sectionTitleEn: string | null, quote: string, start: number, end: number }> }> } };

export type TraceQueryVariables = Exact<{
  id: string | number;
  direction?: TraceDirection | null | undefined;
  maxHops?: number | null | undefined;
}>;


export type TraceQuery = { trace: { truncated: boolean, nodes: Array<{ id: string, labels: Array<string>, name: string, nameEn: string | null, kind: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null, textIssue: string | null, textIssueZh: string | null, properties: Record<string, unknown>, provenance: Array<{ sectionId: string, sectionTitle: string | null, sectionTitleEn: string | null, quote: string, start: number, end: number }> }>, edges: Array<{ id: string, type: string, source: string, target: string, properties: Record<string, unknown>, provenance: Array<{ sectionId: string, sectionTitle: string | null, sectionTitleEn: string | null, quote: string, start: number, end: number }> }> } };

export type SectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SectionsQuery = { sections: Array<{ id: string, name: string, nameEn: string | null, parentId: string | null, order: number | null, kind: string | null, number: string | null, depth: number | null }> };

export type IndicatorsQueryVariables = Exact<{ [key: string]: never; }>;


export type IndicatorsQuery = { indicators: Array<{ id: string, name: string, nameEn: string | null, unit: string | null, value2020: number | null, target2025: number | null, tableRow: number | null, group: string | null, attribute: string | null }> };

export type ObservationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ObservationsQuery = { observations: Array<{ indicatorId: string, year: number, value: number, unit: string, source: string }> };

export type CentralityQueryVariables = Exact<{
  measure: CentralityMeasure;
  labels?: Array<string> | string | null | undefined;
  limit?: number | null | undefined;
}>;


export type CentralityQuery = { centrality: Array<{ rank: number, score: number, node: { id: string, labels: Array<string>, name: string, nameEn: string | null, kind: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null, textIssue: string | null, textIssueZh: string | null, properties: Record<string, unknown>, provenance: Array<{ sectionId: string, sectionTitle: string | null, sectionTitleEn: string | null, quote: string, start: number, end: number }> } }> };

export type GapsQueryVariables = Exact<{
  label: string;
  relationshipType: string;
  direction: EdgeDirection;
  limit?: number | null | undefined;
}>;


export type GapsQuery = { gaps: Array<{ id: string, labels: Array<string>, name: string, nameEn: string | null, kind: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null, textIssue: string | null, textIssueZh: string | null, properties: Record<string, unknown>, provenance: Array<{ sectionId: string, sectionTitle: string | null, sectionTitleEn: string | null, quote: string, start: number, end: number }> }> };

export type CoverageQueryVariables = Exact<{
  rowLabel: string;
  columnLabel: string;
  relationshipTypes: Array<string> | string;
  rowKinds?: Array<string> | string | null | undefined;
  columnKinds?: Array<string> | string | null | undefined;
}>;


export type CoverageQuery = { coverage: { rows: Array<{ id: string, labels: Array<string>, name: string, nameEn: string | null, kind: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null, textIssue: string | null, textIssueZh: string | null, properties: Record<string, unknown>, provenance: Array<{ sectionId: string, sectionTitle: string | null, sectionTitleEn: string | null, quote: string, start: number, end: number }> }>, columns: Array<{ id: string, labels: Array<string>, name: string, nameEn: string | null, kind: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null, textIssue: string | null, textIssueZh: string | null, properties: Record<string, unknown>, provenance: Array<{ sectionId: string, sectionTitle: string | null, sectionTitleEn: string | null, quote: string, start: number, end: number }> }>, cells: Array<{ row: string, column: string, count: number, edges: Array<{ id: string, type: string, source: string, target: string, properties: Record<string, unknown>, provenance: Array<{ sectionId: string, sectionTitle: string | null, sectionTitleEn: string | null, quote: string, start: number, end: number }> }> }> } };

export type CommunitiesQueryVariables = Exact<{
  limit?: number | null | undefined;
  members?: number | null | undefined;
}>;


export type CommunitiesQuery = { communities: Array<{ id: string, name: string, nameEn: string, size: number, members: Array<{ id: string, labels: Array<string>, name: string, nameEn: string | null, kind: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null, textIssue: string | null, textIssueZh: string | null, properties: Record<string, unknown>, provenance: Array<{ sectionId: string, sectionTitle: string | null, sectionTitleEn: string | null, quote: string, start: number, end: number }> }> }> };

export type MentionsQueryVariables = Exact<{
  text: string;
  limit?: number | null | undefined;
}>;


export type MentionsQuery = { mentions: { total: number, sections: Array<{ sectionId: string, sectionTitle: string, count: number }>, hits: Array<{ sectionId: string, sectionTitle: string, quote: string, start: number, end: number, entities: Array<{ id: string, name: string, nameEn: string | null, labels: Array<string> }> }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ProvenanceFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProvenanceFields on Provenance {
  sectionId
  sectionTitle
  sectionTitleEn
  quote
  start
  end
}
    `, {"fragmentName":"ProvenanceFields"}) as unknown as TypedDocumentString<ProvenanceFieldsFragment, unknown>;
export const NodeFieldsFragmentDoc = new TypedDocumentString(`
    fragment NodeFields on GraphNode {
  id
  labels
  name
  nameEn
  kind
  aliases
  description
  descriptionEn
  textIssue
  textIssueZh
  properties
  provenance {
    ...ProvenanceFields
  }
}
    fragment ProvenanceFields on Provenance {
  sectionId
  sectionTitle
  sectionTitleEn
  quote
  start
  end
}`, {"fragmentName":"NodeFields"}) as unknown as TypedDocumentString<NodeFieldsFragment, unknown>;
export const EdgeFieldsFragmentDoc = new TypedDocumentString(`
    fragment EdgeFields on GraphEdge {
  id
  type
  source
  target
  properties
  provenance {
    ...ProvenanceFields
  }
}
    fragment ProvenanceFields on Provenance {
  sectionId
  sectionTitle
  sectionTitleEn
  quote
  start
  end
}`, {"fragmentName":"EdgeFields"}) as unknown as TypedDocumentString<EdgeFieldsFragment, unknown>;
export const SubgraphFieldsFragmentDoc = new TypedDocumentString(`
    fragment SubgraphFields on Subgraph {
  nodes {
    ...NodeFields
  }
  edges {
    ...EdgeFields
  }
  truncated
}
    fragment ProvenanceFields on Provenance {
  sectionId
  sectionTitle
  sectionTitleEn
  quote
  start
  end
}
fragment NodeFields on GraphNode {
  id
  labels
  name
  nameEn
  kind
  aliases
  description
  descriptionEn
  textIssue
  textIssueZh
  properties
  provenance {
    ...ProvenanceFields
  }
}
fragment EdgeFields on GraphEdge {
  id
  type
  source
  target
  properties
  provenance {
    ...ProvenanceFields
  }
}`, {"fragmentName":"SubgraphFields"}) as unknown as TypedDocumentString<SubgraphFieldsFragment, unknown>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $labels: [String!], $limit: Int) {
  search(text: $text, labels: $labels, limit: $limit) {
    score
    matchedField
    matchedText
    node {
      ...NodeFields
    }
  }
}
    fragment ProvenanceFields on Provenance {
  sectionId
  sectionTitle
  sectionTitleEn
  quote
  start
  end
}
fragment NodeFields on GraphNode {
  id
  labels
  name
  nameEn
  kind
  aliases
  description
  descriptionEn
  textIssue
  textIssueZh
  properties
  provenance {
    ...ProvenanceFields
  }
}`) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const NodeDocument = new TypedDocumentString(`
    query Node($id: ID!) {
  node(id: $id) {
    ...NodeFields
  }
}
    fragment ProvenanceFields on Provenance {
  sectionId
  sectionTitle
  sectionTitleEn
  quote
  start
  end
}
fragment NodeFields on GraphNode {
  id
  labels
  name
  nameEn
  kind
  aliases
  description
  descriptionEn
  textIssue
  textIssueZh
  properties
  provenance {
    ...ProvenanceFields
  }
}`) as unknown as TypedDocumentString<NodeQuery, NodeQueryVariables>;
export const NeighborhoodDocument = new TypedDocumentString(`
    query Neighborhood($ids: [ID!]!, $depth: Int, $relationshipTypes: [String!], $labels: [String!], $limit: Int) {
  neighborhood(
    ids: $ids
    depth: $depth
    relationshipTypes: $relationshipTypes
    labels: $labels
    limit: $limit
  ) {
    ...SubgraphFields
  }
}
    fragment ProvenanceFields on Provenance {
  sectionId
  sectionTitle
  sectionTitleEn
  quote
  start
  end
}
fragment NodeFields on GraphNode {
  id
  labels
  name
  nameEn
  kind
  aliases
  description
  descriptionEn
  textIssue
  textIssueZh
  properties
  provenance {
    ...ProvenanceFields
  }
}
fragment EdgeFields on GraphEdge {
  id
  type
  source
  target
  properties
  provenance {
    ...ProvenanceFields
  }
}
fragment SubgraphFields on Subgraph {
  nodes {
    ...NodeFields
  }
  edges {
    ...EdgeFields
  }
  truncated
}`) as unknown as TypedDocumentString<NeighborhoodQuery, NeighborhoodQueryVariables>;
export const SubgraphDocument = new TypedDocumentString(`
    query Subgraph($ids: [ID!]!) {
  subgraph(ids: $ids) {
    ...SubgraphFields
  }
}
    fragment ProvenanceFields on Provenance {
  sectionId
  sectionTitle
  sectionTitleEn
  quote
  start
  end
}
fragment NodeFields on GraphNode {
  id
  labels
  name
  nameEn
  kind
  aliases
  description
  descriptionEn
  textIssue
  textIssueZh
  properties
  provenance {
    ...ProvenanceFields
  }
}
fragment EdgeFields on GraphEdge {
  id
  type
  source
  target
  properties
  provenance {
    ...ProvenanceFields
  }
}
fragment SubgraphFields on Subgraph {
  nodes {
    ...NodeFields
  }
  edges {
    ...EdgeFields
  }
  truncated
}`) as unknown as TypedDocumentString<SubgraphQuery, SubgraphQueryVariables>;
export const StatsDocument = new TypedDocumentString(`
    query Stats {
  stats {
    nodeCount
    relationshipCount
    labels {
      key
      count
    }
    relationshipTypes {
      key
      count
    }
  }
}
    `) as unknown as TypedDocumentString<StatsQuery, StatsQueryVariables>;
export const SourceTextDocument = new TypedDocumentString(`
    query SourceText($sectionId: ID!) {
  sourceText(sectionId: $sectionId) {
    id
    title
    titleEn
    path {
      id
      title
      titleEn
    }
    children {
      id
      title
      titleEn
    }
    text
    start
    end
    spans {
      nodeId
      start
      end
    }
    nodes {
      ...NodeFields
    }
  }
}
    fragment ProvenanceFields on Provenance {
  sectionId
  sectionTitle
  sectionTitleEn
  quote
  start
  end
}
fragment NodeFields on GraphNode {
  id
  labels
  name
  nameEn
  kind
  aliases
  description
  descriptionEn
  textIssue
  textIssueZh
  properties
  provenance {
    ...ProvenanceFields
  }
}`) as unknown as TypedDocumentString<SourceTextQuery, SourceTextQueryVariables>;
export const PathsDocument = new TypedDocumentString(`
    query Paths($from: ID!, $to: ID!, $maxHops: Int, $limit: Int, $relationshipTypes: [String!]) {
  paths(
    from: $from
    to: $to
    maxHops: $maxHops
    limit: $limit
    relationshipTypes: $relationshipTypes
  ) {
    paths {
      nodeIds
      edgeIds
      length
      rank
      explanation
      explanationEn
    }
    nodes {
      ...NodeFields
    }
    edges {
      ...EdgeFields
    }
  }
}
    fragment ProvenanceFields on Provenance {
  sectionId
  sectionTitle
  sectionTitleEn
  quote
  start
  end
}
fragment NodeFields on GraphNode {
  id
  labels
  name
  nameEn
  kind
  aliases
  description
  descriptionEn
  textIssue
  textIssueZh
  properties
  provenance {
    ...ProvenanceFields
  }
}
fragment EdgeFields on GraphEdge {
  id
  type
  source
  target
  properties
  provenance {
    ...ProvenanceFields
  }
}`) as unknown as TypedDocumentString<PathsQuery, PathsQueryVariables>;
export const TraceDocument = new TypedDocumentString(`
    query Trace($id: ID!, $direction: TraceDirection, $maxHops: Int) {
  trace(id: $id, direction: $direction, maxHops: $maxHops) {
    ...SubgraphFields
  }
}
    fragment ProvenanceFields on Provenance {
  sectionId
  sectionTitle
  sectionTitleEn
  quote
  start
  end
}
fragment NodeFields on GraphNode {
  id
  labels
  name
  nameEn
  kind
  aliases
  description
  descriptionEn
  textIssue
  textIssueZh
  properties
  provenance {
    ...ProvenanceFields
  }
}
fragment EdgeFields on GraphEdge {
  id
  type
  source
  target
  properties
  provenance {
    ...ProvenanceFields
  }
}
fragment SubgraphFields on Subgraph {
  nodes {
    ...NodeFields
  }
  edges {
    ...EdgeFields
  }
  truncated
}`) as unknown as TypedDocumentString<TraceQuery, TraceQueryVariables>;
export const SectionsDocument = new TypedDocumentString(`
    query Sections {
  sections(sort: [{start: ASC}]) {
    id
    name
    nameEn
    parentId
    order
    kind
    number
    depth
  }
}
    `) as unknown as TypedDocumentString<SectionsQuery, SectionsQueryVariables>;
export const IndicatorsDocument = new TypedDocumentString(`
    query Indicators {
  indicators(where: {tableRow: {gte: 1, lte: 17}}, sort: [{tableRow: ASC}]) {
    id
    name
    nameEn
    unit
    value2020
    target2025
    tableRow
    group
    attribute
  }
}
    `) as unknown as TypedDocumentString<IndicatorsQuery, IndicatorsQueryVariables>;
export const ObservationsDocument = new TypedDocumentString(`
    query Observations {
  observations {
    indicatorId
    year
    value
    unit
    source
  }
}
    `) as unknown as TypedDocumentString<ObservationsQuery, ObservationsQueryVariables>;
export const CentralityDocument = new TypedDocumentString(`
    query Centrality($measure: CentralityMeasure!, $labels: [String!], $limit: Int) {
  centrality(measure: $measure, labels: $labels, limit: $limit) {
    rank
    score
    node {
      ...NodeFields
    }
  }
}
    fragment ProvenanceFields on Provenance {
  sectionId
  sectionTitle
  sectionTitleEn
  quote
  start
  end
}
fragment NodeFields on GraphNode {
  id
  labels
  name
  nameEn
  kind
  aliases
  description
  descriptionEn
  textIssue
  textIssueZh
  properties
  provenance {
    ...ProvenanceFields
  }
}`) as unknown as TypedDocumentString<CentralityQuery, CentralityQueryVariables>;
export const GapsDocument = new TypedDocumentString(`
    query Gaps($label: String!, $relationshipType: String!, $direction: EdgeDirection!, $limit: Int) {
  gaps(
    label: $label
    relationshipType: $relationshipType
    direction: $direction
    limit: $limit
  ) {
    ...NodeFields
  }
}
    fragment ProvenanceFields on Provenance {
  sectionId
  sectionTitle
  sectionTitleEn
  quote
  start
  end
}
fragment NodeFields on GraphNode {
  id
  labels
  name
  nameEn
  kind
  aliases
  description
  descriptionEn
  textIssue
  textIssueZh
  properties
  provenance {
    ...ProvenanceFields
  }
}`) as unknown as TypedDocumentString<GapsQuery, GapsQueryVariables>;
export const CoverageDocument = new TypedDocumentString(`
    query Coverage($rowLabel: String!, $columnLabel: String!, $relationshipTypes: [String!]!, $rowKinds: [String!], $columnKinds: [String!]) {
  coverage(
    rowLabel: $rowLabel
    columnLabel: $columnLabel
    relationshipTypes: $relationshipTypes
    rowKinds: $rowKinds
    columnKinds: $columnKinds
  ) {
    rows {
      ...NodeFields
    }
    columns {
      ...NodeFields
    }
    cells {
      row
      column
      count
      edges {
        ...EdgeFields
      }
    }
  }
}
    fragment ProvenanceFields on Provenance {
  sectionId
  sectionTitle
  sectionTitleEn
  quote
  start
  end
}
fragment NodeFields on GraphNode {
  id
  labels
  name
  nameEn
  kind
  aliases
  description
  descriptionEn
  textIssue
  textIssueZh
  properties
  provenance {
    ...ProvenanceFields
  }
}
fragment EdgeFields on GraphEdge {
  id
  type
  source
  target
  properties
  provenance {
    ...ProvenanceFields
  }
}`) as unknown as TypedDocumentString<CoverageQuery, CoverageQueryVariables>;
export const CommunitiesDocument = new TypedDocumentString(`
    query Communities($limit: Int, $members: Int) {
  communities(limit: $limit) {
    id
    name
    nameEn
    size
    members(limit: $members) {
      ...NodeFields
    }
  }
}
    fragment ProvenanceFields on Provenance {
  sectionId
  sectionTitle
  sectionTitleEn
  quote
  start
  end
}
fragment NodeFields on GraphNode {
  id
  labels
  name
  nameEn
  kind
  aliases
  description
  descriptionEn
  textIssue
  textIssueZh
  properties
  provenance {
    ...ProvenanceFields
  }
}`) as unknown as TypedDocumentString<CommunitiesQuery, CommunitiesQueryVariables>;
export const MentionsDocument = new TypedDocumentString(`
    query Mentions($text: String!, $limit: Int) {
  mentions(text: $text, limit: $limit) {
    total
    sections {
      sectionId
      sectionTitle
      count
    }
    hits {
      sectionId
      sectionTitle
      quote
      start
      end
      entities {
        id
        name
        nameEn
        labels
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MentionsQuery, MentionsQueryVariables>;
/** The shapes the explorer reads, named after the fragments and operations in operations.graphql (generated). */
import type {
  CentralityQuery,
  CommunitiesQuery,
  CoverageQuery,
  IndicatorsQuery,
  MentionsQuery,
  ObservationsQuery,
  NodeFieldsFragment,
  EdgeFieldsFragment,
  PathsQuery,
  ProvenanceFieldsFragment,
  SearchQuery,
  SectionsQuery,
  SourceTextQuery,
  StatsQuery,
  SubgraphFieldsFragment,
} from './generated/graphql.ts';

export type { CentralityMeasure, EdgeDirection, TraceDirection } from './generated/graphql.ts';

export type Provenance = ProvenanceFieldsFragment;
export type GraphNode = NodeFieldsFragment;
export type GraphEdge = EdgeFieldsFragment;
export type Subgraph = SubgraphFieldsFragment;
export type SearchHit = SearchQuery['search'][number];
export type PathResult = PathsQuery['paths'];
export type PathInfo = PathResult['paths'][number];
export type GraphStats = StatsQuery['stats'];
export type CountEntry = GraphStats['labels'][number];
export type SourceSection = NonNullable<SourceTextQuery['sourceText']>;
export type SectionRef = SourceSection['path'][number];
export type SourceSpan = SourceSection['spans'][number];
export type OutlineSection = SectionsQuery['sections'][number];
/** The Indicators query selects rows of table 2.1 only, so tableRow is always set. */
export type IndicatorRow = IndicatorsQuery['indicators'][number] & { tableRow: number };

export type NeighborhoodArgs = {
  ids: string[];
  depth?: number;
  relationshipTypes?: string[];
  labels?: string[];
  limit?: number;
};

export type RankedNode = CentralityQuery['centrality'][number];
export type CoverageMatrix = CoverageQuery['coverage'];
export type CoverageCell = CoverageMatrix['cells'][number];
export type Community = CommunitiesQuery['communities'][number];
export type MentionResult = MentionsQuery['mentions'];
export type Observation = ObservationsQuery['observations'][number];
export type Mention = MentionResult['hits'][number];

import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { NodeView, EdgeView } from '../views.ts';
import type { CommunityRow } from '../insights.ts';
import type { ExplorationContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Any JSON value: the label-specific properties of a node or relationship. */
  JSON: { input: unknown; output: Record<string, unknown>; }
};

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

/** A community found by Louvain on the undirected curated graph. */
export type Community = {
  __typename?: 'Community';
  id: Scalars['ID']['output'];
  /** Members, most central first (limit 1–100). */
  members: Array<GraphNode>;
  /** Named after its most central member (by PageRank). */
  name: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
  size: Scalars['Int']['output'];
};


/** A community found by Louvain on the undirected curated graph. */
export type CommunityMembersArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};

export type CountEntry = {
  __typename?: 'CountEntry';
  count: Scalars['Int']['output'];
  key: Scalars['String']['output'];
};

export type CoverageCell = {
  __typename?: 'CoverageCell';
  column: Scalars['ID']['output'];
  /** How many relationships join the row to the column (or, with viaPartOf, to its parts). */
  count: Scalars['Int']['output'];
  /** Those relationships, with their quotes. */
  edges: Array<GraphEdge>;
  row: Scalars['ID']['output'];
};

/** Rows × columns with the relationships behind every non-empty cell. */
export type CoverageMatrix = {
  __typename?: 'CoverageMatrix';
  /** Only the non-empty cells. */
  cells: Array<CoverageCell>;
  /** Every column entity asked for, covered or not (an empty column is a gap). */
  columns: Array<GraphNode>;
  /** Row entities that have at least one link, most columns covered first. */
  rows: Array<GraphNode>;
};

/** The direction of a relationship as seen from the entity in question. */
export type EdgeDirection =
  /** The relationship points at the entity, e.g. an industry that a platform SUPPORTS. */
  | 'INCOMING'
  /** The relationship starts from the entity, e.g. a platform that SUPPORTS an industry. */
  | 'OUTGOING';

/** A relationship, with the quotes that state it. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** Stable id: TYPE:source:target. */
  id: Scalars['ID']['output'];
  properties: Scalars['JSON']['output'];
  provenance: Array<Provenance>;
  source: Scalars['ID']['output'];
  target: Scalars['ID']['output'];
  type: Scalars['String']['output'];
};

/** A node of any label, with its provenance. */
export type GraphNode = {
  __typename?: 'GraphNode';
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  descriptionEn?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind?: Maybe<Scalars['String']['output']>;
  /** Labels without the base label, e.g. [Institution]. */
  labels: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  /** Every other property (indicator values, section offsets, …). */
  properties: Scalars['JSON']['output'];
  provenance: Array<Provenance>;
  /** Where the written form is evidently garbled: a short note, in English. */
  textIssue?: Maybe<Scalars['String']['output']>;
  /** The same note in Chinese; set whenever textIssue is. */
  textIssueZh?: Maybe<Scalars['String']['output']>;
};

export type GraphStats = {
  __typename?: 'GraphStats';
  labels: Array<CountEntry>;
  nodeCount: Scalars['Int']['output'];
  relationshipCount: Scalars['Int']['output'];
  relationshipTypes: Array<CountEntry>;
};

/** A sentence of the plan that contains the text. */
export type Mention = {
  __typename?: 'Mention';
  end: Scalars['Int']['output'];
  /** The entities the plan names in this sentence. */
  entities: Array<GraphNode>;
  /** The whole sentence, as written. */
  quote: Scalars['String']['output'];
  sectionId: Scalars['ID']['output'];
  sectionTitle: Scalars['String']['output'];
  /** Offsets of the sentence in the source text (end exclusive). */
  start: Scalars['Int']['output'];
};

/** Every occurrence of a text in the plan. */
export type MentionResult = {
  __typename?: 'MentionResult';
  /** Sentences that contain the text, in reading order (up to the limit). */
  hits: Array<Mention>;
  /** Occurrences per section, in reading order. */
  sections: Array<SectionCount>;
  /** The true number of occurrences in the plan text. */
  total: Scalars['Int']['output'];
};

/**
 * An observed value of a table 2.1 indicator after 2020, from seed/data/observations.yaml with its source (the plan
 * itself holds none; see docs/dataset.md#observations).
 */
export type Observation = {
  __typename?: 'Observation';
  /** The Indicator node's id. */
  indicatorId: Scalars['ID']['output'];
  /** Where the value was published (a citation). */
  source: Scalars['String']['output'];
  /** The indicator's own unit (the loader refuses any other). */
  unit: Scalars['String']['output'];
  value: Scalars['Float']['output'];
  year: Scalars['Int']['output'];
};

export type Path = {
  __typename?: 'Path';
  /** Ordered relationship ids along the path. */
  edgeIds: Array<Scalars['ID']['output']>;
  /** One sentence in Chinese built from the relationship types and names. */
  explanation: Scalars['String']['output'];
  /** The same in English. */
  explanationEn: Scalars['String']['output'];
  length: Scalars['Int']['output'];
  /** Ordered node ids from the start to the end. */
  nodeIds: Array<Scalars['ID']['output']>;
  /** 1 = best. */
  rank: Scalars['Int']['output'];
};

export type PathResult = {
  __typename?: 'PathResult';
  /** Every relationship on any of the paths. */
  edges: Array<GraphEdge>;
  /** Every node on any of the paths. */
  nodes: Array<GraphNode>;
  paths: Array<Path>;
};

/** Where the plan states a fact: the quote, its outline section and character offsets into the source text. */
export type Provenance = {
  __typename?: 'Provenance';
  end: Scalars['Int']['output'];
  quote: Scalars['String']['output'];
  sectionId: Scalars['ID']['output'];
  /** Title of the section, e.g. 专栏3:“1+1+3+N”战略创新集群建设工程. */
  sectionTitle?: Maybe<Scalars['String']['output']>;
  /** English title of the section. */
  sectionTitleEn?: Maybe<Scalars['String']['output']>;
  start: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Entities ranked by a centrality measure, optionally of some labels only (limit 1–500). */
  centrality: Array<RankedNode>;
  /** Communities of the curated graph, largest first (limit 1–500, default 20). */
  communities: Array<Community>;
  /**
   * Which row entities link to which column entities by the given relationship types (either direction), e.g. platforms
   * × strategic clusters: coverage(rowLabel: "Institution", columnLabel: "Industry", columnKinds: ["strategic-cluster"],
   * relationshipTypes: ["SUPPORTS"]). rowKinds/columnKinds narrow rows or columns to kinds; at most 200 columns.
   */
  coverage: CoverageMatrix;
  /**
   * Entities of a label with no relationship of a type in a direction, e.g. industries no platform supports:
   * gaps(label: "Industry", relationshipType: "SUPPORTS", direction: INCOMING). With viaPartOf a node counts as covered
   * when one of its PART_OF descendants is (a cluster whose sub-industries are supported is not a gap). Limit 1–1000.
   */
  gaps: Array<GraphNode>;
  /** What the plan says about a text: every occurrence, by section, as sentences with the entities they name (limit 1–500). */
  mentions: MentionResult;
  /** The nodes within depth hops of the given nodes (depth 1–3), and the relationships among them. */
  neighborhood: Subgraph;
  /** One node by id. */
  node?: Maybe<GraphNode>;
  /** Observed values of the indicators (or of one), by indicator then year; empty until observations are added. */
  observations: Array<Observation>;
  /** Ranked paths between two nodes: the shortest first, then longer simple paths up to maxHops (1–6). */
  paths: PathResult;
  /** CJK-aware search over names, English names and aliases; exact matches rank first. */
  search: Array<SearchHit>;
  /** A section's title, path and text, with the spans of the entities mentioned there. */
  sourceText?: Maybe<SourceSection>;
  /** Node and relationship counts, per label and per relationship type. */
  stats: GraphStats;
  /** The induced subgraph of the given nodes (at most 5,000 ids). */
  subgraph: Subgraph;
  /** What an entity depends on (UPSTREAM) or what depends on it (DOWNSTREAM), up to maxHops (1–6). */
  trace: Subgraph;
};


export type QueryCentralityArgs = {
  labels?: InputMaybe<Array<Scalars['String']['input']>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  measure: CentralityMeasure;
};


export type QueryCommunitiesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCoverageArgs = {
  columnKinds?: InputMaybe<Array<Scalars['String']['input']>>;
  columnLabel: Scalars['String']['input'];
  relationshipTypes: Array<Scalars['String']['input']>;
  rowKinds?: InputMaybe<Array<Scalars['String']['input']>>;
  rowLabel: Scalars['String']['input'];
  viaPartOf?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryGapsArgs = {
  direction: EdgeDirection;
  label: Scalars['String']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  relationshipType: Scalars['String']['input'];
  viaPartOf?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryMentionsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  ids: Array<Scalars['ID']['input']>;
  labels?: InputMaybe<Array<Scalars['String']['input']>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  relationshipTypes?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryObservationsArgs = {
  indicator?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPathsArgs = {
  from: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  relationshipTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  to: Scalars['ID']['input'];
};


export type QuerySearchArgs = {
  labels?: InputMaybe<Array<Scalars['String']['input']>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


export type QuerySourceTextArgs = {
  sectionId: Scalars['ID']['input'];
};


export type QuerySubgraphArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryTraceArgs = {
  direction?: InputMaybe<TraceDirection>;
  id: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  relationshipTypes?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type RankedNode = {
  __typename?: 'RankedNode';
  node: GraphNode;
  /** 1 for the highest score. */
  rank: Scalars['Int']['output'];
  score: Scalars['Float']['output'];
};

export type SearchHit = {
  __typename?: 'SearchHit';
  /** name, nameEn, alias or id: the field that matched best. */
  matchedField: Scalars['String']['output'];
  /** The value of that field (for aliases, the alias that matched). */
  matchedText: Scalars['String']['output'];
  node: GraphNode;
  score: Scalars['Float']['output'];
};

export type SectionCount = {
  __typename?: 'SectionCount';
  count: Scalars['Int']['output'];
  sectionId: Scalars['ID']['output'];
  sectionTitle: Scalars['String']['output'];
};

export type SectionRef = {
  __typename?: 'SectionRef';
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  titleEn?: Maybe<Scalars['String']['output']>;
};

export type SourceSection = {
  __typename?: 'SourceSection';
  children: Array<SectionRef>;
  end: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** The entities mentioned in this section. */
  nodes: Array<GraphNode>;
  /** From the chapter down to this section. */
  path: Array<SectionRef>;
  spans: Array<SourceSpan>;
  /** Offset of text in the whole source. */
  start: Scalars['Int']['output'];
  /** The section's text as written (including its sub-sections). */
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
  titleEn?: Maybe<Scalars['String']['output']>;
};

/** Where an entity is named or quoted inside a section's text (offsets into the whole source). */
export type SourceSpan = {
  __typename?: 'SourceSpan';
  end: Scalars['Int']['output'];
  nodeId: Scalars['ID']['output'];
  start: Scalars['Int']['output'];
};

export type Subgraph = {
  __typename?: 'Subgraph';
  edges: Array<GraphEdge>;
  nodes: Array<GraphNode>;
  /** True when a limit cut the result short. */
  truncated: Scalars['Boolean']['output'];
};

export type TraceDirection =
  /** What depends on the entity. */
  | 'DOWNSTREAM'
  /** What the entity depends on: platforms, institutes, zones, projects and enterprises that support it. */
  | 'UPSTREAM';



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CentralityMeasure: CentralityMeasure;
  Community: ResolverTypeWrapper<CommunityRow>;
  CountEntry: ResolverTypeWrapper<CountEntry>;
  CoverageCell: ResolverTypeWrapper<Omit<CoverageCell, 'edges'> & { edges: Array<ResolversTypes['GraphEdge']> }>;
  CoverageMatrix: ResolverTypeWrapper<Omit<CoverageMatrix, 'cells' | 'columns' | 'rows'> & { cells: Array<ResolversTypes['CoverageCell']>, columns: Array<ResolversTypes['GraphNode']>, rows: Array<ResolversTypes['GraphNode']> }>;
  EdgeDirection: EdgeDirection;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GraphEdge: ResolverTypeWrapper<EdgeView>;
  GraphNode: ResolverTypeWrapper<NodeView>;
  GraphStats: ResolverTypeWrapper<GraphStats>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Mention: ResolverTypeWrapper<Omit<Mention, 'entities'> & { entities: Array<ResolversTypes['GraphNode']> }>;
  MentionResult: ResolverTypeWrapper<Omit<MentionResult, 'hits'> & { hits: Array<ResolversTypes['Mention']> }>;
  Observation: ResolverTypeWrapper<Observation>;
  Path: ResolverTypeWrapper<Path>;
  PathResult: ResolverTypeWrapper<Omit<PathResult, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['GraphEdge']>, nodes: Array<ResolversTypes['GraphNode']> }>;
  Provenance: ResolverTypeWrapper<Provenance>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RankedNode: ResolverTypeWrapper<Omit<RankedNode, 'node'> & { node: ResolversTypes['GraphNode'] }>;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'node'> & { node: ResolversTypes['GraphNode'] }>;
  SectionCount: ResolverTypeWrapper<SectionCount>;
  SectionRef: ResolverTypeWrapper<SectionRef>;
  SourceSection: ResolverTypeWrapper<Omit<SourceSection, 'nodes'> & { nodes: Array<ResolversTypes['GraphNode']> }>;
  SourceSpan: ResolverTypeWrapper<SourceSpan>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<Omit<Subgraph, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['GraphEdge']>, nodes: Array<ResolversTypes['GraphNode']> }>;
  TraceDirection: TraceDirection;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Boolean: Scalars['Boolean']['output'];
  Community: CommunityRow;
  CountEntry: CountEntry;
  CoverageCell: Omit<CoverageCell, 'edges'> & { edges: Array<ResolversParentTypes['GraphEdge']> };
  CoverageMatrix: Omit<CoverageMatrix, 'cells' | 'columns' | 'rows'> & { cells: Array<ResolversParentTypes['CoverageCell']>, columns: Array<ResolversParentTypes['GraphNode']>, rows: Array<ResolversParentTypes['GraphNode']> };
  Float: Scalars['Float']['output'];
  GraphEdge: EdgeView;
  GraphNode: NodeView;
  GraphStats: GraphStats;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  Mention: Omit<Mention, 'entities'> & { entities: Array<ResolversParentTypes['GraphNode']> };
  MentionResult: Omit<MentionResult, 'hits'> & { hits: Array<ResolversParentTypes['Mention']> };
  Observation: Observation;
  Path: Path;
  PathResult: Omit<PathResult, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['GraphEdge']>, nodes: Array<ResolversParentTypes['GraphNode']> };
  Provenance: Provenance;
  Query: Record<PropertyKey, never>;
  RankedNode: Omit<RankedNode, 'node'> & { node: ResolversParentTypes['GraphNode'] };
  SearchHit: Omit<SearchHit, 'node'> & { node: ResolversParentTypes['GraphNode'] };
  SectionCount: SectionCount;
  SectionRef: SectionRef;
  SourceSection: Omit<SourceSection, 'nodes'> & { nodes: Array<ResolversParentTypes['GraphNode']> };
  SourceSpan: SourceSpan;
  String: Scalars['String']['output'];
  Subgraph: Omit<Subgraph, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['GraphEdge']>, nodes: Array<ResolversParentTypes['GraphNode']> };
};

export type CommunityResolvers<ContextType = ExplorationContext, ParentType extends ResolversParentTypes['Community'] = ResolversParentTypes['Community']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType, RequireFields<CommunityMembersArgs, 'limit'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CountEntryResolvers<ContextType = ExplorationContext, ParentType extends ResolversParentTypes['CountEntry'] = ResolversParentTypes['CountEntry']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CoverageCellResolvers<ContextType = ExplorationContext, ParentType extends ResolversParentTypes['CoverageCell'] = ResolversParentTypes['CoverageCell']> = {
  column?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  row?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CoverageMatrixResolvers<ContextType = ExplorationContext, ParentType extends ResolversParentTypes['CoverageMatrix'] = ResolversParentTypes['CoverageMatrix']> = {
  cells?: Resolver<Array<ResolversTypes['CoverageCell']>, ParentType, ContextType>;
  columns?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = ExplorationContext, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  provenance?: Resolver<Array<ResolversTypes['Provenance']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = ExplorationContext, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  descriptionEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  provenance?: Resolver<Array<ResolversTypes['Provenance']>, ParentType, ContextType>;
  textIssue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  textIssueZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GraphStatsResolvers<ContextType = ExplorationContext, ParentType extends ResolversParentTypes['GraphStats'] = ResolversParentTypes['GraphStats']> = {
  labels?: Resolver<Array<ResolversTypes['CountEntry']>, ParentType, ContextType>;
  nodeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipTypes?: Resolver<Array<ResolversTypes['CountEntry']>, ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MentionResolvers<ContextType = ExplorationContext, ParentType extends ResolversParentTypes['Mention'] = ResolversParentTypes['Mention']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sectionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sectionTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MentionResultResolvers<ContextType = ExplorationContext, ParentType extends ResolversParentTypes['MentionResult'] = ResolversParentTypes['MentionResult']> = {
  hits?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  sections?: Resolver<Array<ResolversTypes['SectionCount']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ObservationResolvers<ContextType = ExplorationContext, ParentType extends ResolversParentTypes['Observation'] = ResolversParentTypes['Observation']> = {
  indicatorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PathResolvers<ContextType = ExplorationContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  edgeIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  explanationEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodeIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PathResultResolvers<ContextType = ExplorationContext, ParentType extends ResolversParentTypes['PathResult'] = ResolversParentTypes['PathResult']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType>;
};

export type ProvenanceResolvers<ContextType = ExplorationContext, ParentType extends ResolversParentTypes['Provenance'] = ResolversParentTypes['Provenance']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sectionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sectionTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sectionTitleEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ExplorationContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  centrality?: Resolver<Array<ResolversTypes['RankedNode']>, ParentType, ContextType, RequireFields<QueryCentralityArgs, 'limit' | 'measure'>>;
  communities?: Resolver<Array<ResolversTypes['Community']>, ParentType, ContextType, Partial<QueryCommunitiesArgs>>;
  coverage?: Resolver<ResolversTypes['CoverageMatrix'], ParentType, ContextType, RequireFields<QueryCoverageArgs, 'columnLabel' | 'relationshipTypes' | 'rowLabel' | 'viaPartOf'>>;
  gaps?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType, RequireFields<QueryGapsArgs, 'direction' | 'label' | 'relationshipType' | 'viaPartOf'>>;
  mentions?: Resolver<ResolversTypes['MentionResult'], ParentType, ContextType, RequireFields<QueryMentionsArgs, 'limit' | 'text'>>;
  neighborhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'ids' | 'limit'>>;
  node?: Resolver<Maybe<ResolversTypes['GraphNode']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  observations?: Resolver<Array<ResolversTypes['Observation']>, ParentType, ContextType, Partial<QueryObservationsArgs>>;
  paths?: Resolver<ResolversTypes['PathResult'], ParentType, ContextType, RequireFields<QueryPathsArgs, 'from' | 'limit' | 'maxHops' | 'to'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'limit' | 'text'>>;
  sourceText?: Resolver<Maybe<ResolversTypes['SourceSection']>, ParentType, ContextType, RequireFields<QuerySourceTextArgs, 'sectionId'>>;
  stats?: Resolver<ResolversTypes['GraphStats'], ParentType, ContextType>;
  subgraph?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QuerySubgraphArgs, 'ids'>>;
  trace?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryTraceArgs, 'direction' | 'id' | 'maxHops'>>;
};

export type RankedNodeResolvers<ContextType = ExplorationContext, ParentType extends ResolversParentTypes['RankedNode'] = ResolversParentTypes['RankedNode']> = {
  node?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = ExplorationContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  matchedField?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  matchedText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SectionCountResolvers<ContextType = ExplorationContext, ParentType extends ResolversParentTypes['SectionCount'] = ResolversParentTypes['SectionCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sectionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sectionTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SectionRefResolvers<ContextType = ExplorationContext, ParentType extends ResolversParentTypes['SectionRef'] = ResolversParentTypes['SectionRef']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SourceSectionResolvers<ContextType = ExplorationContext, ParentType extends ResolversParentTypes['SourceSection'] = ResolversParentTypes['SourceSection']> = {
  children?: Resolver<Array<ResolversTypes['SectionRef']>, ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  path?: Resolver<Array<ResolversTypes['SectionRef']>, ParentType, ContextType>;
  spans?: Resolver<Array<ResolversTypes['SourceSpan']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SourceSpanResolvers<ContextType = ExplorationContext, ParentType extends ResolversParentTypes['SourceSpan'] = ResolversParentTypes['SourceSpan']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = ExplorationContext, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ExplorationContext> = {
  Community?: CommunityResolvers<ContextType>;
  CountEntry?: CountEntryResolvers<ContextType>;
  CoverageCell?: CoverageCellResolvers<ContextType>;
  CoverageMatrix?: CoverageMatrixResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  GraphStats?: GraphStatsResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mention?: MentionResolvers<ContextType>;
  MentionResult?: MentionResultResolvers<ContextType>;
  Observation?: ObservationResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  PathResult?: PathResultResolvers<ContextType>;
  Provenance?: ProvenanceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RankedNode?: RankedNodeResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SectionCount?: SectionCountResolvers<ContextType>;
  SectionRef?: SectionRefResolvers<ContextType>;
  SourceSection?: SourceSectionResolvers<ContextType>;
  SourceSpan?: SourceSpanResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
};


/** The shapes the exploration API returns are shared with the server; the arguments are the client's own. */
export type {
  CountEntry,
  GraphEdge,
  GraphNode,
  GraphStats,
  PathInfo,
  PathResult,
  Provenance,
  SearchHit,
  SectionRef,
  SourceSection,
  SourceSpan,
  Subgraph,
} from '@plangraph/shared';

export type NeighborhoodArgs = {
  ids: string[];
  depth?: number;
  relationshipTypes?: string[];
  labels?: string[];
  limit?: number;
};

export type TraceDirection = 'UPSTREAM' | 'DOWNSTREAM';

export type OutlineSection = {
  id: string;
  name: string;
  nameEn: string | null;
  parentId: string | null;
  order: number | null;
  kind: string | null;
  number: string | null;
  depth: number | null;
};

export type IndicatorRow = {
  id: string;
  name: string;
  nameEn: string | null;
  unit: string | null;
  value2020: number | null;
  target2025: number | null;
  tableRow: number;
  group: string | null;
  attribute: string | null;
};

/** The shapes the exploration API returns: resolved by server/src/schema/exploration.ts, read by the client. */

export type Provenance = {
  sectionId: string;
  sectionTitle: string | null;
  sectionTitleEn: string | null;
  quote: string;
  start: number;
  end: number;
};

export type GraphNode = {
  id: string;
  labels: string[];
  name: string;
  nameEn: string | null;
  kind: string | null;
  aliases: string[];
  description: string | null;
  descriptionEn: string | null;
  textIssue: string | null;
  properties: Record<string, unknown>;
  provenance: Provenance[];
};

export type GraphEdge = {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
  provenance: Provenance[];
};

export type Subgraph = { nodes: GraphNode[]; edges: GraphEdge[]; truncated: boolean };

export type SearchHit = { node: GraphNode; score: number; matchedField: string; matchedText: string };

export type PathInfo = {
  nodeIds: string[];
  edgeIds: string[];
  length: number;
  rank: number;
  explanation: string;
  explanationEn: string;
};

export type PathResult = { paths: PathInfo[]; nodes: GraphNode[]; edges: GraphEdge[] };

export type CountEntry = { key: string; count: number };

export type GraphStats = {
  nodeCount: number;
  relationshipCount: number;
  labels: CountEntry[];
  relationshipTypes: CountEntry[];
};

export type SectionRef = { id: string; title: string; titleEn: string | null };

export type SourceSpan = { nodeId: string; start: number; end: number };

export type SourceSection = {
  id: string;
  title: string;
  titleEn: string | null;
  path: SectionRef[];
  children: SectionRef[];
  text: string;
  start: number;
  end: number;
  spans: SourceSpan[];
  /** The entities the section mentions. */
  nodes: GraphNode[];
};

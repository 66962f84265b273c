/** The explorer's internal graph: nodes and edges by id (insertion order is kept, which keeps layouts stable). */
import type { GraphEdge, GraphNode } from '../api/types.ts';

export type GraphData = {
  nodes: ReadonlyMap<string, GraphNode>;
  edges: ReadonlyMap<string, GraphEdge>;
};

export type Language = 'zh' | 'en';

export const EMPTY_GRAPH: GraphData = { nodes: new Map(), edges: new Map() };

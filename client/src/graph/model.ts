/** The explorer's internal graph: nodes and edges by id (insertion order is kept, which keeps layouts stable). */
import type { GraphEdge, GraphNode } from '../api/types.ts';

export type GraphData = {
  nodes: ReadonlyMap<string, GraphNode>;
  edges: ReadonlyMap<string, GraphEdge>;
};

export type Language = 'zh' | 'en';

export const EMPTY_GRAPH: GraphData = { nodes: new Map(), edges: new Map() };

/** A node with only an id, a label and names: for generated and test graphs. */
export function blankNode(id: string, label: string, name: string, nameEn: string | null = null): GraphNode {
  return {
    id,
    labels: [label],
    name,
    nameEn,
    kind: null,
    aliases: [],
    description: null,
    descriptionEn: null,
    textIssue: null,
    textIssueZh: null,
    properties: {},
    provenance: [],
  };
}

/** An edge with the API's stable id (TYPE:source:target) and no provenance: for generated and test graphs. */
export function blankEdge(type: string, source: string, target: string): GraphEdge {
  return { id: `${type}:${source}:${target}`, type, source, target, properties: {}, provenance: [] };
}

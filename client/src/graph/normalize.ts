import { isNodeLabel, type NodeLabel } from '@plangraph/shared';
import type { GraphEdge, GraphNode } from '../api/types.ts';
import type { GraphData } from './model.ts';

type SubgraphLike = { nodes: readonly GraphNode[]; edges: readonly GraphEdge[] };

/** API subgraph → maps by id. Edges whose ends are missing are dropped: Cytoscape refuses dangling edges. */
export function normalize(sub: SubgraphLike): GraphData {
  return merge({ nodes: new Map(), edges: new Map() }, sub);
}

/** Adds a subgraph to a graph without mutating either; later copies of a node replace earlier ones. */
export function merge(graph: GraphData, sub: SubgraphLike): GraphData {
  const nodes = new Map(graph.nodes);
  for (const n of sub.nodes) nodes.set(n.id, n);
  const edges = new Map(graph.edges);
  for (const e of sub.edges) if (nodes.has(e.source) && nodes.has(e.target)) edges.set(e.id, e);
  return { nodes, edges };
}

/** Removes nodes (and the edges touching them). */
export function removeNodes(graph: GraphData, ids: Iterable<string>): GraphData {
  const drop = new Set(ids);
  const nodes = new Map([...graph.nodes].filter(([id]) => !drop.has(id)));
  const edges = new Map([...graph.edges].filter(([, e]) => !drop.has(e.source) && !drop.has(e.target)));
  return { nodes, edges };
}

/** The label a node is drawn as: the first known label (nodes carry exactly one in practice). */
export function primaryLabel(node: Pick<GraphNode, 'labels'>): NodeLabel {
  return node.labels.find(isNodeLabel) ?? 'Section';
}

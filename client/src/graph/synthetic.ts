/** A deterministic synthetic graph for the large-view test hook: real labels, a tree plus some cross links. */
import { ENTITY_LABELS } from '@plangraph/shared';
import type { GraphEdge, GraphNode, Subgraph } from '../api/types.ts';
import { blankEdge, blankNode } from './model.ts';

export function syntheticGraph(count: number): Subgraph {
  const labels = ENTITY_LABELS;
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const edge = (type: string, source: string, target: string) => edges.push(blankEdge(type, source, target));
  for (let i = 0; i < count; i++) {
    const id = `syn-${i}`;
    nodes.push(blankNode(id, labels[i % labels.length]!, `合成节点${i}`, `Synthetic ${i}`));
    // A tree keeps it connected; every seventh node adds a cross link, as real graphs have.
    if (i > 0) edge('PART_OF', id, `syn-${Math.floor((i - 1) / 4)}`);
    if (i > 10 && i % 7 === 0) edge('SUPPORTS', id, `syn-${(i * 37) % (i - 1)}`);
  }
  return { nodes, edges, truncated: false };
}

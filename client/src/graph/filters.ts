import { primaryLabel } from './normalize.ts';
import type { GraphData } from './model.ts';

/** Hides nodes of the given labels, and every edge that touches a hidden node. */
export function applyFilters(
  graph: GraphData,
  filters: { hiddenLabels: ReadonlySet<string> | readonly string[] },
): GraphData {
  const hidden = new Set(filters.hiddenLabels);
  if (hidden.size === 0) return graph;
  const nodes = new Map([...graph.nodes].filter(([, n]) => !hidden.has(primaryLabel(n))));
  const edges = new Map([...graph.edges].filter(([, e]) => nodes.has(e.source) && nodes.has(e.target)));
  return { nodes, edges };
}

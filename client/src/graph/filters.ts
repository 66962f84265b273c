import { primaryLabel } from './normalize.ts';
import type { GraphData } from './model.ts';

/** Hides nodes of the given labels and the hidden nodes, and every edge that touches a hidden node. */
export function applyFilters(
  graph: GraphData,
  filters: { hiddenLabels: ReadonlySet<string> | readonly string[]; hiddenIds?: readonly string[] },
): GraphData {
  const hidden = new Set(filters.hiddenLabels);
  const hiddenIds = new Set(filters.hiddenIds ?? []);
  if (hidden.size === 0 && hiddenIds.size === 0) return graph;
  const nodes = new Map([...graph.nodes].filter(([id, n]) => !hidden.has(primaryLabel(n)) && !hiddenIds.has(id)));
  const edges = new Map([...graph.edges].filter(([, e]) => nodes.has(e.source) && nodes.has(e.target)));
  return { nodes, edges };
}

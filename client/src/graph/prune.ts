/** Pure pruning rules for the context menu: collapse and "only this and its neighbours". */
import type { GraphData } from './model.ts';

/** Node id → ids of the nodes on the canvas it shares an edge with. */
export function adjacency(graph: GraphData): Map<string, Set<string>> {
  const adj = new Map<string, Set<string>>();
  for (const id of graph.nodes.keys()) adj.set(id, new Set());
  for (const e of graph.edges.values()) {
    adj.get(e.source)?.add(e.target);
    adj.get(e.target)?.add(e.source);
  }
  return adj;
}

/**
 * What collapsing `id` removes: the nodes its expansions added that hang only off it. Candidates linked to each
 * other still go (an expansion brings the edges among the newcomers too), but any link to a node outside the
 * set keeps a candidate, and keeping it can keep others: iterate to a fixed point. Pinned nodes always stay.
 */
export function collapsible(
  graph: GraphData,
  id: string,
  addedBy: readonly string[],
  pinned: readonly string[] = [],
): string[] {
  const adj = adjacency(graph);
  const keep = new Set(pinned);
  const set = new Set(addedBy.filter((n) => n !== id && graph.nodes.has(n) && !keep.has(n)));
  let changed = true;
  while (changed) {
    changed = false;
    for (const n of set) {
      for (const m of adj.get(n) ?? []) {
        if (m !== id && !set.has(m)) {
          set.delete(n);
          changed = true;
          break;
        }
      }
    }
  }
  return [...set];
}

/** Everything except the node and its neighbours on the canvas. */
export function outsideNeighbourhood(graph: GraphData, id: string): string[] {
  const keep = adjacency(graph).get(id) ?? new Set<string>();
  return [...graph.nodes.keys()].filter((n) => n !== id && !keep.has(n));
}

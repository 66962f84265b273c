/** Element diffing: what to remove, update and add to bring the canvas to a new element list. Pure. */
import type { ElementDefinition } from 'cytoscape';
import type { CanvasElement } from '../graph/index.ts';
import { TRANSIENT_CLASSES } from './classes.ts';

export type Positions = Record<string, { x: number; y: number }>;

export type ElementDiff = {
  /** Ids on the canvas that the new list no longer has. */
  removedNodes: string[];
  removedEdges: string[];
  /** Elements already on the canvas, in order (nodes first): their data and classes are replaced. */
  updates: CanvasElement[];
  /** New elements, nodes before edges (an edge needs its ends), with their known positions. */
  adds: ElementDefinition[];
  /** New nodes with no known position: the layout places them. */
  added: string[];
};

export function diffElements(
  current: { nodes: readonly string[]; edges: readonly string[] },
  elements: readonly CanvasElement[],
  positions?: Positions,
): ElementDiff {
  const want = new Set(elements.map((e) => String(e.data.id)));
  const present = new Set([...current.nodes, ...current.edges]);
  const ordered = [...elements].sort((a, b) => (a.group === b.group ? 0 : a.group === 'nodes' ? -1 : 1));
  const updates: CanvasElement[] = [];
  const adds: ElementDefinition[] = [];
  const added: string[] = [];
  for (const def of ordered) {
    const id = String(def.data.id);
    if (present.has(id)) {
      updates.push(def);
      continue;
    }
    const pos = def.group === 'nodes' ? positions?.[id] : undefined;
    adds.push(pos ? { ...def, position: pos } : def);
    if (def.group === 'nodes' && !pos) added.push(id);
  }
  return {
    removedNodes: current.nodes.filter((id) => !want.has(id)),
    removedEdges: current.edges.filter((id) => !want.has(id)),
    updates,
    adds,
    added,
  };
}

/** An updated element's classes: the data-derived ones replaced, the interaction ones it has kept. */
export function mergedClasses(dataClasses: string | undefined, has: (c: string) => boolean): string[] {
  return [
    ...String(dataClasses ?? '')
      .split(' ')
      .filter(Boolean),
    ...TRANSIENT_CLASSES.filter(has),
  ];
}

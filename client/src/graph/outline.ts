/** The plan's outline as a tree, from the flat `sections` list (parentId links). Siblings keep the list's order,
 * which the API gives in document order (sorted by offset). */
import type { OutlineSection } from '../api/types.ts';

export type OutlineNode = OutlineSection & { children: OutlineNode[] };

export function buildOutline(sections: readonly OutlineSection[]): OutlineNode[] {
  const byId = new Map<string, OutlineNode>();
  for (const s of sections) byId.set(s.id, { ...s, children: [] });
  const roots: OutlineNode[] = [];
  for (const s of sections) {
    const node = byId.get(s.id)!;
    const parent = s.parentId ? byId.get(s.parentId) : undefined;
    // A parent missing from the list (or a cycle's first member) becomes a root rather than vanishing.
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** How each node is drawn (diameter and fill), for the test hook `nodeStyles()`: the style options are checked on it. */
import type { Core } from 'cytoscape';

export type DrawnNodeStyle = { width: number; height: number; fill: string };

export function drawnNodeStyles(cy: Core): Record<string, DrawnNodeStyle> {
  const out: Record<string, DrawnNodeStyle> = {};
  cy.nodes().forEach((node) => {
    out[node.id()] = {
      width: node.numericStyle('width') as number,
      height: node.numericStyle('height') as number,
      fill: String(node.style('background-color')),
    };
  });
  return out;
}

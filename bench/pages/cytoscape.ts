/**
 * Bare Cytoscape: the explorer's drawn view recreated from its own `cy.json()` (elements at their positions, the
 * stylesheet, the renderer and viewport options), with nothing of the explorer around it.
 */
import cytoscape, { type Core, type CytoscapeOptions } from 'cytoscape';
import { timedDraw, type BarePage } from './draw.ts';
import type { SigmaScene } from './sigma.ts';

declare global {
  interface Window {
    bareCytoscape?: BarePage<CytoscapeOptions> & {
      /** The drawn nodes with their computed size and colour, for sigma.js to draw the same picture. */
      sigmaScene(options: Pick<SigmaScene, 'labels' | 'hideEdgesOnMove'>): SigmaScene;
    };
  }
}

let cy: Core | null = null;

window.bareCytoscape = {
  draw: (json, size) =>
    timedDraw(size, (container) => {
      cy = cytoscape({ ...json, container, layout: { name: 'preset' } });
    }),
  sigmaScene(options) {
    if (!cy) throw new Error('draw first');
    return {
      ...options,
      nodes: cy.nodes().map((n) => ({
        id: n.id(),
        x: n.position('x'),
        y: n.position('y'),
        size: n.width() / 2,
        color: String(n.style('background-color')),
        label: String(n.data('label') ?? ''),
      })),
      edges: cy.edges().map((e) => ({ source: e.source().id(), target: e.target().id() })),
    };
  },
};

/** Bare sigma.js + graphology: the same nodes at the same positions, sized and coloured as the explorer draws them. */
import Graph from 'graphology';
import Sigma from 'sigma';
import { timedDraw, type BarePage } from './draw.ts';

export type SigmaScene = {
  nodes: { id: string; x: number; y: number; size: number; color: string; label: string }[];
  edges: { source: string; target: string }[];
  /** Draw every label (the explorer's normal view) or none (its large view, labels on hover only). */
  labels: boolean;
  /** Hide edges while panning and zooming, as the explorer's large view does. */
  hideEdgesOnMove: boolean;
};

declare global {
  interface Window {
    bareSigma?: BarePage<SigmaScene>;
  }
}

window.bareSigma = {
  draw: (scene, size) =>
    timedDraw(size, (container) => {
      const graph = new Graph({ multi: true });
      // Cytoscape's y axis points down, sigma's up.
      for (const n of scene.nodes)
        graph.addNode(n.id, { x: n.x, y: -n.y, size: n.size, color: n.color, label: n.label });
      // The explorer's edges: 1.4 px, light grey, with an arrow head.
      for (const e of scene.edges) graph.addEdge(e.source, e.target, { size: 1.4, color: '#c3cad4' });
      new Sigma(graph, container, {
        defaultEdgeType: 'arrow',
        renderLabels: scene.labels,
        labelRenderedSizeThreshold: 0,
        labelDensity: 1_000,
        hideEdgesOnMove: scene.hideEdgesOnMove,
      });
    }),
};

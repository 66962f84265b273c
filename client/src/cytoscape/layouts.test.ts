import cytoscape, { type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '@plangraph/shared';
import { FORCE_PASS_MAX_NODES, layoutOptions, withSeededRandom } from './layouts.ts';

cytoscape.use(fcose);

const NODE_DIAMETER = 30;

/** A connected graph of `nodes` nodes and about `edges` edges: a random tree plus links that favour early hubs. */
function hubbyGraph(nodes: number, edges: number): ElementDefinition[] {
  const random = seededRandom(7);
  const els: ElementDefinition[] = [];
  for (let i = 0; i < nodes; i++) {
    els.push({ data: { id: `n${i}` } });
    if (i > 0) els.push({ data: { id: `t${i}`, source: `n${i}`, target: `n${Math.floor(random() * i)}` } });
  }
  for (let k = 0; els.length < nodes + edges; k++) {
    const a = Math.floor(random() * nodes);
    const b = Math.floor(random() ** 3 * nodes);
    if (a !== b) els.push({ data: { id: `x${k}`, source: `n${a}`, target: `n${b}` } });
  }
  return els;
}

/** The median distance from a node's centre to its nearest neighbour's. */
function medianNearestNeighbour(points: { x: number; y: number }[]): number {
  const nearest = points
    .map((p, i) => Math.min(...points.map((q, j) => (i === j ? Infinity : Math.hypot(p.x - q.x, p.y - q.y)))))
    .sort((a, b) => a - b);
  return nearest[nearest.length >> 1]!;
}

describe('force layout of a large view', () => {
  it('spreads 522 nodes and 1,000 edges apart: the median nearest neighbour is more than a node diameter away', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: hubbyGraph(522, 1000),
      style: [{ selector: 'node', style: { width: NODE_DIAMETER, height: NODE_DIAMETER } }],
    });
    expect(cy.nodes().length).toBeLessThanOrEqual(FORCE_PASS_MAX_NODES);
    const options = layoutOptions('fcose', { randomize: true, animate: false, large: true, nodes: 522 });
    withSeededRandom(20211231, () => cy.layout(options).run());
    const points = cy.nodes().map((n) => ({ ...n.position() }));
    expect(medianNearestNeighbour(points)).toBeGreaterThan(NODE_DIAMETER);
    cy.destroy();
  }, 180_000);
});

import { describe, expect, it } from 'vitest';
import {
  COMMUNITY_PALETTE,
  communityColour,
  communityLegend,
  formatMeasure,
  NO_COMMUNITY_COLOUR,
  NODE_SIZE,
  nodeSize,
  OTHER_COMMUNITY_COLOUR,
  sizeScale,
  storedMeasure,
} from './canvasStyle.ts';
import { toElements } from './elements.ts';
import { blankNode, blankEdge } from './model.ts';
import { normalize } from './normalize.ts';

const withProps = (id: string, properties: Record<string, unknown>) => ({
  ...blankNode(id, 'Institution', id),
  properties,
});

describe('size by a stored measure', () => {
  const nodes = [
    withProps('a', { pagerank: 0.01, degree: 2 }),
    withProps('b', { pagerank: 0.05, degree: 9 }),
    withProps('c', { pagerank: 0.03 }),
    withProps('sec', {}),
  ];

  it('spans the measure over the nodes that have it', () => {
    expect(sizeScale(nodes, 'pagerank')).toEqual({ measure: 'pagerank', min: 0.01, max: 0.05 });
    expect(sizeScale(nodes, 'betweenness')).toBeNull();
    expect(storedMeasure(withProps('x', { degree: 'many' }), 'degree')).toBeNull();
  });

  it('maps the smallest value to the smallest size and the largest to the largest, linearly between', () => {
    const scale = sizeScale(nodes, 'pagerank');
    expect(nodeSize(0.01, scale)).toBe(NODE_SIZE.min);
    expect(nodeSize(0.05, scale)).toBe(NODE_SIZE.max);
    expect(nodeSize(0.03, scale)).toBe((NODE_SIZE.min + NODE_SIZE.max) / 2);
    expect(nodeSize(null, scale)).toBe(NODE_SIZE.min);
    expect(nodeSize(4, { measure: 'degree', min: 4, max: 4 })).toBe((NODE_SIZE.min + NODE_SIZE.max) / 2);
  });

  it('puts the size on the canvas elements, and leaves link-count sizing alone by default', () => {
    const graph = normalize({ nodes, edges: [blankEdge('SUPPORTS', 'a', 'b')] });
    const sized = toElements(graph, { language: 'zh', style: { sizeBy: 'pagerank', colourBy: 'label' } });
    const size = (id: string) => sized.find((e) => e.data.id === id && e.group === 'nodes')!;
    expect(size('b').data).toMatchObject({ size: NODE_SIZE.max });
    expect(size('a').data).toMatchObject({ size: NODE_SIZE.min });
    expect(size('b').classes.split(' ')).toContain('sized');
    const plain = toElements(graph, { language: 'zh' }).find((e) => e.data.id === 'b')!;
    expect(plain.classes.split(' ')).not.toContain('sized');
    expect(plain.data).not.toHaveProperty('size');
  });

  it('writes legend values with three significant digits', () => {
    expect(formatMeasure(12)).toBe('12');
    expect(formatMeasure(0.0123456)).toBe('0.0123');
  });
});

describe('colour by community', () => {
  it('gives the largest communities their own colour and the rest one grey', () => {
    expect(communityColour(0)).toBe(COMMUNITY_PALETTE[0]);
    expect(new Set(COMMUNITY_PALETTE.map((_, i) => communityColour(i))).size).toBe(COMMUNITY_PALETTE.length);
    expect(communityColour(COMMUNITY_PALETTE.length)).toBe(OTHER_COMMUNITY_COLOUR);
    expect(communityColour(null)).toBe(NO_COMMUNITY_COLOUR);
  });

  it('lists the communities on the canvas with their counts, largest community first, the rest together', () => {
    const far = COMMUNITY_PALETTE.length + 3;
    const rows = communityLegend([
      withProps('a', { community: 2 }),
      withProps('b', { community: 0 }),
      withProps('c', { community: 2 }),
      withProps('d', { community: far }),
      withProps('sec', {}),
    ]);
    expect(rows).toEqual([
      { community: 0, colour: COMMUNITY_PALETTE[0], count: 1 },
      { community: 2, colour: COMMUNITY_PALETTE[2], count: 2 },
      { community: 'other', colour: OTHER_COMMUNITY_COLOUR, count: 1 },
    ]);
  });

  it('colours canvas elements by their community', () => {
    const graph = normalize({ nodes: [withProps('a', { community: 1 })], edges: [] });
    const [a] = toElements(graph, { language: 'en', style: { sizeBy: 'links', colourBy: 'community' } });
    expect(a!.data).toMatchObject({ communityColour: COMMUNITY_PALETTE[1] });
    expect(a!.classes.split(' ')).toContain('by-community');
  });
});

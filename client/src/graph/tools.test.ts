import { describe, expect, it } from 'vitest';
import { buildOutline, collapsible, indicatorBars, normalize, outsideNeighbourhood, syntheticGraph } from './index.ts';
import { edge, node } from '../test/fixtures.ts';
import type { IndicatorRow, OutlineSection } from '../api/types.ts';

// hub — a, b (a–b linked), c (also linked to x, which hub did not bring), x; y alone.
const G = normalize({
  nodes: ['hub', 'a', 'b', 'c', 'x', 'y'].map((id) => node(id, 'Zone', id)),
  edges: [
    edge('PART_OF', 'a', 'hub'),
    edge('PART_OF', 'b', 'hub'),
    edge('SUPPORTS', 'a', 'b'),
    edge('PART_OF', 'c', 'hub'),
    edge('SUPPORTS', 'c', 'x'),
    edge('PART_OF', 'x', 'hub'),
  ],
});

describe('collapse and neighbourhood pruning', () => {
  it('removes what the expansion added and hangs only off the node', () => {
    expect(collapsible(G, 'hub', ['a', 'b', 'c']).sort()).toEqual(['a', 'b']);
    // x was not added by hub, so c (linked to x) stays.
    expect(collapsible(G, 'hub', ['a', 'b', 'c', 'x']).sort()).toEqual(['a', 'b', 'c', 'x']);
  });
  it('keeps pinned nodes, and anything linked to them', () => {
    expect(collapsible(G, 'hub', ['a', 'b'], ['b'])).toEqual([]);
  });
  it('ignores ids no longer on the canvas', () => {
    expect(collapsible(G, 'hub', ['gone', 'a', 'b']).sort()).toEqual(['a', 'b']);
  });
  it('"only this and its neighbours" removes everything else', () => {
    expect(outsideNeighbourhood(G, 'c').sort()).toEqual(['a', 'b', 'y']);
    expect(outsideNeighbourhood(G, 'y').sort()).toEqual(['a', 'b', 'c', 'hub', 'x']);
  });
});

describe('outline tree', () => {
  const s = (id: string, parentId: string | null, order: number): OutlineSection => ({
    id,
    name: id,
    nameEn: null,
    parentId,
    order,
    kind: null,
    number: null,
    depth: null,
  });
  it('nests by parentId, keeps the list order, and keeps orphans as roots', () => {
    const tree = buildOutline([
      s('sec-1', null, 1),
      s('sec-1-1', 'sec-1', 1),
      s('sec-1-2', 'sec-1', 2),
      s('sec-9-1', 'sec-9', 1),
    ]);
    expect(tree.map((n) => n.id)).toEqual(['sec-1', 'sec-9-1']);
    expect(tree[0]!.children.map((n) => n.id)).toEqual(['sec-1-1', 'sec-1-2']);
  });
});

describe('indicator bars', () => {
  const row = (tableRow: number, value2020: number | null, target2025: number | null): IndicatorRow => ({
    id: `ind-${tableRow}`,
    name: `指标${tableRow}`,
    nameEn: null,
    unit: '家',
    value2020,
    target2025,
    tableRow,
    group: null,
    attribute: null,
  });
  it('sorts by table row, scales each row to its maximum and computes the gap', () => {
    const bars = indicatorBars([row(10, 2109, 2600), row(2, 0.3, 0.1), row(3, null, 5)]);
    expect(bars.map((b) => b.row.tableRow)).toEqual([2, 3, 10]);
    expect(bars[2]).toMatchObject({ target: 1, gap: 491, growth: 23.28 });
    expect(bars[2]!.value).toBeCloseTo(2109 / 2600);
    expect(bars[0]).toMatchObject({ value: 1, gap: -0.2 });
    expect(bars[1]).toMatchObject({ value: 0, target: 1, gap: null, growth: null });
  });
});

describe('synthetic graph', () => {
  it('is deterministic, connected by a tree, and has no dangling edges', () => {
    const a = syntheticGraph(2000);
    expect(a).toEqual(syntheticGraph(2000));
    expect(a.nodes).toHaveLength(2000);
    const g = normalize(a);
    expect(g.edges.size).toBe(a.edges.length);
    expect(a.edges.length).toBeGreaterThanOrEqual(1999);
  });
});

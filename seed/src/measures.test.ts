import { describe, expect, it } from 'vitest';
import { computeMeasures, stableCommunityIds, type MeasureInputRel } from './measures.ts';

const node = (id: string, label = 'Institution') => ({ id, label });

describe('computeMeasures', () => {
  // Two triangles (a,b,c) and (x,y,z) joined by the bridge c → x; s is a section every node is mentioned in.
  const nodes = ['a', 'b', 'c', 'x', 'y', 'z'].map((id) => node(id)).concat(node('s', 'Section'));
  const rels: MeasureInputRel[] = [
    { type: 'SUPPORTS', from: 'a', to: 'b' },
    { type: 'SUPPORTS', from: 'b', to: 'c' },
    { type: 'SUPPORTS', from: 'c', to: 'a' },
    { type: 'COOPERATES_WITH', from: 'x', to: 'y' },
    { type: 'COOPERATES_WITH', from: 'y', to: 'z' },
    { type: 'COOPERATES_WITH', from: 'z', to: 'x' },
    { type: 'LOCATED_IN', from: 'c', to: 'x' },
    ...['a', 'b', 'c', 'x', 'y', 'z'].map((id) => ({ type: 'MENTIONED_IN' as const, from: id, to: 's' })),
    { type: 'PART_OF', from: 'a', to: 's' },
  ];
  const result = computeMeasures(nodes, rels);
  const m = (id: string) => result.byNode.get(id)!;

  it('counts degrees over curated links only, in total, by direction and by family', () => {
    expect(result.byNode.has('s')).toBe(false);
    expect(m('a')).toMatchObject({ degree: 2, inDegree: 1, outDegree: 1, degreeSupport: 2, degreeStructure: 0 });
    expect(m('c')).toMatchObject({ degree: 3, inDegree: 1, outDegree: 2, degreeSupport: 2, degreePlace: 1 });
    expect(m('x')).toMatchObject({ degree: 3, inDegree: 2, outDegree: 1, degreeCooperation: 2, degreePlace: 1 });
  });

  it('ranks the bridge ends highest by betweenness and PageRank sums to one', () => {
    const ids = [...result.byNode.keys()];
    const top = [...ids].sort((p, q) => m(q).betweenness! - m(p).betweenness!).slice(0, 2);
    expect(top.sort()).toEqual(['c', 'x']);
    const sum = ids.reduce((s, id) => s + m(id).pagerank, 0);
    expect(sum).toBeCloseTo(1, 6);
    expect(result.betweenness).toBe('exact');
  });

  it('finds the two triangles as communities, numbered by size then first id', () => {
    expect(result.communityCount).toBe(2);
    expect(new Set(['a', 'b', 'c'].map((id) => m(id).community))).toEqual(new Set([0]));
    expect(new Set(['x', 'y', 'z'].map((id) => m(id).community))).toEqual(new Set([1]));
  });

  it('gives the same communities on every run', () => {
    const again = computeMeasures(nodes, rels);
    for (const [id, measures] of result.byNode) expect(again.byNode.get(id)!.community).toBe(measures.community);
  });

  it('skips betweenness above the size limit instead of taking minutes', () => {
    const big = computeMeasures(nodes, rels, { exactBetweennessMaxNodes: 3 });
    expect(big.betweenness).toBe('skipped');
    expect(big.byNode.get('a')!.betweenness).toBeUndefined();
    expect(big.byNode.get('a')!.degree).toBe(2);
  });
});

describe('stableCommunityIds', () => {
  it('numbers the largest community 0 and breaks ties by the smallest member id', () => {
    expect(stableCommunityIds({ q: 5, p: 5, z: 9, a: 2, b: 2, c: 2 })).toEqual({ a: 0, b: 0, c: 0, p: 1, q: 1, z: 2 });
  });
});

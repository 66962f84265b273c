import { describe, expect, it } from 'vitest';
import type { CanvasElement } from '../graph/index.ts';
import { diffElements, mergedClasses } from './diff.ts';

const n = (id: string, classes = ''): CanvasElement => ({
  group: 'nodes',
  data: { id, label: id, type: 'Zone', name: id, degree: 0 },
  classes,
});
const e = (id: string, source: string, target: string): CanvasElement => ({
  group: 'edges',
  data: { id, source, target, type: 'LOCATED_IN', label: '' },
  classes: '',
});

describe('diffElements', () => {
  it('removes what is gone, updates what stays and adds the rest, nodes before edges', () => {
    const diff = diffElements({ nodes: ['a', 'b'], edges: ['a-b'] }, [e('a-c', 'a', 'c'), n('a'), n('c')]);
    expect(diff.removedNodes).toEqual(['b']);
    expect(diff.removedEdges).toEqual(['a-b']);
    expect(diff.updates.map((d) => d.data.id)).toEqual(['a']);
    expect(diff.adds.map((d) => d.data.id)).toEqual(['c', 'a-c']);
    expect(diff.added).toEqual(['c']);
  });

  it('gives new nodes their known positions, and reports only the unplaced ones as added', () => {
    const diff = diffElements({ nodes: [], edges: [] }, [n('a'), n('b')], { a: { x: 1, y: 2 } });
    expect(diff.adds[0]).toMatchObject({ data: { id: 'a' }, position: { x: 1, y: 2 } });
    expect(diff.adds[1]).not.toHaveProperty('position');
    expect(diff.added).toEqual(['b']);
  });
});

describe('mergedClasses', () => {
  it('replaces the data classes and keeps the interaction ones the element has', () => {
    const has = (c: string) => ['label-Zone', 'faded', 'pinned'].includes(c);
    expect(mergedClasses('label-Person wide', has)).toEqual(['label-Person', 'wide', 'faded', 'pinned']);
    expect(mergedClasses(undefined, () => false)).toEqual([]);
  });
});

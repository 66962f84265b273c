import { describe, expect, it } from 'vitest';
import { normalize } from '../graph/index.ts';
import { edge, FACILITY, ISLAND, LAB, SUB, ZHONG } from '../test/fixtures.ts';
import { cleared, withGraph, withHidden, withoutNodes, withPinToggled, withSubgraph } from './graph.ts';
import { HISTORY_LIMIT, recorded, redone, restore, snapshot, undone } from './history.ts';
import { initialState, type State } from './index.ts';
import { sameSelection } from './selection.ts';
import { withPathEnd } from './ui.ts';
import { toggledLabel, withLayout } from './view.ts';

/** A state with SUB on the canvas, as the slices' reducers see it. */
const withSub = (over: Partial<State> = {}): State => ({ ...initialState, graph: normalize(SUB), ...over });

describe('graph slice', () => {
  it('withGraph records an undo step only when the canvas had something on it', () => {
    expect(withGraph(initialState, normalize(SUB)).past).toBeUndefined();
    const next = withGraph(withSub(), normalize({ nodes: [LAB], edges: [] }));
    expect(next.past).toHaveLength(1);
    expect(next.layoutRequest).toEqual({ seq: 1, added: ['guangzhou-laboratory'], around: null });
  });

  it('withGraph keeps only the pins that are still on the canvas', () => {
    const next = withGraph(
      withSub({ pinned: ['bio-island', 'zhong-nanshan'] }),
      normalize({ nodes: [ISLAND], edges: [] }),
    );
    expect(next.pinned).toEqual(['bio-island']);
  });

  it('withSubgraph is null when nothing is new, and credits newcomers to the expanded node', () => {
    expect(withSubgraph(withSub(), { nodes: [LAB], edges: [], truncated: false })).toBeNull();
    const s = { ...initialState, graph: normalize({ nodes: [LAB], edges: [] }) };
    const next = withSubgraph(
      s,
      { nodes: [ZHONG], edges: [edge('LEADS', 'zhong-nanshan', 'guangzhou-laboratory')], truncated: false },
      { expandedFrom: LAB.id, record: false },
    );
    expect(next?.expandedBy).toEqual({ 'guangzhou-laboratory': ['zhong-nanshan'] });
    expect(next?.past).toBeUndefined();
    expect(next?.layoutRequest?.added).toEqual(['zhong-nanshan']);
  });

  it('withoutNodes prunes hidden ids, pins and the selection of removed nodes and closes the menu', () => {
    const s = withSub({
      hiddenIds: ['bio-island'],
      pinned: ['bio-island', LAB.id],
      selection: { kind: 'node', id: 'bio-island' },
      menu: { nodeId: 'bio-island', x: 1, y: 2 },
    });
    const next = withoutNodes(s, ['bio-island']);
    expect(next.graph?.nodes.has('bio-island')).toBe(false);
    expect(next.hiddenIds).toEqual([]);
    expect(next.pinned).toEqual([LAB.id]);
    expect(next.selection).toBeNull();
    expect(next.menu).toBeNull();
    expect(next.past).toHaveLength(1);
  });

  it('withHidden adds each id once; withPinToggled pins and unpins', () => {
    expect(withHidden(withSub({ hiddenIds: ['bio-island'] }), ['bio-island', LAB.id]).hiddenIds).toEqual([
      'bio-island',
      LAB.id,
    ]);
    const pinned = withPinToggled(withSub(), LAB.id).pinned ?? [];
    expect(pinned).toEqual([LAB.id]);
    expect(withPinToggled(withSub({ pinned }), LAB.id).pinned).toEqual([]);
  });

  it('cleared empties the canvas and closes the source', () => {
    const next = cleared(withSub({ source: { sectionId: 's', quote: 'q', start: 0, end: 1 } }));
    expect(next.graph?.nodes.size).toBe(0);
    expect(next.source).toBeNull();
    expect(next.past).toHaveLength(1);
  });
});

describe('history slice', () => {
  it('recorded pushes the current canvas, clears redo and keeps at most HISTORY_LIMIT steps', () => {
    const s = withSub({
      past: Array.from({ length: HISTORY_LIMIT }, () => snapshot(initialState)),
      future: [snapshot(initialState)],
    });
    const h = recorded(s);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(h.past.at(-1)?.graph).toBe(s.graph);
    expect(h.future).toEqual([]);
  });

  it('restore lays out only what reappears, or everything when the layout changed', () => {
    const s = { ...initialState, graph: normalize({ nodes: [LAB], edges: [] }) };
    const back = restore(s, snapshot(withSub()));
    expect(back.layoutRequest).toEqual({ seq: 1, added: [ZHONG.id, ISLAND.id, FACILITY.id], around: null });
    expect(restore(s, { ...snapshot(s), layout: 'dagre' }).layoutRequest).toEqual({ seq: 1, added: [], around: null });
    expect(restore(s, snapshot(s)).layoutRequest).toBe(s.layoutRequest);
  });

  it('restore drops a node selection that the snapshot does not have, and the highlight', () => {
    const s = withSub({ selection: { kind: 'node', id: 'bio-island' }, highlight: { nodeIds: [], edgeIds: [] } });
    const back = restore(s, snapshot(initialState));
    expect(back.selection).toBeNull();
    expect(back.highlight).toBeNull();
  });

  it('undone and redone move one step each way, and are null at either end', () => {
    expect(undone(initialState)).toBeNull();
    expect(redone(initialState)).toBeNull();
    const before = snapshot(initialState);
    const s = withSub({ past: [before] });
    const u = undone(s);
    expect(u?.graph).toBe(before.graph);
    expect(u?.past).toEqual([]);
    expect(u?.future?.[0]?.graph).toBe(s.graph);
    const r = redone({ ...s, ...u });
    expect(r?.graph).toBe(s.graph);
    expect(r?.future).toEqual([]);
  });
});

describe('selection, view and ui slices', () => {
  it('sameSelection compares kind and id', () => {
    expect(sameSelection({ kind: 'node', id: 'a' }, { kind: 'node', id: 'a' })).toBe(true);
    expect(sameSelection({ kind: 'node', id: 'a' }, { kind: 'edge', id: 'a' })).toBe(false);
    expect(sameSelection(null, null)).toBe(true);
    expect(sameSelection(null, { kind: 'node', id: 'a' })).toBe(false);
  });

  it('toggledLabel hides and shows a label', () => {
    expect(toggledLabel([], 'Person')).toEqual(['Person']);
    expect(toggledLabel(['Person', 'Zone'], 'Person')).toEqual(['Zone']);
  });

  it('withLayout asks for a full layout, keeps the direction unless given, and records unless told not to', () => {
    const s = withSub({ rankDir: 'TB' });
    const next = withLayout(s, 'dagre', undefined, true);
    expect(next).toMatchObject({ layout: 'dagre', rankDir: 'TB', layoutRequest: { seq: 1, added: [], around: null } });
    expect(next.past).toHaveLength(1);
    expect(withLayout(s, 'dagre', 'LR', false)).not.toHaveProperty('past');
  });

  it('withPathEnd sets one end, opens the paths panel and closes the menu', () => {
    const s = { ...initialState, pathEnds: { from: 'a', to: null }, menu: { nodeId: 'b', x: 0, y: 0 } };
    expect(withPathEnd(s, 'to', 'b')).toMatchObject({ pathEnds: { from: 'a', to: 'b' }, panel: 'paths', menu: null });
  });

  it('withPathEnd drops the drawn path and its answer view when an end changes, and keeps them when it does not', () => {
    const highlight = { nodeIds: ['a', 'b'], edgeIds: ['e'] };
    const answer = {
      kind: 'paths' as const,
      from: 'a',
      to: 'b',
      rank: 0,
      nodeIds: [],
      edgeIds: [],
      filter: { types: [], includeHubs: false },
      graph: normalize(SUB),
    };
    const s = { ...initialState, pathEnds: { from: 'a', to: 'b' }, highlight, answer };
    expect(withPathEnd(s, 'to', 'c')).toMatchObject({ highlight: null, answer: null });
    expect(withPathEnd(s, 'to', 'b')).toMatchObject({ highlight, answer });
  });
});

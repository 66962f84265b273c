import { beforeEach, describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, initialState, useStore } from './index.ts';
import { edge, ISLAND, LAB, SUB, ZHONG } from '../test/fixtures.ts';

const actions = () => useStore.getState().actions;

beforeEach(() => useStore.setState(initialState));

describe('store', () => {
  it('setGraph replaces the graph, clears the selection and asks for a full layout', () => {
    actions().select({ kind: 'node', id: 'x' });
    actions().setGraph(SUB);
    const s = useStore.getState();
    expect(s.graph.nodes.size).toBe(4);
    expect(s.selection).toBeNull();
    expect(s.layoutRequest.seq).toBe(1);
    expect(s.layoutRequest.added).toHaveLength(4);
  });

  it('addSubgraph merges and reports only the newcomers', () => {
    actions().setGraph({ nodes: [LAB], edges: [], truncated: false });
    actions().addSubgraph(
      { nodes: [LAB, ZHONG], edges: [edge('LEADS', 'zhong-nanshan', 'guangzhou-laboratory')], truncated: false },
      { around: LAB.id },
    );
    const s = useStore.getState();
    expect(s.graph.nodes.size).toBe(2);
    expect(s.graph.edges.size).toBe(1);
    expect(s.layoutRequest).toMatchObject({ seq: 2, added: ['zhong-nanshan'], around: 'guangzhou-laboratory' });
  });

  it('addSubgraph with nothing new changes nothing', () => {
    actions().setGraph(SUB);
    const before = useStore.getState();
    actions().addSubgraph({ nodes: [LAB], edges: [], truncated: false });
    expect(useStore.getState().graph).toBe(before.graph);
  });

  it('removeNodes drops the node, its edges and its selection', () => {
    actions().setGraph(SUB);
    actions().select({ kind: 'node', id: LAB.id });
    actions().removeNodes([LAB.id]);
    const s = useStore.getState();
    expect(s.graph.nodes.has(LAB.id)).toBe(false);
    expect(s.graph.edges.size).toBe(0);
    expect(s.selection).toBeNull();
    expect(s.graph.nodes.has(ISLAND.id)).toBe(true);
  });

  it('toggles labels, language, layout and the source viewer', () => {
    actions().toggleLabel('Person');
    expect(useStore.getState().hiddenLabels).toEqual(['Person']);
    actions().toggleLabel('Person');
    expect(useStore.getState().hiddenLabels).toEqual([]);
    actions().setLanguage('en');
    expect(useStore.getState().language).toBe('en');
    actions().setLayout('dagre');
    expect(useStore.getState()).toMatchObject({ layout: 'dagre', layoutRequest: { seq: 1 } });
    actions().openSource({ sectionId: 'sec-4', quote: 'q', start: 1, end: 2 });
    expect(useStore.getState().source?.sectionId).toBe('sec-4');
    actions().openSource(null);
    expect(useStore.getState().source).toBeNull();
  });

  it('keeps actions stable across updates', () => {
    const a = actions();
    actions().setUnavailable(true);
    expect(useStore.getState().unavailable).toBe(true);
    expect(actions()).toBe(a);
  });
});

describe('canvas history', () => {
  it('undoes and redoes every canvas change, and a new change clears redo', () => {
    actions().setGraph(SUB);
    actions().removeNodes([ZHONG.id]);
    actions().hideNodes([ISLAND.id]);
    actions().togglePin(LAB.id);
    actions().setLayout('grid');
    expect(useStore.getState()).toMatchObject({ layout: 'grid', pinned: [LAB.id], hiddenIds: [ISLAND.id] });
    actions().undo();
    expect(useStore.getState().layout).toBe('fcose');
    actions().undo();
    expect(useStore.getState().pinned).toEqual([]);
    actions().undo();
    expect(useStore.getState().hiddenIds).toEqual([]);
    actions().undo();
    expect(useStore.getState().graph.nodes.has(ZHONG.id)).toBe(true);
    // Zhong came back: the canvas must place it.
    expect(useStore.getState().layoutRequest.added).toEqual([ZHONG.id]);
    actions().undo(); // nothing before the first load
    expect(useStore.getState().graph.nodes.size).toBe(4);
    actions().redo();
    expect(useStore.getState().graph.nodes.has(ZHONG.id)).toBe(false);
    actions().keepNeighbourhood(LAB.id);
    expect(useStore.getState().future).toEqual([]);
  });

  it('collapses what an expansion added', () => {
    actions().setGraph({ nodes: [LAB], edges: [], truncated: false });
    actions().addSubgraph(SUB, { around: LAB.id, expandedFrom: LAB.id });
    expect(useStore.getState().expandedBy[LAB.id]).toHaveLength(3);
    actions().collapse(LAB.id);
    // The facility has no edge at all, zhong and the island hang off the lab: all three go.
    expect([...useStore.getState().graph.nodes.keys()]).toEqual([LAB.id]);
    actions().undo();
    expect(useStore.getState().graph.nodes.size).toBe(4);
  });

  it('bounds the history', () => {
    actions().setGraph(SUB);
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) actions().togglePin(LAB.id);
    expect(useStore.getState().past).toHaveLength(HISTORY_LIMIT);
  });
});

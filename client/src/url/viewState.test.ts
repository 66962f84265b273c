import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, parseView, serializeView, type ViewState } from './viewState.ts';

const FULL: ViewState = {
  ids: ['guangzhou-laboratory', 'bio-island', 'zhong-nanshan'],
  hiddenLabels: ['Person', 'Section'],
  layout: 'dagre',
  language: 'en',
  selection: { kind: 'edge', id: 'LEADS:zhong-nanshan:guangzhou-laboratory' },
  pinned: ['bio-island'],
  canvasStyle: { sizeBy: 'pagerank', colourBy: 'community' },
};

describe('view state in the URL', () => {
  it('round-trips: parse(serialize(x)) deep-equals x', () => {
    for (const view of [
      FULL,
      DEFAULT_VIEW,
      { ...DEFAULT_VIEW, ids: ['a'], selection: { kind: 'node' as const, id: 'a' } },
      { ...FULL, language: 'zh' as const, layout: 'grid' as const, hiddenLabels: [] },
      { ...DEFAULT_VIEW, canvasStyle: { sizeBy: 'betweenness' as const, colourBy: 'label' as const } },
    ]) {
      expect(parseView(serializeView(view))).toEqual(view);
    }
  });

  it('leaves defaults out and keeps foreign parameters', () => {
    expect(serializeView(DEFAULT_VIEW)).toBe('');
    const s = serializeView({ ...DEFAULT_VIEW, ids: ['a', 'b'] }, '?testHooks=1&n=old');
    expect(new URLSearchParams(s).get('testHooks')).toBe('1');
    expect(new URLSearchParams(s).get('n')).toBe('a,b');
  });

  it('ignores bad input field by field', () => {
    expect(parseView('?n=ok,,bad id,<script>,ok,x%2Cy&h=Person,Nope&l=spiral&lang=fr&s=q~x&p=ok')).toEqual({
      ...DEFAULT_VIEW,
      ids: ['ok', 'x', 'y'],
      hiddenLabels: ['Person'],
      pinned: ['ok'],
    });
    expect(parseView('garbage%%%')).toEqual(DEFAULT_VIEW);
    expect(parseView('')).toEqual(DEFAULT_VIEW);
    expect(parseView('?s=n~').selection).toBeNull();
    expect(parseView('?size=height&colour=community').canvasStyle).toEqual({ sizeBy: 'links', colourBy: 'community' });
  });
});

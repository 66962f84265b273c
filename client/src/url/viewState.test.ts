import { describe, expect, it } from 'vitest';
import { REL_TYPES } from '@plangraph/shared';
import { DEFAULT_VIEW, parseView, serializeView, type ViewState } from './viewState.ts';

const FULL: ViewState = {
  ids: ['bio-island', 'guangzhou-laboratory', 'zhong-nanshan'],
  edges: {
    types: [],
    without: [],
    with: [
      { source: 'zhong-nanshan', target: 'guangzhou-laboratory', type: 'LEADS' },
      { source: 'guangzhou-laboratory', target: 'bio-island', type: 'LOCATED_IN' },
    ],
  },
  viewport: { zoom: 1.25, pan: { x: -310.5, y: 42 } },
  hiddenLabels: ['Person', 'Section'],
  layout: 'dagre',
  language: 'en',
  selection: { kind: 'edge', id: 'LEADS:zhong-nanshan:guangzhou-laboratory' },
  pinned: ['bio-island'],
  canvasStyle: { sizeBy: 'pagerank', colourBy: 'community' },
  problem: null,
};

/** Edge lists compare as sets: the link stores them in its own order. */
const normalized = (view: ViewState) => ({
  ...view,
  edges: view.edges && {
    ...view.edges,
    with: [...view.edges.with].sort((a, b) => (a.source + a.target < b.source + b.target ? -1 : 1)),
  },
});

describe('view state in the URL', () => {
  it('round-trips: parse(serialize(x)) equals x', () => {
    for (const view of [
      FULL,
      DEFAULT_VIEW,
      {
        ...DEFAULT_VIEW,
        ids: ['a'],
        edges: { types: [], without: [], with: [] },
        selection: { kind: 'node' as const, id: 'a' },
      },
      { ...FULL, language: 'zh' as const, layout: 'grid' as const, hiddenLabels: [], viewport: null },
      { ...DEFAULT_VIEW, canvasStyle: { sizeBy: 'betweenness' as const, colourBy: 'label' as const } },
    ]) {
      expect(normalized(parseView(serializeView(view)))).toEqual(normalized(view));
    }
  });

  it('writes the canvas content compact in `v`, leaves defaults out and keeps foreign parameters', () => {
    expect(serializeView(DEFAULT_VIEW)).toBe('');
    const q = new URLSearchParams(serializeView(FULL, '?testHooks=1&n=old&p=old&trace=x'));
    expect(q.get('testHooks')).toBe('1');
    expect(q.get('trace')).toBe('x');
    expect(q.get('n')).toBeNull();
    expect(q.get('p')).toBeNull();
    expect(q.get('v')).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(q.get('lang')).toBe('en');
  });

  it('opens links that list node ids (`?n=…&p=…`) with every relationship among the nodes', () => {
    const view = parseView('?n=bio-island,guangzhou-laboratory&p=bio-island&lang=en');
    expect(view).toEqual({
      ...DEFAULT_VIEW,
      ids: ['bio-island', 'guangzhou-laboratory'],
      pinned: ['bio-island'],
      language: 'en',
    });
    // Written again, such a view keeps meaning "every relationship among them".
    const again = parseView(serializeView(view));
    expect(again.ids).toEqual(view.ids);
    expect(again.edges).toEqual({ types: [...REL_TYPES].sort(), without: [], with: [] });
  });

  it('`?lang=en` alone sets only the language', () => {
    expect(parseView('?lang=en')).toEqual({ ...DEFAULT_VIEW, language: 'en' });
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

  it('says why a damaged compact link cannot be read, and keeps the rest of the link', () => {
    const damaged = parseView('?v=not*base64&lang=en&l=grid');
    expect(damaged.problem).toMatch(/share link is not base64url/);
    expect(damaged).toMatchObject({ ids: [], edges: null, viewport: null, language: 'en', layout: 'grid' });
    const cut = new URLSearchParams(serializeView(FULL)).get('v')!.slice(0, -6);
    expect(parseView(`?v=${cut}`).problem).toMatch(/share link/);
    expect(parseView('?v=').problem).toMatch(/share link/);
  });
});

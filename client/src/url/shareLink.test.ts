import { describe, expect, it } from 'vitest';
import { deflateSync, inflateSync } from 'fflate';
import { syntheticGraph } from '../graph/synthetic.ts';
import {
  decodeContent,
  describeEdges,
  encodeContent,
  resolveEdges,
  restoreContent,
  type CanvasContent,
  type EdgeRef,
} from './shareLink.ts';
import { parseAnswer, serializeAnswer, type AnswerRef } from './answerUrl.ts';

function contentOf(count: number): CanvasContent {
  const g = syntheticGraph(count);
  return {
    ids: g.nodes.map((n) => n.id),
    edges: describeEdges(
      g.edges.map((e) => ({ source: e.source, target: e.target, type: e.type })),
      null,
    ),
    pinned: g.nodes.filter((_, i) => i % 97 === 0).map((n) => n.id),
    viewport: { zoom: 0.4172, pan: { x: -1234.5, y: 88.2 } },
  };
}

const keys = (edges: readonly EdgeRef[]) => edges.map((e) => `${e.type}:${e.source}:${e.target}`).sort();

describe('compact share links', () => {
  it('round-trips nodes, edges, pins and the viewport', () => {
    const content = contentOf(300);
    const back = decodeContent(encodeContent(content));
    expect([...back.ids].sort()).toEqual([...content.ids].sort());
    expect(keys(back.edges.with)).toEqual(keys(content.edges.with));
    expect([...back.pinned].sort()).toEqual([...content.pinned].sort());
    expect(back.viewport).toEqual(content.viewport);
  });

  it('restores exactly the edges shown, not every relationship among the nodes', () => {
    const g = syntheticGraph(200);
    const induced: EdgeRef[] = [
      ...g.edges,
      // Relationships among the nodes that the view never showed: a section mention, a link never fetched.
      { source: 'syn-5', target: 'syn-9', type: 'MENTIONED_IN' },
      { source: 'syn-150', target: 'syn-3', type: 'SUPPORTS' },
    ];
    const shown: EdgeRef[] = g.edges.filter((_, i) => i % 9 !== 0);
    // An edge the induced set does not have (a node removed from the graph since) stays explicit.
    shown.push({ source: 'syn-1', target: 'syn-2', type: 'LEADS' });
    const set = describeEdges(shown, induced);
    expect(set.types).toEqual(['LEADS', 'PART_OF', 'SUPPORTS']);
    expect(set.with).toEqual([{ source: 'syn-1', target: 'syn-2', type: 'LEADS' }]);
    const link = encodeContent({ ids: g.nodes.map((n) => n.id), edges: set, pinned: [], viewport: null });
    const back = decodeContent(link);
    const { keep, extra } = resolveEdges(back.edges, induced);
    expect(keys([...keep, ...extra])).toEqual(keys(shown));
    // Described against the induced edges, the link is far shorter than listing every edge.
    const explicit = encodeContent({
      ids: g.nodes.map((n) => n.id),
      edges: describeEdges(shown, null),
      pinned: [],
      viewport: null,
    });
    expect(link.length).toBeLessThan(explicit.length * 0.75);
  });

  it('keeps links for 2,000 nodes under 8 KB and opens 5,000', () => {
    const two = encodeContent(contentOf(2000));
    expect(two.length).toBeLessThan(8 * 1024);
    const five = contentOf(5000);
    const back = decodeContent(encodeContent(five));
    expect(back.ids).toHaveLength(5000);
    expect(back.edges.with).toHaveLength(five.edges.with.length);
  });

  it('keeps plan-like slugs compact too', () => {
    const words = ['guangzhou', 'laboratory', 'institute', 'industry', 'zone', 'box', 'new', 'energy', 'bio', 'city'];
    const ids = Array.from({ length: 1100 }, (_, i) => `${words[i % 10]}-${words[(i * 7) % 10]}-${i}`);
    const edges = ids.slice(1).map((id, i) => ({ source: id, target: ids[Math.floor(i / 3)]!, type: 'PART_OF' }));
    const link = encodeContent({ ids, edges: describeEdges(edges, edges), pinned: [], viewport: null });
    expect(link.length).toBeLessThan(8 * 1024);
    expect(resolveEdges(decodeContent(link).edges, edges).keep).toHaveLength(edges.length);
  });

  it('round-trips an empty view', () => {
    const empty: CanvasContent = { ids: [], edges: describeEdges([], null), pinned: [], viewport: null };
    expect(decodeContent(encodeContent(empty))).toEqual(empty);
  });

  it('drops edges and pins whose nodes the link does not list', () => {
    const link = encodeContent({
      ids: ['a', 'b'],
      edges: describeEdges(
        [
          { source: 'a', target: 'b', type: 'SUPPORTS' },
          { source: 'a', target: 'ghost', type: 'SUPPORTS' },
        ],
        null,
      ),
      pinned: ['ghost', 'b'],
      viewport: null,
    });
    const back = decodeContent(link);
    expect(back.edges.with).toEqual([{ source: 'a', target: 'b', type: 'SUPPORTS' }]);
    expect(back.pinned).toEqual(['b']);
  });

  it('restores exactly the link’s edges and names the nodes and relationships the graph no longer has', () => {
    const shown: EdgeRef[] = [
      { source: 'a', target: 'b', type: 'SUPPORTS' },
      { source: 'b', target: 'c', type: 'PART_OF' },
      { source: 'a', target: 'gone', type: 'LEADS' },
    ];
    const link = decodeContent(
      encodeContent({ ids: ['a', 'b', 'c', 'gone'], edges: describeEdges(shown, null), pinned: [], viewport: null }),
    );
    // The graph now lacks the node `gone` and the relationship b→c, and has one more among a, b, c.
    const fetched = {
      nodes: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
      edges: [
        { id: 'r1', source: 'a', target: 'b', type: 'SUPPORTS' },
        { id: 'r2', source: 'c', target: 'a', type: 'MENTIONED_IN' },
      ],
    };
    const restored = restoreContent(link.ids, link.edges, fetched);
    expect(restored.edges.map((e) => e.id)).toEqual(['r1']);
    expect(restored.missingNodes).toEqual(['gone']);
    expect(restored.missingEdges).toBe(1);
    // A link that lists only nodes shows every relationship among them.
    expect(restoreContent(['a', 'b', 'c'], null, fetched).edges).toHaveLength(2);
  });

  it('rejects a malformed link with a message saying what is wrong', () => {
    expect(() => decodeContent('not base64!')).toThrow(/base64url/);
    expect(() => decodeContent('AAAA')).toThrow(/share link/);
    const bad = encodeContent({
      ids: ['a', 'b'],
      edges: describeEdges([{ source: 'a', target: 'b', type: 'SUPPORTS' }], null),
      pinned: [],
      viewport: null,
    });
    expect(() => decodeContent(bad.slice(0, -4))).toThrow(/share link/);
    expect(() => decodeContent('')).toThrow(/share link/);
  });

  it('rejects links from a later format and ids that are not slugs, saying which', () => {
    const ok = encodeContent({ ids: ['a'], edges: describeEdges([], null), pinned: [], viewport: null });
    const bytes = inflateSync(Uint8Array.from(atob(ok.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)));
    const repack = (b: Uint8Array) =>
      btoa(String.fromCharCode(...deflateSync(b)))
        .replace(/\+/g, '-')
        .replace(/\//g, '_')
        .replace(/=+$/, '');
    expect(() => decodeContent(repack(Uint8Array.from([9, ...bytes.subarray(1)])))).toThrow(/version 9/);
    // Bytes: version, node count, shared prefix, length, then node 1 itself, here spelled "<": not a slug.
    const badId = Uint8Array.from(bytes);
    badId[4] = '<'.charCodeAt(0);
    expect(() => decodeContent(repack(badId))).toThrow(/node 1 has an invalid id/);
  });
});

describe('answer URLs', () => {
  it('round-trips traces and paths and keeps foreign parameters', () => {
    const answers: AnswerRef[] = [
      { kind: 'trace', id: 'new-generation-it', direction: 'UPSTREAM' },
      { kind: 'trace', id: 'knowledge-city', direction: 'DOWNSTREAM' },
      { kind: 'paths', from: 'guangzhou-laboratory', to: 'bio-island', path: 2, types: [], includeHubs: false },
      { kind: 'paths', from: 'a', to: 'b', path: null, types: ['LOCATED_IN', 'SUPPORTS'], includeHubs: true },
    ];
    for (const a of answers) expect(parseAnswer(serializeAnswer(a))).toEqual(a);
    expect(serializeAnswer({ kind: 'trace', id: 'x', direction: 'DOWNSTREAM' }, '?lang=en&trace=old')).toBe(
      '?lang=en&trace=x&dir=down',
    );
    expect(serializeAnswer(null, '?lang=en&from=a&to=b&path=3&types=SUPPORTS&hubs=1')).toBe('?lang=en');
    expect(
      serializeAnswer({
        kind: 'paths',
        from: 'a',
        to: 'b',
        path: 1,
        types: ['SUPPORTS', 'LOCATED_IN'],
        includeHubs: false,
      }),
    ).toBe('?from=a&to=b&path=1&types=LOCATED_IN,SUPPORTS');
  });

  it('ignores malformed answer parameters', () => {
    expect(parseAnswer('?trace=<script>')).toBeNull();
    expect(parseAnswer('?from=a')).toBeNull();
    expect(parseAnswer('?from=a&to=b&path=zero')).toEqual({
      kind: 'paths',
      from: 'a',
      to: 'b',
      path: null,
      types: [],
      includeHubs: false,
    });
    // Only curated relationship types pass; anything else in the list is ignored.
    expect(parseAnswer('?from=a&to=b&types=SUPPORTS,DELETE,MENTIONED_IN')).toMatchObject({ types: ['SUPPORTS'] });
    expect(parseAnswer('?trace=a&dir=sideways')).toEqual({ kind: 'trace', id: 'a', direction: 'UPSTREAM' });
  });
});

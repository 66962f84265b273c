/**
 * The compact part of a share link: the exact nodes and edges on the canvas, the pinned nodes and the viewport,
 * packed into bytes and deflated (fflate) into one base64url parameter. Node ids are sorted and front-coded
 * (neighbouring slugs share prefixes); edges are described against the induced subgraph the link's reader
 * fetches anyway — "every relationship among these nodes of these types, without these, plus these" — so a
 * view built from expansions costs a few bytes for its edges, and still restores exactly the edges it showed.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';

export type EdgeRef = { source: string; target: string; type: string };
export type Viewport = { zoom: number; pan: { x: number; y: number } };

/**
 * The edges shown: the induced relationships among `ids` whose type is in `types`, less `without`, plus `with`.
 * Without knowledge of the induced subgraph, `types` is empty and `with` lists every edge.
 */
export type EdgeSet = { types: string[]; without: EdgeRef[]; with: EdgeRef[] };

export type CanvasContent = {
  ids: string[];
  edges: EdgeSet;
  pinned: string[];
  viewport: Viewport | null;
};

const edgeKey = (e: EdgeRef) => `${e.type}\u0000${e.source}\u0000${e.target}`;

/**
 * Describes `shown` against `induced` (the subgraph query's edges among the same nodes): the types shown, the
 * induced edges of those types that are not shown, and the shown edges the induced set lacks.
 */
export function describeEdges(shown: readonly EdgeRef[], induced: readonly EdgeRef[] | null): EdgeSet {
  if (!induced) return { types: [], without: [], with: [...shown] };
  const types = [...new Set(shown.map((e) => e.type))].sort();
  const shownKeys = new Set(shown.map(edgeKey));
  const inducedKeys = new Set(induced.map(edgeKey));
  return {
    types,
    without: induced.filter((e) => types.includes(e.type) && !shownKeys.has(edgeKey(e))),
    with: shown.filter((e) => !inducedKeys.has(edgeKey(e))),
  };
}

/** The edges to show from a link's edge set and the induced edges fetched for its nodes. */
export function resolveEdges<E extends EdgeRef>(set: EdgeSet, induced: readonly E[]): { keep: E[]; extra: EdgeRef[] } {
  const without = new Set(set.without.map(edgeKey));
  const keep = induced.filter((e) => set.types.includes(e.type) && !without.has(edgeKey(e)));
  const have = new Set(keep.map(edgeKey));
  const withKeys = new Set(set.with.map(edgeKey));
  // `with` edges found among the induced ones are kept as fetched (with their provenance).
  for (const e of induced) {
    const key = edgeKey(e);
    if (withKeys.has(key) && !have.has(key)) {
      keep.push(e);
      have.add(key);
    }
  }
  return { keep, extra: set.with.filter((e) => !have.has(edgeKey(e))) };
}

/**
 * What a link's reader shows from the subgraph fetched for the link's nodes: exactly the link's edges (all of them
 * when it lists none: `edges` null), and what the graph no longer has — nodes, and relationships between nodes it
 * still has (edges to a missing node went with it).
 */
export function restoreContent<E extends EdgeRef>(
  ids: readonly string[],
  edges: EdgeSet | null,
  fetched: { nodes: readonly { id: string }[]; edges: readonly E[] },
): { edges: E[]; missingNodes: string[]; missingEdges: number } {
  const found = new Set(fetched.nodes.map((n) => n.id));
  const { keep, extra } = edges ? resolveEdges(edges, fetched.edges) : { keep: [...fetched.edges], extra: [] };
  return {
    edges: keep,
    missingNodes: ids.filter((id) => !found.has(id)),
    missingEdges: extra.filter((e) => found.has(e.source) && found.has(e.target)).length,
  };
}

const VERSION = 1;
/** subgraph() takes at most 5,000 ids. */
export const MAX_SHARED_NODES = 5000;
const MAX_SHARED_EDGES = 50_000;
/** Far beyond any real view; guards against a crafted link inflating to something huge. */
const MAX_INFLATED_BYTES = 4 * 1024 * 1024;
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;
const TYPE = /^[A-Z][A-Z_]{0,39}$/;

class Writer {
  private bytes: number[] = [];
  uint(n: number) {
    let v = Math.max(0, Math.floor(n));
    while (v >= 0x80) {
      this.bytes.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    this.bytes.push(v);
  }
  int(n: number) {
    const v = Math.round(n);
    this.uint(v >= 0 ? v * 2 : -v * 2 - 1);
  }
  text(s: string) {
    const b = strToU8(s);
    this.uint(b.length);
    for (const x of b) this.bytes.push(x);
  }
  done(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

class Reader {
  private at = 0;
  constructor(private readonly bytes: Uint8Array) {}
  uint(): number {
    let v = 0;
    let scale = 1;
    for (;;) {
      if (this.at >= this.bytes.length) throw new Error('share link ends early');
      const b = this.bytes[this.at++]!;
      v += (b & 0x7f) * scale;
      if (b < 0x80) return v;
      scale *= 0x80;
      if (scale > 2 ** 49) throw new Error('share link number too large');
    }
  }
  int(): number {
    const v = this.uint();
    return v % 2 === 0 ? v / 2 : -(v + 1) / 2;
  }
  text(): string {
    const n = this.uint();
    if (this.at + n > this.bytes.length) throw new Error('share link ends early');
    const s = strFromU8(this.bytes.subarray(this.at, this.at + n));
    this.at += n;
    return s;
  }
}

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('share link is not base64url');
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Packs the canvas content; ids are de-duplicated and sorted, edges whose ends are not listed are dropped. */
export function encodeContent(content: CanvasContent): string {
  const ids = [...new Set(content.ids)].sort(byCodeUnits);
  const index = new Map(ids.map((id, i) => [id, i]));
  const { types: shownTypes, without, with: extra } = content.edges;
  const types = [...new Set([...shownTypes, ...without.map((e) => e.type), ...extra.map((e) => e.type)])].sort(
    byCodeUnits,
  );
  const typeIndex = new Map(types.map((t, i) => [t, i]));
  const pack = (list: EdgeRef[]) =>
    list
      .filter((e) => index.has(e.source) && index.has(e.target))
      .map((e) => [index.get(e.source)!, index.get(e.target)!, typeIndex.get(e.type)!] as const)
      .sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  const w = new Writer();
  w.uint(VERSION);
  w.uint(ids.length);
  let prev = '';
  for (const id of ids) {
    let common = 0;
    while (common < prev.length && common < id.length && prev[common] === id[common]) common++;
    w.uint(common);
    w.text(id.slice(common));
    prev = id;
  }
  w.uint(types.length);
  for (const t of types) w.text(t);
  let shownMask = 0;
  for (const t of new Set(shownTypes)) shownMask += 2 ** typeIndex.get(t)!;
  w.uint(shownMask);
  for (const list of [pack(without), pack(extra)]) {
    w.uint(list.length);
    let prevSource = 0;
    for (const [s, t, k] of list) {
      w.uint(s - prevSource);
      w.int(t - s);
      if (types.length > 1) w.uint(k);
      prevSource = s;
    }
  }
  const pinned = [...new Set(content.pinned.filter((id) => index.has(id)).map((id) => index.get(id)!))].sort(
    (a, b) => a - b,
  );
  w.uint(pinned.length);
  let prevPin = 0;
  for (const p of pinned) {
    w.uint(p - prevPin);
    prevPin = p;
  }
  if (content.viewport) {
    w.uint(1);
    w.uint(Math.round(content.viewport.zoom * 10_000));
    w.int(content.viewport.pan.x * 10);
    w.int(content.viewport.pan.y * 10);
  } else w.uint(0);
  return toBase64Url(deflateSync(w.done(), { level: 9 }));
}

/** Unpacks a share link's content; throws an Error saying what is wrong for anything malformed. */
export function decodeContent(text: string): CanvasContent {
  const deflated = fromBase64Url(text);
  let bytes: Uint8Array;
  try {
    bytes = inflateSync(deflated);
  } catch {
    throw new Error('share link is not deflated data');
  }
  if (bytes.length > MAX_INFLATED_BYTES) throw new Error('share link content is too large');
  const r = new Reader(bytes);
  const version = r.uint();
  if (version !== VERSION) throw new Error(`share link version ${version} is not supported`);
  const count = r.uint();
  if (count > MAX_SHARED_NODES) throw new Error(`share link lists ${count} nodes; at most ${MAX_SHARED_NODES}`);
  const ids: string[] = [];
  let prev = '';
  for (let i = 0; i < count; i++) {
    const common = r.uint();
    const id = prev.slice(0, common) + r.text();
    if (!ID.test(id)) throw new Error(`share link node ${i + 1} has an invalid id`);
    ids.push(id);
    prev = id;
  }
  const typeCount = r.uint();
  if (typeCount > 40) throw new Error('share link lists too many relationship types');
  const types: string[] = [];
  for (let i = 0; i < typeCount; i++) {
    const t = r.text();
    if (!TYPE.test(t)) throw new Error(`share link relationship type ${i + 1} is invalid`);
    types.push(t);
  }
  const shownMask = r.uint();
  const shownTypes = types.filter((_, i) => Math.floor(shownMask / 2 ** i) % 2 === 1);
  const lists: EdgeRef[][] = [];
  for (const which of ['without', 'with']) {
    const edgeCount = r.uint();
    if (edgeCount > MAX_SHARED_EDGES)
      throw new Error(`share link lists ${edgeCount} edges; at most ${MAX_SHARED_EDGES}`);
    const edges: EdgeRef[] = [];
    let s = 0;
    for (let i = 0; i < edgeCount; i++) {
      s += r.uint();
      const t = s + r.int();
      const k = typeCount > 1 ? r.uint() : 0;
      const source = ids[s];
      const target = ids[t];
      const type = types[k];
      if (source === undefined || target === undefined || type === undefined)
        throw new Error(`share link edge ${i + 1} (${which}) refers to a node or type that is not listed`);
      edges.push({ source, target, type });
    }
    lists.push(edges);
  }
  const pinCount = r.uint();
  const pinned: string[] = [];
  let p = 0;
  for (let i = 0; i < pinCount; i++) {
    p += r.uint();
    const id = ids[p];
    if (id === undefined) throw new Error(`share link pin ${i + 1} refers to a node that is not listed`);
    pinned.push(id);
  }
  let viewport: Viewport | null = null;
  if (r.uint() === 1) {
    const zoom = r.uint() / 10_000;
    const x = r.int() / 10;
    const y = r.int() / 10;
    if (zoom > 0 && zoom <= 100) viewport = { zoom, pan: { x, y } };
  }
  return { ids, edges: { types: shownTypes, without: lists[0]!, with: lists[1]! }, pinned, viewport };
}

/**
 * Hand-written exploration queries (search, node, neighborhood, paths, trace, subgraph, stats, sourceText),
 * each backed by a file in cypher/queries. Arguments are checked here; the Cypher bounds them again.
 */
import { GraphQLError } from 'graphql';
import type { Node as Neo4jNode } from 'neo4j-driver';
import {
  isNodeLabel,
  isRelType,
  NODE_LABELS,
  REL_PHRASES,
  REL_TYPES,
  type GraphEdge,
  type GraphNode,
  type Provenance,
  type RelType,
} from '@plangraph/shared';
import { readQuery, type Db } from '../db/read.ts';
import type { SourceText } from './source-text.ts';

export const explorationTypeDefs = /* GraphQL */ `
  "Any JSON value: the label-specific properties of a node or relationship."
  scalar JSON

  "Where the plan states a fact: the quote, its outline section and character offsets into the source text."
  type Provenance {
    sectionId: ID!
    "Title of the section, e.g. 专栏3:“1+1+3+N”战略创新集群建设工程."
    sectionTitle: String
    "English title of the section."
    sectionTitleEn: String
    quote: String!
    start: Int!
    end: Int!
  }

  "A node of any label, with its provenance."
  type GraphNode {
    id: ID!
    "Labels without the base label, e.g. [Institution]."
    labels: [String!]!
    name: String!
    nameEn: String
    kind: String
    aliases: [String!]!
    description: String
    descriptionEn: String
    textIssue: String
    "Every other property (indicator values, section offsets, …)."
    properties: JSON!
    provenance: [Provenance!]!
  }

  "A relationship, with the quotes that state it."
  type GraphEdge {
    "Stable id: TYPE:source:target."
    id: ID!
    type: String!
    source: ID!
    target: ID!
    properties: JSON!
    provenance: [Provenance!]!
  }

  type Subgraph {
    nodes: [GraphNode!]!
    edges: [GraphEdge!]!
    "True when a limit cut the result short."
    truncated: Boolean!
  }

  type SearchHit {
    node: GraphNode!
    score: Float!
    "name, nameEn, alias or id: the field that matched best."
    matchedField: String!
    "The value of that field (for aliases, the alias that matched)."
    matchedText: String!
  }

  type Path {
    "Ordered node ids from the start to the end."
    nodeIds: [ID!]!
    "Ordered relationship ids along the path."
    edgeIds: [ID!]!
    length: Int!
    "1 = best."
    rank: Int!
    "One sentence in Chinese built from the relationship types and names."
    explanation: String!
    "The same in English."
    explanationEn: String!
  }

  type PathResult {
    paths: [Path!]!
    "Every node on any of the paths."
    nodes: [GraphNode!]!
    "Every relationship on any of the paths."
    edges: [GraphEdge!]!
  }

  enum TraceDirection {
    "What the entity depends on: platforms, institutes, zones, projects and enterprises that support it."
    UPSTREAM
    "What depends on the entity."
    DOWNSTREAM
  }

  type CountEntry {
    key: String!
    count: Int!
  }

  type GraphStats {
    nodeCount: Int!
    relationshipCount: Int!
    labels: [CountEntry!]!
    relationshipTypes: [CountEntry!]!
  }

  type SectionRef {
    id: ID!
    title: String!
    titleEn: String
  }

  "Where an entity is named or quoted inside a section's text (offsets into the whole source)."
  type SourceSpan {
    nodeId: ID!
    start: Int!
    end: Int!
  }

  type SourceSection {
    id: ID!
    title: String!
    titleEn: String
    "From the chapter down to this section."
    path: [SectionRef!]!
    children: [SectionRef!]!
    "The section's text as written (including its sub-sections)."
    text: String!
    "Offset of text in the whole source."
    start: Int!
    end: Int!
    spans: [SourceSpan!]!
    "The entities mentioned in this section."
    nodes: [GraphNode!]!
  }

  type Query {
    "CJK-aware search over names, English names and aliases; exact matches rank first."
    search(text: String!, labels: [String!], limit: Int = 20): [SearchHit!]!
    "One node by id."
    node(id: ID!): GraphNode
    "The nodes within depth hops of the given nodes (depth 1–3), and the relationships among them."
    neighborhood(
      ids: [ID!]!
      depth: Int = 1
      relationshipTypes: [String!]
      labels: [String!]
      limit: Int = 200
    ): Subgraph!
    "Ranked paths between two nodes: the shortest first, then longer simple paths up to maxHops (1–6)."
    paths(from: ID!, to: ID!, maxHops: Int = 4, relationshipTypes: [String!], limit: Int = 10): PathResult!
    "What an entity depends on (UPSTREAM) or what depends on it (DOWNSTREAM), up to maxHops (1–6)."
    trace(id: ID!, direction: TraceDirection = UPSTREAM, maxHops: Int = 3, relationshipTypes: [String!]): Subgraph!
    "The induced subgraph of the given nodes (at most 5,000 ids)."
    subgraph(ids: [ID!]!): Subgraph!
    "Node and relationship counts, per label and per relationship type."
    stats: GraphStats!
    "A section's title, path and text, with the spans of the entities mentioned there."
    sourceText(sectionId: ID!): SourceSection
  }
`;

// ---------- argument checks ----------

function badInput(argumentName: string, message: string): GraphQLError {
  // http.status: a rejected argument is the client's fault, so the response is 400 (Apollo strips `http`).
  return new GraphQLError(`Argument "${argumentName}": ${message}`, {
    extensions: { code: 'BAD_USER_INPUT', argumentName, http: { status: 400 } },
  });
}

/** C0 controls (null bytes, …) and unpaired UTF-16 surrogates: never part of a name or an id. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_TEXT = /[\u0000-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function safeText(name: string, value: string): string {
  if (UNSAFE_TEXT.test(value))
    throw badInput(name, 'must not contain control characters (such as null bytes) or unpaired surrogates');
  return value;
}

function intIn(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw badInput(name, `must be an integer from ${min} to ${max}, got ${value}`);
  return value;
}

function ids(name: string, values: string[], max: number): string[] {
  if (values.length === 0) throw badInput(name, 'must list at least one id');
  if (values.length > max) throw badInput(name, `lists ${values.length} ids; at most ${max} are allowed`);
  for (const v of values) {
    if (v.length === 0 || v.length > 200) throw badInput(name, 'ids are 1 to 200 characters long');
    safeText(name, v);
  }
  return [...new Set(values)];
}

function id(name: string, value: string): string {
  if (value.length === 0 || value.length > 200) throw badInput(name, 'must be 1 to 200 characters long');
  return safeText(name, value);
}

function labelList(name: string, values: string[] | null | undefined): string[] | null {
  if (values == null) return null;
  if (values.length > NODE_LABELS.length) throw badInput(name, `lists too many labels (at most ${NODE_LABELS.length})`);
  for (const v of values)
    if (!isNodeLabel(v))
      throw badInput(name, `unknown label "${v.slice(0, 40)}"; known labels: ${NODE_LABELS.join(', ')}`);
  return values;
}

function typeList(name: string, values: string[] | null | undefined): RelType[] | null {
  if (values == null) return null;
  if (values.length > REL_TYPES.length)
    throw badInput(name, `lists too many relationship types (at most ${REL_TYPES.length})`);
  for (const v of values) {
    if (!isRelType(v))
      throw badInput(name, `unknown relationship type "${v.slice(0, 40)}"; known types: ${REL_TYPES.join(', ')}`);
  }
  return values as RelType[];
}

// ---------- shaping ----------

/** Ids are ASCII: plain code-unit order is deterministic and much cheaper than locale collation. */
const compareCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

// Result shapes are shared with the client (shared/src/api-types.ts).
export type GraphNodeOut = GraphNode;
export type GraphEdgeOut = GraphEdge;
type ProvenanceOut = Provenance;

const NODE_FIELDS = new Set([
  'id',
  'name',
  'nameEn',
  'kind',
  'aliases',
  'description',
  'descriptionEn',
  'textIssue',
  'quotes',
  'quoteSectionIds',
  'quoteStarts',
  'quoteEnds',
]);

function zipProvenance(p: Record<string, unknown>, source: SourceText): ProvenanceOut[] {
  const quotes = (p.quotes as string[] | undefined) ?? [];
  const sections = (p.quoteSectionIds as string[] | undefined) ?? [];
  const starts = (p.quoteStarts as number[] | undefined) ?? [];
  const ends = (p.quoteEnds as number[] | undefined) ?? [];
  return quotes.map((quote, i) => ({
    sectionId: sections[i] ?? '',
    sectionTitle: source.sectionTitle(sections[i] ?? ''),
    sectionTitleEn: source.sectionTitleEn(sections[i] ?? ''),
    quote,
    start: starts[i] ?? 0,
    end: ends[i] ?? 0,
  }));
}

/**
 * A node as the API returns it. `properties` and `provenance` are prototype getters: GraphQL reads them only when a
 * query asks, and most exploration queries do not (a class keeps one hidden class and no per-object closures).
 */
class NodeView implements GraphNodeOut {
  readonly id: string;
  readonly labels: string[];
  readonly name: string;
  readonly nameEn: string | null;
  readonly kind: string | null;
  readonly aliases: string[];
  readonly description: string | null;
  readonly descriptionEn: string | null;
  readonly textIssue: string | null;

  constructor(
    labels: string[],
    private readonly p: Record<string, unknown>,
    private readonly source: SourceText,
  ) {
    this.id = String(p.id);
    this.labels = labels.filter((l) => l !== 'PlanNode');
    this.name = String(p.name ?? p.id);
    this.nameEn = (p.nameEn as string | undefined) ?? null;
    this.kind = (p.kind as string | undefined) ?? null;
    this.aliases = (p.aliases as string[] | undefined) ?? [];
    this.description = (p.description as string | undefined) ?? null;
    this.descriptionEn = (p.descriptionEn as string | undefined) ?? null;
    this.textIssue = (p.textIssue as string | undefined) ?? null;
  }

  get properties(): Record<string, unknown> {
    return Object.fromEntries(Object.entries(this.p).filter(([k]) => !NODE_FIELDS.has(k)));
  }

  get provenance(): ProvenanceOut[] {
    return zipProvenance(this.p, this.source);
  }
}

export function toGraphNode(n: Neo4jNode, source: SourceText): GraphNodeOut {
  return new NodeView(n.labels, n.properties as Record<string, unknown>, source);
}

const EDGE_FIELDS = new Set([
  'id',
  'quote',
  'sectionId',
  'start',
  'end',
  'quotes',
  'quoteSectionIds',
  'quoteStarts',
  'quoteEnds',
]);

type EdgeRow = { id: string; type: string; source: string; target: string; props: Record<string, unknown> };

/** A relationship as the API returns it; `properties` and `provenance` are computed on request, as for nodes. */
class EdgeView implements GraphEdgeOut {
  readonly id: string;
  readonly type: string;
  readonly source: string;
  readonly target: string;

  private readonly props: Record<string, unknown>;

  constructor(
    e: EdgeRow,
    private readonly text: SourceText,
  ) {
    this.id = e.id;
    this.type = e.type;
    this.source = e.source;
    this.target = e.target;
    this.props = e.props;
  }

  get properties(): Record<string, unknown> {
    return Object.fromEntries(Object.entries(this.props).filter(([k]) => !EDGE_FIELDS.has(k)));
  }

  get provenance(): ProvenanceOut[] {
    return zipProvenance(this.props, this.text);
  }
}

export function toGraphEdge(e: EdgeRow, source: SourceText): GraphEdgeOut {
  return new EdgeView(e, source);
}

async function induced(db: Db, source: SourceText, nodeIds: string[], types: string[] | null) {
  if (nodeIds.length === 0) return { nodes: [], edges: [] };
  const [row] = await readQuery(db, 'get-subgraph', { ids: nodeIds, types });
  const order = new Map(nodeIds.map((v, i) => [v, i]));
  const nodes = ((row?.get('nodes') as Neo4jNode[]) ?? [])
    .map((n) => toGraphNode(n, source))
    .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const edges = ((row?.get('edges') as EdgeRow[]) ?? [])
    .map((e) => toGraphEdge(e, source))
    .sort((a, b) => compareCodeUnits(a.id, b.id));
  return { nodes, edges };
}

// ---------- search ----------

/** Lucene special characters are escaped so user text is always a plain-term query. */
export function escapeLucene(text: string): string {
  return text.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&').replace(/\b(AND|OR|NOT)\b/g, (w) => w.toLowerCase());
}

function matchedField(node: GraphNodeOut, text: string): { field: string; value: string } {
  const t = text.toLowerCase();
  if (node.name === text) return { field: 'name', value: node.name };
  const exactAlias = node.aliases.find((a) => a === text);
  if (exactAlias) return { field: 'alias', value: exactAlias };
  if ((node.nameEn ?? '').toLowerCase() === t) return { field: 'nameEn', value: node.nameEn ?? '' };
  if (node.id === text) return { field: 'id', value: node.id };
  if (node.name.includes(text)) return { field: 'name', value: node.name };
  const alias = node.aliases.find((a) => a.includes(text));
  if (alias) return { field: 'alias', value: alias };
  if ((node.nameEn ?? '').toLowerCase().includes(t)) return { field: 'nameEn', value: node.nameEn ?? '' };
  // A full-text hit on some of the characters or words: report the field sharing most of them.
  const overlap = (s: string) => [...new Set(t)].filter((c) => s.toLowerCase().includes(c)).length;
  const candidates = [
    { field: 'name', value: node.name },
    { field: 'nameEn', value: node.nameEn ?? '' },
    ...node.aliases.map((a) => ({ field: 'alias', value: a })),
  ];
  return candidates.reduce((best, c) => (overlap(c.value) > overlap(best.value) ? c : best), candidates[0]!);
}

// ---------- paths ----------

function phrase(type: string) {
  return REL_PHRASES[type as RelType] ?? { zh: type, en: type.toLowerCase().replace(/_/g, ' ') };
}

export function explainPath(
  nodeIds: string[],
  edges: GraphEdgeOut[],
  names: Map<string, { zh: string; en: string }>,
): { zh: string; en: string } {
  const zh: string[] = [];
  const en: string[] = [];
  edges.forEach((e) => {
    const s = names.get(e.source) ?? { zh: e.source, en: e.source };
    const t = names.get(e.target) ?? { zh: e.target, en: e.target };
    const p = phrase(e.type);
    zh.push(`${s.zh}${p.zh}${t.zh}`);
    en.push(`${s.en} ${p.en} ${t.en}`);
  });
  const first = names.get(nodeIds[0] ?? '');
  const last = names.get(nodeIds[nodeIds.length - 1] ?? '');
  const hops = edges.length;
  return {
    zh: `${first?.zh ?? ''}经${hops}步连到${last?.zh ?? ''}:${zh.join(',')}。`,
    en: `${first?.en ?? ''} connects to ${last?.en ?? ''} in ${hops} step${hops === 1 ? '' : 's'}: ${en.join('; ')}.`,
  };
}

/** Default path types: every curated type, not MENTIONED_IN (two entities named in one section are not connected). */
const DEFAULT_PATH_TYPES = REL_TYPES.filter((t) => t !== 'MENTIONED_IN');

/** How an entity depends on others: types followed against their direction (in) or along it (out), for UPSTREAM. */
export const DEPENDENCY_EDGES: { in: RelType[]; out: RelType[] } = {
  in: ['SUPPORTS', 'LEADS', 'FOCUSES_ON', 'IN_INDUSTRY', 'ANCHORS', 'PART_OF'],
  out: ['BACKED_BY', 'LOCATED_IN'],
};

// ---------- resolvers ----------

export type ExplorationContext = { db: Db; source: SourceText };

type Args = Record<string, unknown>;

export const explorationResolvers = {
  search: async (_: unknown, args: Args, { db, source }: ExplorationContext) => {
    const text = String(args.text ?? '').trim();
    if (text.length === 0) throw badInput('text', 'must not be empty');
    if (text.length > 200) throw badInput('text', `is ${text.length} characters long; at most 200 are allowed`);
    safeText('text', text);
    const labels = labelList('labels', args.labels as string[] | null);
    const limit = intIn('limit', Number(args.limit ?? 20), 1, 100);
    const records = await readQuery(db, 'search-nodes', { text, ftQuery: escapeLucene(text), labels, limit });
    return records.map((r) => {
      const node = toGraphNode(r.get('node') as Neo4jNode, source);
      const m = matchedField(node, text);
      return { node, score: Number(r.get('score')), matchedField: m.field, matchedText: m.value };
    });
  },

  node: async (_: unknown, args: Args, { db, source }: ExplorationContext) => {
    const [row] = await readQuery(db, 'get-node', { id: id('id', String(args.id)) });
    return row ? toGraphNode(row.get('node') as Neo4jNode, source) : null;
  },

  neighborhood: async (_: unknown, args: Args, { db, source }: ExplorationContext) => {
    const start = ids('ids', args.ids as string[], 500);
    const depth = intIn('depth', Number(args.depth ?? 1), 1, 3);
    const types = typeList('relationshipTypes', args.relationshipTypes as string[] | null);
    const labels = labelList('labels', args.labels as string[] | null);
    const limit = intIn('limit', Number(args.limit ?? 200), 1, 2000);
    const seen = [...start];
    let frontier = [...start];
    let truncated = false;
    for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
      const room = limit - (seen.length - start.length);
      if (room <= 0) break;
      const fromFrontier = (
        await readQuery(db, 'expand-neighbors', { ids: frontier, exclude: seen, types, labels, limit: room + 1 })
      ).map((r) => r.get('id') as string);
      if (fromFrontier.length > room) {
        truncated = true;
        fromFrontier.length = room;
      }
      seen.push(...fromFrontier);
      frontier = fromFrontier;
    }
    const sub = await induced(db, source, seen, types);
    return { ...sub, truncated };
  },

  paths: async (_: unknown, args: Args, { db, source }: ExplorationContext) => {
    const from = id('from', String(args.from));
    const to = id('to', String(args.to));
    if (from === to) throw badInput('to', 'must differ from "from"');
    const maxHops = intIn('maxHops', Number(args.maxHops ?? 4), 1, 6);
    const types = typeList('relationshipTypes', args.relationshipTypes as string[] | null) ?? DEFAULT_PATH_TYPES;
    const limit = intIn('limit', Number(args.limit ?? 10), 1, 40);
    const rows = await readQuery(db, 'find-paths', { from, to, maxHops, types, k: 40 });
    // Keep simple paths (no node twice), ranked by length, then by fewer outline hops, then by ids for determinism.
    const raw = rows
      .map((r) => ({ nodeIds: r.get('nodeIds') as string[], edgeIds: r.get('edgeIds') as string[] }))
      .filter((p) => new Set(p.nodeIds).size === p.nodeIds.length);
    const unique = [
      ...new Map(
        raw.map((p) => {
          const key = p.edgeIds.join('|');
          return [key, { ...p, key, outlineHops: p.nodeIds.filter((n) => n.startsWith('sec-')).length }];
        }),
      ).values(),
    ];
    unique.sort(
      (a, b) => a.edgeIds.length - b.edgeIds.length || a.outlineHops - b.outlineHops || compareCodeUnits(a.key, b.key),
    );
    const chosen = unique.slice(0, limit);
    const nodeIds = [...new Set(chosen.flatMap((p) => p.nodeIds))];
    const sub = await induced(db, source, nodeIds, null);
    const edgesById = new Map(sub.edges.map((e) => [e.id, e]));
    const names = new Map(sub.nodes.map((n) => [n.id, { zh: n.name, en: n.nameEn ?? n.name }]));
    const paths = chosen.map((p, i) => {
      const edges = p.edgeIds.map((e) => edgesById.get(e)).filter((e): e is GraphEdgeOut => !!e);
      const explanation = explainPath(p.nodeIds, edges, names);
      return {
        nodeIds: p.nodeIds,
        edgeIds: p.edgeIds,
        length: p.edgeIds.length,
        rank: i + 1,
        explanation: explanation.zh,
        explanationEn: explanation.en,
      };
    });
    const usedEdges = new Set(chosen.flatMap((p) => p.edgeIds));
    return { paths, nodes: sub.nodes, edges: sub.edges.filter((e) => usedEdges.has(e.id)) };
  },

  trace: async (_: unknown, args: Args, { db, source }: ExplorationContext) => {
    const root = id('id', String(args.id));
    const direction = args.direction === 'DOWNSTREAM' ? 'DOWNSTREAM' : 'UPSTREAM';
    const maxHops = intIn('maxHops', Number(args.maxHops ?? 3), 1, 6);
    const allowed = typeList('relationshipTypes', args.relationshipTypes as string[] | null);
    const pick = (list: RelType[]) => (allowed ? list.filter((t) => allowed.includes(t)) : list);
    const inTypes = pick(direction === 'UPSTREAM' ? DEPENDENCY_EDGES.in : DEPENDENCY_EDGES.out);
    const outTypes = pick(direction === 'UPSTREAM' ? DEPENDENCY_EDGES.out : DEPENDENCY_EDGES.in);
    const limit = 2000;
    const seen = [root];
    let frontier = [root];
    let truncated = false;
    for (let hop = 0; hop < maxHops && frontier.length > 0; hop++) {
      const found = (
        await readQuery(db, 'trace-step', { ids: frontier, inTypes, outTypes, seen, limit: limit - seen.length + 1 })
      ).map((r) => r.get('id') as string);
      if (seen.length + found.length > limit) {
        truncated = true;
        found.length = limit - seen.length;
      }
      seen.push(...found);
      frontier = found;
    }
    // Only the dependency relationships, drawn in their stored direction.
    const sub = await induced(db, source, seen, [...new Set([...inTypes, ...outTypes])]);
    return { ...sub, truncated };
  },

  subgraph: async (_: unknown, args: Args, { db, source }: ExplorationContext) => {
    const list = ids('ids', args.ids as string[], 5000);
    return { ...(await induced(db, source, list, null)), truncated: false };
  },

  stats: async (_: unknown, __: Args, { db }: ExplorationContext) => {
    const [row] = await readQuery(db, 'count-graph');
    const entries = (rows: { key: string; count: number }[]) =>
      [...rows].map((r) => ({ key: r.key, count: Number(r.count) })).sort((a, b) => compareCodeUnits(a.key, b.key));
    return {
      nodeCount: Number(row?.get('nodeCount') ?? 0),
      relationshipCount: Number(row?.get('relationshipCount') ?? 0),
      labels: entries(row?.get('labels') ?? []),
      relationshipTypes: entries(row?.get('types') ?? []),
    };
  },

  sourceText: async (_: unknown, args: Args, { db, source }: ExplorationContext) => {
    const sectionId = id('sectionId', String(args.sectionId));
    const section = source.section(sectionId);
    if (!section) return null;
    const [row] = await readQuery(db, 'get-section-source', { id: sectionId });
    const mentions =
      (row?.get('mentions') as { node: Neo4jNode; spanStarts: number[] | null; spanEnds: number[] | null }[]) ?? [];
    const spans = mentions
      .flatMap((m) =>
        (m.spanStarts ?? []).map((s, i) => ({
          nodeId: String(m.node.properties.id),
          start: s,
          end: m.spanEnds?.[i] ?? s,
        })),
      )
      .filter((s) => s.start >= section.start && s.end <= section.end)
      .sort((a, b) => a.start - b.start || b.end - a.end);
    // Entities in reading order: by their first span (spans are sorted by start), then by id.
    const firstStart = new Map<string, number>();
    for (const s of spans) if (!firstStart.has(s.nodeId)) firstStart.set(s.nodeId, s.start);
    const nodes = mentions
      .map((m) => toGraphNode(m.node, source))
      .sort((a, b) => (firstStart.get(a.id) ?? 0) - (firstStart.get(b.id) ?? 0) || compareCodeUnits(a.id, b.id));
    return {
      id: section.id,
      title: source.sectionTitle(section.id) ?? section.title,
      titleEn: source.sectionTitleEn(section.id),
      path: source.path(section.id),
      children: source.children(section.id),
      text: source.text.slice(section.start, section.end),
      start: section.start,
      end: section.end,
      spans: [...new Map(spans.map((s) => [`${s.nodeId}:${s.start}:${s.end}`, s])).values()],
      nodes: [...new Map(nodes.map((n) => [n.id, n])).values()],
    };
  },
};

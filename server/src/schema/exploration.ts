/**
 * Resolvers of the exploration queries (exploration.graphql), each backed by a file in cypher/queries. Their argument
 * and result types are generated from the SDL (`npm run codegen`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Node as Neo4jNode } from 'neo4j-driver';
import type { RelType } from '@plangraph/shared';
import { readQuery, type Db } from '../db/read.ts';
import { badInput, id, ids, intIn, labelList, searchText, typeList } from './arguments.ts';
import type { ExplorationContext } from './context.ts';
import { expandFrontier } from './frontier.ts';
import type { QueryResolvers } from './generated/resolvers.ts';
import { DEFAULT_PATH_TYPES, DEPENDENCY_EDGES, explainPath, rankPaths } from './paths.ts';
import { escapeLucene, matchedField, substringQuery } from './search.ts';
import type { SourceText } from './source-text.ts';
import { compareCodeUnits, toGraphEdge, toGraphNode, type EdgeRow, type EdgeView } from './views.ts';

export type { ExplorationContext } from './context.ts';

export const explorationTypeDefs = readFileSync(
  fileURLToPath(new URL('./exploration.graphql', import.meta.url)),
  'utf8',
);

/** The nodes with these ids (in that order) and the relationships among them (of these types, or any). */
async function induced(db: Db, source: SourceText, nodeIds: string[], types: readonly string[] | null) {
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

const resultIds = (rows: { get(key: 'id'): unknown }[]) => rows.map((r) => r.get('id') as string);

export const explorationResolvers: QueryResolvers<ExplorationContext> = {
  search: async (_, args, { db, source }) => {
    const text = searchText('text', args.text);
    const labels = labelList('labels', args.labels);
    const limit = intIn('limit', args.limit, 20, 1, 100);
    const records = await readQuery(db, 'search-nodes', {
      text,
      substringQuery: substringQuery(text),
      ftQuery: escapeLucene(text),
      labels,
      limit,
    });
    return records.map((r) => {
      const node = toGraphNode(r.get('node') as Neo4jNode, source);
      const m = matchedField(node, text);
      return { node, score: Number(r.get('score')), matchedField: m.field, matchedText: m.value };
    });
  },

  node: async (_, args, { db, source }) => {
    const [row] = await readQuery(db, 'get-node', { id: id('id', args.id) });
    return row ? toGraphNode(row.get('node') as Neo4jNode, source) : null;
  },

  neighborhood: async (_, args, { db, source }) => {
    const start = ids('ids', args.ids, 500);
    const depth = intIn('depth', args.depth, 1, 1, 3);
    const types = typeList('relationshipTypes', args.relationshipTypes);
    const labels = labelList('labels', args.labels);
    const limit = intIn('limit', args.limit, 200, 1, 2000);
    const found = await expandFrontier(start, {
      hops: depth,
      maxNodes: start.length + limit,
      step: async (frontier, seen, room) =>
        resultIds(
          await readQuery(db, 'expand-neighbors', { ids: frontier, exclude: seen, types, labels, limit: room }),
        ),
    });
    return { ...(await induced(db, source, found.ids, types)), truncated: found.truncated };
  },

  paths: async (_, args, { db, source }) => {
    const from = id('from', args.from);
    const to = id('to', args.to);
    if (from === to) throw badInput('to', 'must differ from "from"');
    const maxHops = intIn('maxHops', args.maxHops, 4, 1, 6);
    const types = typeList('relationshipTypes', args.relationshipTypes) ?? DEFAULT_PATH_TYPES;
    const limit = intIn('limit', args.limit, 10, 1, 40);
    const rows = await readQuery(db, 'find-paths', { from, to, maxHops, types, k: 40 });
    const chosen = rankPaths(
      rows.map((r) => ({ nodeIds: r.get('nodeIds') as string[], edgeIds: r.get('edgeIds') as string[] })),
      limit,
    );
    const sub = await induced(db, source, [...new Set(chosen.flatMap((p) => p.nodeIds))], null);
    const edgesById = new Map(sub.edges.map((e) => [e.id, e]));
    const names = new Map(sub.nodes.map((n) => [n.id, { zh: n.name, en: n.nameEn ?? n.name }]));
    const paths = chosen.map((p, i) => {
      const edges = p.edgeIds.map((e) => edgesById.get(e)).filter((e): e is EdgeView => !!e);
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

  trace: async (_, args, { db, source }) => {
    const root = id('id', args.id);
    const direction = args.direction === 'DOWNSTREAM' ? 'DOWNSTREAM' : 'UPSTREAM';
    const maxHops = intIn('maxHops', args.maxHops, 3, 1, 6);
    const allowed = typeList('relationshipTypes', args.relationshipTypes);
    const pick = (list: RelType[]) => (allowed ? list.filter((t) => allowed.includes(t)) : list);
    const inTypes = pick(direction === 'UPSTREAM' ? DEPENDENCY_EDGES.in : DEPENDENCY_EDGES.out);
    const outTypes = pick(direction === 'UPSTREAM' ? DEPENDENCY_EDGES.out : DEPENDENCY_EDGES.in);
    const found = await expandFrontier([root], {
      hops: maxHops,
      maxNodes: 2000,
      step: async (frontier, seen, room) =>
        resultIds(await readQuery(db, 'trace-step', { ids: frontier, inTypes, outTypes, seen, limit: room })),
    });
    // Only the dependency relationships, drawn in their stored direction.
    const sub = await induced(db, source, found.ids, [...new Set([...inTypes, ...outTypes])]);
    return { ...sub, truncated: found.truncated };
  },

  subgraph: async (_, args, { db, source }) => {
    const list = ids('ids', args.ids, 5000);
    return { ...(await induced(db, source, list, null)), truncated: false };
  },

  stats: async (_, __, { db }) => {
    const [row] = await readQuery(db, 'count-graph');
    const entries = (rows: { key: string; count: number }[]) =>
      [...rows].map((r) => ({ key: r.key, count: Number(r.count) })).sort((a, b) => compareCodeUnits(a.key, b.key));
    return {
      nodeCount: Number(row?.get('nodeCount') ?? 0),
      relationshipCount: Number(row?.get('relationshipCount') ?? 0),
      labels: entries((row?.get('labels') as { key: string; count: number }[] | undefined) ?? []),
      relationshipTypes: entries((row?.get('types') as { key: string; count: number }[] | undefined) ?? []),
    };
  },

  sourceText: async (_, args, { db, source }) => {
    const sectionId = id('sectionId', args.sectionId);
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

/**
 * Resolvers of the insights queries (insights.graphql): rankings, gaps, coverage, communities, mentions and indicator
 * observations, each backed by a file in cypher/queries. Measures were stored on the nodes when the graph was loaded.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Node as Neo4jNode } from 'neo4j-driver';
import { readQuery } from '../db/read.ts';
import {
  badInput,
  id,
  intIn,
  kindList,
  labelList,
  requiredLabel,
  requiredType,
  searchText,
  typeList,
} from './arguments.ts';
import type { ExplorationContext } from './context.ts';
import type { CentralityMeasure, CommunityResolvers, QueryResolvers } from './generated/resolvers.ts';
import { escapeLucene } from './search.ts';
import { compareCodeUnits, toGraphEdge, toGraphNode, type EdgeRow, type NodeView } from './views.ts';

export const insightsTypeDefs = readFileSync(fileURLToPath(new URL('./insights.graphql', import.meta.url)), 'utf8');

/** The node property that stores each measure (written by seed/src/measures.ts). */
export const MEASURE_PROPERTY: Record<CentralityMeasure, string> = {
  DEGREE: 'degree',
  IN_DEGREE: 'inDegree',
  OUT_DEGREE: 'outDegree',
  PAGERANK: 'pagerank',
  BETWEENNESS: 'betweenness',
};

/** A community as the resolver builds it; `members(limit)` slices the members fetched once. */
export type CommunityRow = { id: string; name: string; nameEn: string; size: number; all: NodeView[] };

const MAX_COVERAGE_COLUMNS = 200;
const MAX_MEMBERS = 100;

const HAN = /^\p{Script=Han}+$/u;

/**
 * How to find the sentences that contain a text. A run of two or more Han characters is found exactly by a phrase
 * query on the CJK-bigram index; anything else (one character, Latin words or fragments, digits, punctuation) is
 * checked against every sentence, which the plan's length bounds (about two thousand).
 */
export function mentionSearch(text: string): { ftQuery: string | null; scan: boolean } {
  if (HAN.test(text) && [...text].length >= 2) return { ftQuery: `"${escapeLucene(text)}"`, scan: false };
  return { ftQuery: null, scan: true };
}

export const insightsResolvers: QueryResolvers<ExplorationContext> = {
  centrality: async (_, args, { db, source }) => {
    const property = MEASURE_PROPERTY[args.measure];
    if (!property) throw badInput('measure', `unknown measure; known: ${Object.keys(MEASURE_PROPERTY).join(', ')}`);
    const labels = labelList('labels', args.labels);
    const limit = intIn('limit', args.limit, 20, 1, 500);
    const rows = await readQuery(db, 'rank-nodes', { property, labels, limit });
    return rows.map((r, i) => ({
      rank: i + 1,
      score: Number(r.get('score')),
      node: toGraphNode(r.get('node') as Neo4jNode, source),
    }));
  },

  gaps: async (_, args, { db, source }) => {
    const label = requiredLabel('label', args.label);
    const type = requiredType('relationshipType', args.relationshipType);
    const limit = intIn('limit', args.limit, 100, 1, 1000);
    const rows = await readQuery(db, 'find-gaps', {
      label,
      type,
      direction: args.direction,
      viaPartOf: args.viaPartOf ?? true,
      limit,
    });
    return rows.map((r) => toGraphNode(r.get('node') as Neo4jNode, source));
  },

  coverage: async (_, args, { db, source }) => {
    const rowLabel = requiredLabel('rowLabel', args.rowLabel);
    const columnLabel = requiredLabel('columnLabel', args.columnLabel);
    const types = typeList('relationshipTypes', args.relationshipTypes)!;
    if (types.length === 0) throw badInput('relationshipTypes', 'must list at least one relationship type');
    const [row] = await readQuery(db, 'get-coverage', {
      rowLabel,
      columnLabel,
      rowKinds: kindList('rowKinds', args.rowKinds),
      columnKinds: kindList('columnKinds', args.columnKinds),
      types,
      viaPartOf: args.viaPartOf ?? true,
      maxColumns: MAX_COVERAGE_COLUMNS,
    });
    const columns = ((row?.get('columns') as Neo4jNode[]) ?? []).map((n) => toGraphNode(n, source));
    const raw = (row?.get('cells') as { column: string; row: Neo4jNode; edges: EdgeRow[] }[]) ?? [];
    const rowsById = new Map<string, NodeView>();
    const covered = new Map<string, number>();
    const cells = raw.map((c) => {
      const node = toGraphNode(c.row, source);
      rowsById.set(node.id, node);
      covered.set(node.id, (covered.get(node.id) ?? 0) + 1);
      const edges = c.edges.map((e) => toGraphEdge(e, source)).sort((a, b) => compareCodeUnits(a.id, b.id));
      return { row: node.id, column: c.column, count: edges.length, edges };
    });
    const rows = [...rowsById.values()].sort(
      (a, b) => (covered.get(b.id) ?? 0) - (covered.get(a.id) ?? 0) || compareCodeUnits(a.id, b.id),
    );
    return { rows, columns, cells };
  },

  communities: async (_, args, { db, source }) => {
    const limit = intIn('limit', args.limit, 20, 1, 500);
    const rows = await readQuery(db, 'list-communities', { limit, memberLimit: MAX_MEMBERS });
    return rows.map((r): CommunityRow => {
      const all = (r.get('members') as Neo4jNode[]).map((n) => toGraphNode(n, source));
      const central = all[0];
      return {
        id: String(r.get('community')),
        name: central?.name ?? '',
        nameEn: central?.nameEn ?? central?.name ?? '',
        size: Number(r.get('size')),
        all,
      };
    });
  },

  mentions: async (_, args, { db, source }) => {
    const text = searchText('text', args.text, 100);
    const limit = intIn('limit', args.limit, 50, 1, 500);
    const rows = await readQuery(db, 'find-mentions', { text, ...mentionSearch(text) });
    const sentences = rows.map((r) => ({
      id: r.get('id') as string,
      quote: r.get('text') as string,
      start: Number(r.get('start')),
      end: Number(r.get('end')),
      sectionId: r.get('sectionId') as string,
      count: Number(r.get('count')),
    }));
    const perSection = new Map<string, number>();
    for (const s of sentences) perSection.set(s.sectionId, (perSection.get(s.sectionId) ?? 0) + s.count);
    const shown = sentences.slice(0, limit);
    const entityRows = shown.length
      ? await readQuery(db, 'get-sentence-entities', { ids: shown.map((s) => s.id) })
      : [];
    const entities = new Map(
      entityRows.map((r) => [
        r.get('id') as string,
        (r.get('entities') as Neo4jNode[]).map((n) => toGraphNode(n, source)),
      ]),
    );
    const title = (id: string) => source.sectionTitle(id) ?? id;
    return {
      total: sentences.reduce((n, s) => n + s.count, 0),
      sections: [...perSection].map(([sectionId, count]) => ({ sectionId, sectionTitle: title(sectionId), count })),
      hits: shown.map((s) => ({
        sectionId: s.sectionId,
        sectionTitle: title(s.sectionId),
        quote: s.quote,
        start: s.start,
        end: s.end,
        entities: entities.get(s.id) ?? [],
      })),
    };
  },

  observations: async (_, args, { db }) => {
    const indicatorId = args.indicator == null ? null : id('indicator', args.indicator);
    const rows = await readQuery(db, 'list-observations', { indicatorId });
    return rows.map((r) => ({
      indicatorId: r.get('indicatorId') as string,
      year: Number(r.get('year')),
      value: Number(r.get('value')),
      unit: r.get('unit') as string,
      source: r.get('source') as string,
    }));
  },
};

export const communityResolvers: CommunityResolvers<ExplorationContext> = {
  members: (community, args) => community.all.slice(0, intIn('limit', args.limit, 20, 1, MAX_MEMBERS)),
};

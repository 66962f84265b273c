/** Nodes and relationships as the exploration API returns them, built from what the Cypher queries return. */
import type { Node as Neo4jNode } from 'neo4j-driver';
import { mapQuotes, NODE_PROVENANCE_PROPERTIES, RELATIONSHIP_PROVENANCE_PROPERTIES } from '@plangraph/shared';
import type { GraphEdge, GraphNode, Provenance } from './generated/resolvers.ts';
import type { SourceText } from './source-text.ts';

/** Ids are ASCII: plain code-unit order is deterministic and much cheaper than locale collation. */
export const compareCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Properties with a field of their own; `properties` returns the rest. */
const NODE_FIELDS = new Set<string>([
  'id',
  'name',
  'nameEn',
  'kind',
  'aliases',
  'description',
  'descriptionEn',
  'textIssue',
  'textIssueZh',
  ...NODE_PROVENANCE_PROPERTIES,
]);
const EDGE_FIELDS = new Set<string>(['id', ...RELATIONSHIP_PROVENANCE_PROPERTIES]);

/** A copy of the properties without those that have a field of their own (a plain loop: this runs per entity). */
function withoutFields(props: Record<string, unknown>, fields: Set<string>): Record<string, unknown> {
  const rest: Record<string, unknown> = {};
  for (const key in props) if (!fields.has(key)) rest[key] = props[key];
  return rest;
}

function provenanceOf(props: Record<string, unknown>, source: SourceText): Provenance[] {
  return mapQuotes(props, (quote, sectionId, start, end) => ({
    sectionId,
    sectionTitle: source.sectionTitle(sectionId),
    sectionTitleEn: source.sectionTitleEn(sectionId),
    quote,
    start,
    end,
  }));
}

/**
 * A node as the API returns it. `properties` and `provenance` are prototype getters: GraphQL reads them only when a
 * query asks, and most exploration queries do not (a class keeps one hidden class and no per-object closures).
 */
export class NodeView implements GraphNode {
  readonly id: string;
  readonly labels: string[];
  readonly name: string;
  readonly nameEn: string | null;
  readonly kind: string | null;
  readonly aliases: string[];
  readonly description: string | null;
  readonly descriptionEn: string | null;
  readonly textIssue: string | null;
  readonly textIssueZh: string | null;

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
    this.textIssueZh = (p.textIssueZh as string | undefined) ?? null;
  }

  get properties(): Record<string, unknown> {
    return withoutFields(this.p, NODE_FIELDS);
  }

  get provenance(): Provenance[] {
    return provenanceOf(this.p, this.source);
  }
}

export function toGraphNode(n: Neo4jNode, source: SourceText): NodeView {
  return new NodeView(n.labels, n.properties, source);
}

/** A relationship as returned by get-subgraph.cypher. */
export type EdgeRow = { id: string; type: string; source: string; target: string; props: Record<string, unknown> };

/** A relationship as the API returns it; `properties` and `provenance` are computed on request, as for nodes. */
export class EdgeView implements GraphEdge {
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
    return withoutFields(this.props, EDGE_FIELDS);
  }

  get provenance(): Provenance[] {
    return provenanceOf(this.props, this.text);
  }
}

export function toGraphEdge(e: EdgeRow, source: SourceText): EdgeView {
  return new EdgeView(e, source);
}

/**
 * Writes a validated graph into Neo4j: schema first, then ONE transaction that removes the plan graph and creates
 * every node and relationship in batched UNWIND statements, so a load is all-or-nothing and a re-run converges to
 * the same graph. Replacing instead of merging costs little on a loaded store and makes a first load the bare
 * CREATE: MERGE of relationships by a property under a dynamic type took ten times as long as creating them.
 */
import type { Driver } from 'neo4j-driver';
import { query, schemaStatements } from '@plangraph/cypher';
import { encodeNodeProvenance, encodeRelationshipProvenance, isNodeLabel, isRelType } from '@plangraph/shared';
import type { Graph, NodeRow, ObservationRow, RelRow } from './dataset.ts';
import { withMeasures } from './measures.ts';
import type { Sentence } from '@plangraph/plan';

const BATCH = 500;

/** Neo4j properties cannot be maps or null inside lists; drop nulls (absent = null in Cypher). */
function cleanProps(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && v !== undefined));
}

export function nodeParams(n: NodeRow) {
  if (!isNodeLabel(n.label)) throw new Error(`label "${String(n.label)}" is not in the allow-list`);
  return {
    id: n.id,
    label: n.label,
    props: cleanProps({ ...n.props, ...encodeNodeProvenance(n.provenance) }),
  };
}

export function relParams(r: RelRow) {
  if (!isRelType(r.type)) throw new Error(`relationship type "${String(r.type)}" is not in the allow-list`);
  return {
    id: r.id,
    type: r.type,
    from: r.from,
    to: r.to,
    props: cleanProps({ ...r.props, id: r.id, ...encodeRelationshipProvenance(r.provenance) }),
  };
}

const SCHEMA_NAME = /^(?:CREATE (?:CONSTRAINT|FULLTEXT INDEX|INDEX) (\w+) IF NOT EXISTS|DROP INDEX (\w+) IF EXISTS)\b/;

/**
 * Applies cypher/schema: statements that would change nothing (an index or constraint of that name exists, or the
 * index to drop does not) are skipped, so re-applying costs one round trip. A changed definition gets a new name.
 */
export async function applySchema(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database });
  try {
    const [row] = (await session.run(query('list-index-names'))).records;
    const existing = new Set((row?.get('names') as string[] | undefined) ?? []);
    for (const { statement } of schemaStatements()) {
      const [, created, dropped] = SCHEMA_NAME.exec(statement) ?? [];
      if (created && existing.has(created)) continue;
      if (dropped && !existing.has(dropped)) continue;
      await session.run(statement);
    }
  } finally {
    await session.close();
  }
}

export type LoadResult = { nodes: number; relationships: number; ms: number };

export async function loadGraph(
  driver: Driver,
  graph: Pick<Graph, 'nodes' | 'rels'> & {
    sentences?: readonly Sentence[];
    observations?: readonly ObservationRow[];
  },
  options: { database?: string; onProgress?: (message: string) => void; timeoutMs?: number } = {},
): Promise<LoadResult> {
  const started = Date.now();
  await applySchema(driver, options.database);
  const nodes = withMeasures(graph.nodes, graph.rels).map(nodeParams);
  const rels = graph.rels.map(relParams);
  const session = driver.session({ database: options.database });
  try {
    await session.executeWrite(
      async (tx) => {
        await tx.run(query('delete-plan-graph'));
        for (let i = 0; i < nodes.length; i += BATCH) {
          await tx.run(query('create-nodes'), { rows: nodes.slice(i, i + BATCH) });
          options.onProgress?.(`nodes ${Math.min(i + BATCH, nodes.length)}/${nodes.length}`);
        }
        for (let i = 0; i < rels.length; i += BATCH) {
          await tx.run(query('create-relationships'), { rows: rels.slice(i, i + BATCH) });
          options.onProgress?.(`relationships ${Math.min(i + BATCH, rels.length)}/${rels.length}`);
        }
        if (graph.sentences) {
          await tx.run(query('delete-sentences'));
          for (let i = 0; i < graph.sentences.length; i += BATCH) {
            await tx.run(query('create-sentences'), { rows: graph.sentences.slice(i, i + BATCH) });
          }
        }
        if (graph.observations) {
          await tx.run(query('delete-observations'));
          if (graph.observations.length > 0) await tx.run(query('create-observations'), { rows: graph.observations });
        }
      },
      { timeout: options.timeoutMs ?? 120_000 },
    );
  } finally {
    await session.close();
  }
  return { nodes: nodes.length, relationships: rels.length, ms: Date.now() - started };
}

export type DbCounts = {
  nodeCount: number;
  relationshipCount: number;
  labels: Record<string, number>;
  types: Record<string, number>;
};

export async function countGraph(driver: Driver, database?: string): Promise<DbCounts> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(async (tx) => {
      const res = await tx.run(query('count-graph'));
      const row = res.records[0];
      const toMap = (rows: { key: string; count: unknown }[]) =>
        Object.fromEntries(
          rows.map((r): [string, number] => [r.key, Number(r.count)]).sort(([a], [b]) => a.localeCompare(b)),
        );
      return {
        nodeCount: Number(row?.get('nodeCount') ?? 0),
        relationshipCount: Number(row?.get('relationshipCount') ?? 0),
        labels: toMap((row?.get('labels') as { key: string; count: unknown }[] | undefined) ?? []),
        types: toMap((row?.get('types') as { key: string; count: unknown }[] | undefined) ?? []),
      };
    });
  } finally {
    await session.close();
  }
}

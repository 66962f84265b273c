/**
 * (3) Load throughput: the seed loader (validation, schema, then one transaction that replaces the graph) against a
 * bare UNWIND … CREATE of the same rows, each into an emptied database of its own store; on the plan dataset and on
 * the 100k/500k synthetic graph (bench/synthetic.ts, built in memory: it has no YAML, so what the loader validates
 * there is every label and type against the allow-lists).
 */
import type { Driver } from 'neo4j-driver';
import { createDriver } from '@plangraph/neo4j-embedded';
import { query } from '@plangraph/cypher';
import { applySchema, buildGraph, countGraph, loadGraph } from '@plangraph/seed';
import { nodeParams, relParams } from '../../seed/src/load.ts';
import { benchLog, startNeo4j, tempDir } from '../lib/env.ts';
import { median, round } from '../lib/stats.ts';
import type { Suite } from '../lib/suite.ts';
import { buildSynthetic } from '../synthetic.ts';

const SYNTHETIC = { nodes: 100_000, rels: 500_000 };

const BATCH = 500; // the loader's batch size

async function clear(driver: Driver) {
  const session = driver.session();
  try {
    await session.executeWrite(
      async (tx) => {
        await tx.run(query('delete-stale-nodes'), { ids: [] });
        await tx.run(query('delete-sentences'));
      },
      { timeout: 600_000 },
    );
  } finally {
    await session.close();
  }
}

/** The same rows the loader writes (nodes, relationships and the plan's sentences), with nothing else. */
async function bareCreate(driver: Driver, nodes: unknown[], rels: unknown[], sentences: readonly unknown[] = []) {
  const session = driver.session();
  try {
    await session.executeWrite(
      async (tx) => {
        for (let i = 0; i < nodes.length; i += BATCH)
          await tx.run(query('create-nodes'), { rows: nodes.slice(i, i + BATCH) });
        for (let i = 0; i < rels.length; i += BATCH)
          await tx.run(query('create-relationships'), { rows: rels.slice(i, i + BATCH) });
        for (let i = 0; i < sentences.length; i += BATCH)
          await tx.run(query('create-sentences'), { rows: sentences.slice(i, i + BATCH) });
      },
      { timeout: 900_000 },
    );
  } finally {
    await session.close();
  }
}

export const loadSuite: Suite = {
  name: 'load',
  description: 'seed loader (validation + replace) vs bare UNWIND CREATE, rows/s',
  async run(ctx) {
    const store = tempDir('load');
    // Both writes of the synthetic graph are one transaction of 600,000 rows, as the loader's all-or-nothing load is:
    // Neo4j caps a transaction's memory at 70 % of the heap, and such a transaction outgrows a 4 GB heap's cap.
    const conn = await startNeo4j(store.dir, 256, 10_240);
    const driver = createDriver(conn, { maxTransactionRetryTimeMs: 30_000 });
    try {
      await applySchema(driver);
      const probe = buildGraph();
      // The loader also writes the plan's sentences (for the mentions search): they count as rows, and the bare
      // CREATE writes them too.
      const rows = probe.nodes.length + probe.rels.length + probe.sentences.length;
      const reps = ctx.quick ? 2 : 5;
      const loader: number[] = [];
      const validation: number[] = [];
      const bare: number[] = [];
      const schema: number[] = [];
      const check = async (what: string) => {
        const counts = await countGraph(driver);
        if (counts.nodeCount !== probe.nodes.length || counts.relationshipCount !== probe.rels.length)
          throw new Error(`${what} wrote ${counts.nodeCount}/${counts.relationshipCount}, not the dataset's counts`);
      };
      // One unmeasured round of each warms the JVM and the query plans.
      for (let rep = -1; rep < reps; rep++) {
        await clear(driver);
        let t0 = performance.now();
        const graph = buildGraph();
        const t1 = performance.now();
        await loadGraph(driver, graph);
        const t2 = performance.now();
        await check('the loader');
        if (rep >= 0) {
          validation.push(t1 - t0);
          loader.push(t2 - t0);
        }

        // loadGraph re-applies the schema (IF NOT EXISTS statements) each time; its share of the loader's time:
        const ts = performance.now();
        await applySchema(driver);
        if (rep >= 0) schema.push(performance.now() - ts);

        await clear(driver);
        const nodes = probe.nodes.map(nodeParams);
        const rels = probe.rels.map(relParams);
        t0 = performance.now();
        await bareCreate(driver, nodes, rels, probe.sentences);
        if (rep >= 0) bare.push(performance.now() - t0);
        await check('the bare CREATE');
      }
      const perSecond = (count: number, ms: number) => round((count / ms) * 1000, 0);
      ctx.emit({
        suite: 'load',
        name: 'plan-dataset',
        rows,
        nodes: probe.nodes.length,
        relationships: probe.rels.length,
        sentences: probe.sentences.length,
        reps,
        loaderMedianMs: round(median(loader), 1),
        validationMedianMs: round(median(validation), 1),
        schemaReapplyMedianMs: round(median(schema), 1),
        bareCreateMedianMs: round(median(bare), 1),
        loaderRowsPerSecond: perSecond(rows, median(loader)),
        loaderWriteOnlyRowsPerSecond: perSecond(rows, median(loader) - median(validation)),
        bareCreateRowsPerSecond: perSecond(rows, median(bare)),
        // How many times longer the loader takes than the bare CREATE.
        ratioLoaderToBare: round(median(loader) / median(bare), 2),
      });

      // The synthetic graph: the same two writes, one round each after the plan's warm-up (each takes minutes).
      const synthetic = buildSynthetic(SYNTHETIC.nodes, SYNTHETIC.rels);
      const synRows = synthetic.nodes.length + synthetic.rels.length;
      const synCheck = async (what: string) => {
        const counts = await countGraph(driver);
        if (counts.nodeCount !== synthetic.nodes.length || counts.relationshipCount !== synthetic.rels.length)
          throw new Error(`${what} wrote ${counts.nodeCount}/${counts.relationshipCount} synthetic rows, not all`);
      };
      await clear(driver);
      let t0 = performance.now();
      await loadGraph(driver, synthetic, { timeoutMs: 900_000 });
      const synLoader = performance.now() - t0;
      await synCheck('the loader');
      benchLog(`load synthetic: loader ${round(synLoader, 0)} ms`);
      await clear(driver);
      const synNodes = synthetic.nodes.map(nodeParams);
      const synRels = synthetic.rels.map(relParams);
      t0 = performance.now();
      await bareCreate(driver, synNodes, synRels);
      const synBare = performance.now() - t0;
      await synCheck('the bare CREATE');
      benchLog(`load synthetic: bare CREATE ${round(synBare, 0)} ms`);
      await clear(driver);
      ctx.emit({
        suite: 'load',
        name: 'synthetic-100k-500k',
        rows: synRows,
        nodes: synthetic.nodes.length,
        relationships: synthetic.rels.length,
        reps: 1,
        loaderMs: round(synLoader, 1),
        bareCreateMs: round(synBare, 1),
        loaderRowsPerSecond: perSecond(synRows, synLoader),
        bareCreateRowsPerSecond: perSecond(synRows, synBare),
        ratioLoaderToBare: round(synLoader / synBare, 2),
      });
    } finally {
      await driver.close();
      await conn.stop();
      store.remove();
    }
  },
};

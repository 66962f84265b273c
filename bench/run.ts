/**
 * npm run bench [-- --only api,cold,scale,load,http,frontend,peers,export,measures,startup] [-- --quick]
 * Runs the benchmark suites (bench/suites/*.ts), prints one JSON line per measurement and writes
 * bench/results/latest.json. See docs/bench.md for what each number means.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createDriver } from '@plangraph/neo4j-embedded';
import { applySchema, buildGraph, loadGraph } from '@plangraph/seed';
import { awaitIndexes, benchLog, serveApp, startNeo4j, tempDir, type Env } from './lib/env.ts';
import type { Context, Measurement, Suite } from './lib/suite.ts';
import { apiSuite } from './suites/api.ts';
import { coldShapesSuite } from './suites/cold-shapes.ts';
import { exportSuite } from './suites/export.ts';
import { frontendSuite } from './suites/frontend.ts';
import { httpSuite } from './suites/http.ts';
import { loadSuite } from './suites/load.ts';
import { measuresSuite } from './suites/measures.ts';
import { peersSuite } from './suites/peers.ts';
import { scaleSuite } from './suites/scale.ts';
import { startupSuite } from './suites/startup.ts';
import { generateSynthetic, readSyntheticMeta, SYNTHETIC_DIR } from './synthetic.ts';

const SUITES: Suite[] = [
  apiSuite,
  coldShapesSuite,
  scaleSuite,
  loadSuite,
  httpSuite,
  frontendSuite,
  peersSuite,
  exportSuite,
  measuresSuite,
  startupSuite,
];
const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));

async function startPlan(): Promise<Env> {
  const store = tempDir('plan');
  const conn = await startNeo4j(store.dir);
  const seed = createDriver(conn, { maxTransactionRetryTimeMs: 30_000 });
  try {
    await applySchema(seed);
    await loadGraph(seed, buildGraph());
    await awaitIndexes(seed);
  } finally {
    await seed.close();
  }
  return serveApp('plan', conn, async () => {
    await conn.stop();
    store.remove();
  });
}

async function startSynthetic(): Promise<Env> {
  if (!readSyntheticMeta()) {
    benchLog('no synthetic graph yet: generating it (npm run seed:synthetic does the same)');
    await generateSynthetic({ nodes: 100_000, rels: 500_000 });
  }
  const conn = await startNeo4j(SYNTHETIC_DIR, 512);
  // A store generated before a schema change gets the current indexes (search depends on its full-text index).
  const seed = createDriver(conn, { maxTransactionRetryTimeMs: 30_000 });
  try {
    await applySchema(seed);
    await awaitIndexes(seed);
  } finally {
    await seed.close();
  }
  return serveApp('synthetic', conn, () => conn.stop());
}

function lazy(start: () => Promise<Env>) {
  let env: Promise<Env> | undefined;
  return {
    get: () => (env ??= start()),
    close: async () => {
      if (env) await (await env).close();
    },
  };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { only: { type: 'string' }, quick: { type: 'boolean', default: false } },
  });
  const wanted = values.only?.split(',').map((s) => s.trim()) ?? SUITES.map((s) => s.name);
  const unknown = wanted.filter((w) => !SUITES.some((s) => s.name === w));
  if (unknown.length > 0) {
    console.error(`unknown suite(s): ${unknown.join(', ')}; known: ${SUITES.map((s) => s.name).join(', ')}`);
    return 2;
  }
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
  };
  const measurements: Measurement[] = [];
  const plan = lazy(startPlan);
  const synthetic = lazy(startSynthetic);
  const ctx: Context = {
    quick: values.quick,
    plan: plan.get,
    synthetic: synthetic.get,
    memo: new Map(),
    emit(m) {
      measurements.push(m);
      console.log(JSON.stringify(m));
    },
  };
  const startedAt = new Date().toISOString();
  const failures: string[] = [];
  try {
    for (const suite of SUITES.filter((s) => wanted.includes(s.name))) {
      benchLog(`suite ${suite.name}: ${suite.description}`);
      const t0 = Date.now();
      try {
        await suite.run(ctx);
      } catch (e) {
        // One broken suite should not cost the others' numbers; the run still fails at the end.
        failures.push(`${suite.name}: ${(e as Error).message}`);
        benchLog(`suite ${suite.name} failed: ${(e as Error).stack ?? String(e)}`);
      }
      benchLog(`suite ${suite.name} done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
  } finally {
    await plan.close();
    await synthetic.close();
  }
  mkdirSync(RESULTS_DIR, { recursive: true });
  const report = {
    startedAt,
    finishedAt: new Date().toISOString(),
    quick: values.quick,
    suites: wanted,
    machine,
    measurements,
    failures,
  };
  writeFileSync(`${RESULTS_DIR}latest.json`, `${JSON.stringify(report, null, 2)}\n`);
  benchLog(`wrote bench/results/latest.json (${measurements.length} measurements)`);
  return failures.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : e);
    process.exit(1);
  },
);

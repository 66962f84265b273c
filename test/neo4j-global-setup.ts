/**
 * Vitest's global setup for the integration tests: one Neo4j holding the fixture graph for the whole run.
 *
 * By default an embedded Neo4j in a temporary store on a free loopback port, removed afterwards. With
 * TEST_NEO4J_URI (with TEST_NEO4J_USER / TEST_NEO4J_PASSWORD) the tests use that server's default database
 * instead — a disposable one: they replace every :PlanNode in it with the fixture graph, apply the schema
 * (constraints, indexes), write and delete probe nodes, load the full plan once, and leave the fixture graph
 * behind. NEO4J_URI is ignored, and a TEST_NEO4J_URI equal to it is refused, so tests never touch the app's data.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedNeo4j, createDriver } from '@plangraph/neo4j-embedded';
import { buildGraph, loadGraph } from '@plangraph/seed';
import { FIXTURE_DIR } from './fixture.ts';

/** Where the tests find their database (test/neo4j.ts reads it with inject). */
export type TestNeo4j = { uri: string; user: string; password: string };

declare module 'vitest' {
  export interface ProvidedContext {
    testNeo4j: TestNeo4j;
  }
}

/** The server named by TEST_NEO4J_*, or undefined for an embedded one. */
export function externalTestNeo4j(env: NodeJS.ProcessEnv = process.env): TestNeo4j | undefined {
  const uri = env.TEST_NEO4J_URI;
  if (!uri) return undefined;
  if (env.NEO4J_URI && uri === env.NEO4J_URI)
    throw new Error(
      `TEST_NEO4J_URI is the app's NEO4J_URI (${uri}): the integration tests overwrite the plan graph, point them at a disposable database`,
    );
  return {
    uri,
    user: env.TEST_NEO4J_USER ?? 'neo4j',
    password: env.TEST_NEO4J_PASSWORD ?? '',
  };
}

export default async function setup(project: TestProject) {
  let target = externalTestNeo4j();
  let stop = async () => {};
  if (!target) {
    const dir = mkdtempSync(join(tmpdir(), 'plangraph-test-neo4j-'));
    try {
      const conn = await startEmbeddedNeo4j({ dataDir: dir, heapMb: 768, log: (l) => process.stderr.write(`${l}\n`) });
      target = { uri: conn.uri, user: conn.user, password: conn.password };
      stop = async () => {
        await conn.stop();
        rmSync(dir, { recursive: true, force: true });
      };
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
  }
  const driver = createDriver(target);
  try {
    await loadGraph(driver, buildGraph({ dataDir: FIXTURE_DIR }));
  } finally {
    await driver.close();
  }
  project.provide('testNeo4j', target);
  return stop;
}

/**
 * Starts one embedded Neo4j for the integration tests (a temporary store on a free loopback port), loads the
 * fixture graph, and stops it afterwards. TEST_NEO4J_URI points the tests at a disposable server instead;
 * NEO4J_URI is deliberately ignored so tests never touch a user's data.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedNeo4j, createDriver } from '@plangraph/neo4j-embedded';
import { buildGraph, loadGraph } from '@plangraph/seed';
import { FIXTURE_DIR } from './fixture.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

export default async function setup(project: TestProject) {
  let uri = process.env.TEST_NEO4J_URI;
  let stop = async () => {};
  let dir: string | undefined;
  if (!uri) {
    dir = mkdtempSync(join(tmpdir(), 'plangraph-test-neo4j-'));
    const conn = await startEmbeddedNeo4j({ dataDir: dir, heapMb: 768, log: (l) => process.stderr.write(`${l}\n`) });
    uri = conn.uri;
    stop = conn.stop;
  }
  const driver = createDriver({
    uri,
    user: process.env.TEST_NEO4J_USER ?? 'neo4j',
    password: process.env.TEST_NEO4J_PASSWORD ?? '',
  });
  await loadGraph(driver, buildGraph({ dataDir: FIXTURE_DIR }));
  await driver.close();
  project.provide('neo4jUri', uri);
  return async () => {
    await stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}

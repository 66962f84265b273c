/**
 * The end-to-end stack: an embedded Neo4j in a temporary directory, the fixture graph, and the app on a
 * loopback port. Loaded by test/e2e-global-setup.ts through tsx, outside Vitest's module runner, so the
 * server's dependencies resolve exactly as they do under `npm start`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDriver, startEmbeddedNeo4j } from '@plangraph/neo4j-embedded';
import { buildGraph, loadGraph } from '@plangraph/seed';
import { createHttpServer } from '../server/src/http/listen.ts';
import { createApp } from '../server/src/app.ts';
import { FIXTURE_DIR } from './fixture.ts';

/** `neo4j`: where the store is, for the few specs that add data of their own (and remove it after). */
export type E2EServer = { url: string; neo4j: { uri: string; user: string; password: string }; stop(): Promise<void> };

export async function startE2EServer(options: { clientDir: string; log?: (line: string) => void }): Promise<E2EServer> {
  const dir = mkdtempSync(join(tmpdir(), 'plangraph-e2e-neo4j-'));
  const cleanups: (() => Promise<unknown>)[] = [async () => rmSync(dir, { recursive: true, force: true })];
  const stop = async () => {
    for (const fn of cleanups.reverse()) await fn().catch(() => {});
  };
  try {
    const conn = await startEmbeddedNeo4j({ dataDir: dir, heapMb: 768, log: options.log ?? (() => {}) });
    cleanups.push(() => conn.stop());
    const driver = createDriver({ uri: conn.uri, user: conn.user, password: conn.password });
    cleanups.push(() => driver.close());
    await loadGraph(driver, buildGraph({ dataDir: FIXTURE_DIR }));
    // Tests check answers, not the timeout: a cold JVM on a busy machine can take longer than the default 10 s.
    const app = await createApp({ driver, clientDir: options.clientDir, config: { queryTimeoutMs: 60_000 } });
    cleanups.push(() => app.stop());
    const server: Server = await new Promise((resolve) => {
      const s = createHttpServer(app.app).listen(0, '127.0.0.1', () => resolve(s));
    });
    cleanups.push(() => new Promise((r) => server.close(r)));
    const neo4j = { uri: conn.uri, user: conn.user, password: conn.password };
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, neo4j, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

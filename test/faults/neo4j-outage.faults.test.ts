/**
 * Neo4j stops while requests flow: the API fails fast with SERVICE_UNAVAILABLE, the server stays up, /health says
 * 503, and once Neo4j is back on the same port and store, answers resume without restarting the server.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '@plangraph/neo4j-embedded';
import { buildGraph, loadGraph } from '@plangraph/seed';
import { createApp, type App } from '../../server/src/app.ts';
import { FIXTURE_DIR } from '../fixture.ts';
import { startNeo4jAt, startStore, type Store } from './support.ts';

let store: Store;
let driver: Driver;
let app: App;
let server: Server;
let url: string;

beforeAll(async () => {
  store = await startStore('faults-outage');
  const seed = createDriver(store.conn);
  await loadGraph(seed, buildGraph({ dataDir: FIXTURE_DIR }));
  await seed.close();
  // As scripts/start.ts does: API reads give up after 1 s of retries.
  driver = createDriver(store.conn, { maxTransactionRetryTimeMs: 1000 });
  app = await createApp({ driver, config: { queryTimeoutMs: 5_000 } });
  server = await new Promise((resolve) => {
    const s = app.app.listen(0, '127.0.0.1', () => resolve(s));
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await app?.stop();
  await driver?.close();
  await store?.remove();
});

type Sample = { started: number; ms: number; status: number; code?: string };

const QUERIES = [
  '{ stats { nodeCount } }',
  '{ search(text: "实验室") { node { id } } }',
  '{ neighborhood(ids: ["guangzhou-laboratory"], depth: 2) { nodes { id } } }',
  '{ paths(from: "zhong-nanshan", to: "bio-island") { paths { rank } } }',
  '{ institutions { id } }',
];

async function request(i: number): Promise<Sample> {
  const started = Date.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERIES[i % QUERIES.length] }),
  });
  const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
  return { started, ms: Date.now() - started, status: res.status, code: body.errors?.[0]?.extensions?.code };
}

/** A bounded stream of requests from a few concurrent clients, until stopped or `max` requests were sent. */
function flow(clients = 4, max = 5000) {
  const samples: Sample[] = [];
  let stop = false;
  let sent = 0;
  const done = Promise.all(
    Array.from({ length: clients }, async () => {
      while (!stop && sent < max) {
        samples.push(await request(sent++));
        await new Promise((r) => setTimeout(r, 20));
      }
    }),
  );
  return {
    samples,
    async end() {
      stop = true;
      await done;
    },
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(condition: () => boolean, timeoutMs: number) {
  const start = Date.now();
  while (!condition() && Date.now() - start < timeoutMs) await sleep(100);
}

describe('Neo4j stops and comes back while requests flow', () => {
  it('fails fast with SERVICE_UNAVAILABLE, stays up, and recovers without a restart', async () => {
    // Warm up first: a cold Neo4j plans each query once, which takes seconds on 2 cores.
    for (let i = 0; i < QUERIES.length; i++) expect((await request(i)).status).toBe(200);
    const traffic = flow();
    try {
      await until(() => traffic.samples.length > 10, 20_000);
      const healthy = traffic.samples.filter((s) => s.status === 200);
      expect(healthy.length).toBeGreaterThan(10);
      expect(traffic.samples.every((s) => s.status === 200)).toBe(true);

      const stopAt = Date.now();
      await store.conn.stop();
      const stoppedAt = Date.now();
      await until(() => traffic.samples.filter((s) => s.started >= stoppedAt).length >= 8, 30_000);

      // While the JVM shuts down and after: 503s only (never a 500 or a hang), each within a few seconds.
      const during = traffic.samples.filter((s) => s.started >= stopAt);
      const afterStop = during.filter((s) => s.started >= stoppedAt);
      expect(afterStop.length).toBeGreaterThanOrEqual(8);
      for (const s of afterStop) {
        expect(s.status).toBe(503);
        expect(s.code).toBe('SERVICE_UNAVAILABLE');
        expect(s.ms).toBeLessThan(5_000);
      }
      for (const s of during) expect([200, 503]).toContain(s.status);
      const health = await fetch(`${url}/health`);
      expect(health.status).toBe(503);
      expect(((await health.json()) as { neo4j: string }).neo4j).toBe('down');

      // Same port, same store; the app and its driver are the ones from before.
      store.conn = await startNeo4jAt(store.dir, store.port);
      const restartedAt = Date.now();
      let recoveredAt: number | undefined;
      while (Date.now() - restartedAt < 30_000) {
        const res = await fetch(`${url}/health`);
        if (res.status === 200) {
          recoveredAt = Date.now();
          break;
        }
        await sleep(250);
      }
      expect(recoveredAt, 'answers within 30 s of Neo4j being back').toBeDefined();
      // Requests started before recovery may still be in flight and answer 503: count only later ones.
      const resumedSamples = () => traffic.samples.filter((s) => s.started >= recoveredAt!);
      await until(() => resumedSamples().length > 10, 20_000);
      await traffic.end();
      const resumed = resumedSamples();
      expect(resumed.length).toBeGreaterThan(10);
      expect(resumed.every((s) => s.status === 200)).toBe(true);
      const stats = await request(0);
      expect(stats.status).toBe(200);
      console.log(
        `outage: ${afterStop.length} requests during the outage, slowest ${Math.max(...afterStop.map((s) => s.ms))} ms; ` +
          `recovered ${recoveredAt! - restartedAt} ms after Neo4j was back (restart took ${restartedAt - stoppedAt} ms)`,
      );
    } finally {
      // A failed expectation must not leave the clients running into afterAll.
      await traffic.end();
    }
  });
});

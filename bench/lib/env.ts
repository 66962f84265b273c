/**
 * Benchmark environments: an embedded Neo4j holding a graph, the app on a loopback port in this process, and a
 * driver for running the same Cypher directly. Nothing here touches the user's .data/neo4j.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import { createDriver, startEmbeddedNeo4j, type Neo4jConnection } from '@plangraph/neo4j-embedded';
import { query } from '@plangraph/cypher';
import { createApp, type App } from '../../server/src/app.ts';

export type Env = {
  name: string;
  conn: Neo4jConnection;
  /** The app's driver (1 s retry window, as in production). */
  driver: Driver;
  url: string;
  /** POST /graphql; throws on errors so a broken benchmark cannot pass as a fast one. */
  gql(query: string, variables?: Record<string, unknown>): Promise<unknown>;
  close(): Promise<void>;
};

export const benchLog = (line: string) => process.stderr.write(`[bench] ${line}\n`);

export async function startNeo4j(dataDir: string, pageCacheMb = 256): Promise<Neo4jConnection> {
  return startEmbeddedNeo4j({ dataDir, heapMb: 1536, pageCacheMb, log: () => {} });
}

export function tempDir(prefix: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), `plangraph-bench-${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function awaitIndexes(driver: Driver): Promise<void> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    await session.executeRead((tx) => tx.run(query('await-indexes'), { timeoutSeconds: 600 }));
  } finally {
    await session.close();
  }
}

/** Starts the app on a loopback port against `conn`; `appDriver` lets a caller wrap the driver (recording). */
export async function serveApp(
  name: string,
  conn: Neo4jConnection,
  onClose: () => Promise<void> = async () => {},
  wrap: (d: Driver) => Driver = (d) => d,
): Promise<Env> {
  const driver = createDriver(conn, { maxTransactionRetryTimeMs: 1_000 });
  const app: App = await createApp({ driver: wrap(driver), config: { queryTimeoutMs: 60_000 } });
  const server: Server = await new Promise((resolve) => {
    const s = app.app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    name,
    conn,
    driver,
    url,
    async gql(q, variables = {}) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: q, variables }),
      });
      const body = (await res.json()) as { data?: unknown; errors?: { message: string }[] };
      if (res.status !== 200 || body.errors)
        throw new Error(`${name}: HTTP ${res.status} ${JSON.stringify(body.errors)}`);
      return body.data;
    },
    async close() {
      await new Promise((r) => server.close(r));
      await app.stop();
      await driver.close();
      await onClose();
    },
  };
}

export type RecordedQuery = { text: string; params: Record<string, unknown> };

const bindAll = <T extends object>(target: T, override: (prop: string | symbol) => unknown): T =>
  new Proxy(target, {
    get(t, prop) {
      const replaced = override(prop);
      if (replaced !== undefined) return replaced;
      const value: unknown = Reflect.get(t, prop);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(t) : value;
    },
  });

/**
 * A driver that logs every statement run inside executeRead: the exact Cypher and parameters a resolver sends,
 * to replay through neo4j-driver directly.
 */
export function recordingDriver(driver: Driver, log: RecordedQuery[]): Driver {
  return bindAll(driver, (prop) => {
    if (prop !== 'session') return undefined;
    return (config?: Parameters<Driver['session']>[0]) => {
      const session = driver.session(config);
      return bindAll(session, (p) => {
        if (p !== 'executeRead') return undefined;
        const executeRead: Session['executeRead'] = (work, txConfig) =>
          session.executeRead(
            (tx) =>
              work(
                bindAll(tx, (q) =>
                  q === 'run'
                    ? (text: string, params: Record<string, unknown>) => {
                        log.push({ text, params });
                        return tx.run(text, params);
                      }
                    : undefined,
                ) as ManagedTransaction,
              ),
            txConfig,
          );
        return executeRead;
      });
    };
  });
}

/** Replays recorded statements as readQuery runs them: one READ session and transaction each. */
export async function replay(driver: Driver, recorded: RecordedQuery[]): Promise<number> {
  let rows = 0;
  for (const { text, params } of recorded) {
    const session = driver.session({ defaultAccessMode: 'READ' });
    try {
      rows += (await session.executeRead(async (tx) => (await tx.run(text, params)).records, { timeout: 60_000 }))
        .length;
    } finally {
      await session.close();
    }
  }
  return rows;
}

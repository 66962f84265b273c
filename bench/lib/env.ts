/**
 * Benchmark environments: an embedded Neo4j holding a graph, the app on a loopback port in this process, and a
 * driver for running the same Cypher directly. Nothing here touches the user's .data/neo4j.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { Driver, ManagedTransaction, Record as Neo4jRecord, Session } from 'neo4j-driver';
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

export async function startNeo4j(dataDir: string, pageCacheMb = 256, heapMb = 1536): Promise<Neo4jConnection> {
  return startEmbeddedNeo4j({ dataDir, heapMb, pageCacheMb, log: () => {} });
}

export function tempDir(prefix: string): { dir: string; remove: () => void } {
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
  const agent = new Agent({ keepAlive: true });
  return {
    name,
    conn,
    driver,
    url,
    async gql(q, variables = {}) {
      const res = await post(agent, `${url}/graphql`, JSON.stringify({ query: q, variables }));
      const body = JSON.parse(res.body) as { data?: unknown; errors?: { message: string }[] };
      if (res.status !== 200 || body.errors)
        throw new Error(`${name}: HTTP ${res.status} ${JSON.stringify(body.errors)}`);
      return body.data;
    },
    async close() {
      agent.destroy();
      await new Promise((r) => server.close(r));
      await app.stop();
      await driver.close();
      await onClose();
    },
  };
}

/**
 * A plain keep-alive POST. The benchmark's own HTTP client runs in this process, so it should cost as little as a
 * client can: undici's fetch spends about 2 ms more per call here (web streams), which is the load generator's
 * cost, not the API's.
 */
function post(agent: Agent, url: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** A statement as a resolver sent it, and a digest of what it returned then. */
export type RecordedQuery = { text: string; params: Record<string, unknown>; digest?: string };

/** Rows and content of a result, to check that a replay did the same work. */
export const digestRecords = (records: Neo4jRecord[]): string =>
  `${records.length} rows ${createHash('sha1')
    .update(JSON.stringify(records.map((r) => r.toObject())))
    .digest('hex')
    .slice(0, 12)}`;

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
                bindAll<ManagedTransaction>(tx, (q) =>
                  q === 'run'
                    ? (text: string, params: Record<string, unknown>) => {
                        // A copy: resolvers may reuse a parameter array (e.g. the ids already seen) after the call.
                        const entry: RecordedQuery = { text, params: structuredClone(params) };
                        log.push(entry);
                        const result = tx.run(text, params);
                        void result.then((r) => (entry.digest = digestRecords(r.records))).catch(() => undefined);
                        return result;
                      }
                    : undefined,
                ),
              ),
            txConfig,
          );
        return executeRead;
      });
    };
  });
}

/** Replays recorded statements as readQuery runs them: one READ session and transaction each. */
export async function replay(driver: Driver, recorded: RecordedQuery[]): Promise<Neo4jRecord[][]> {
  const results: Neo4jRecord[][] = [];
  for (const { text, params } of recorded) {
    const session = driver.session({ defaultAccessMode: 'READ' });
    try {
      results.push(await session.executeRead(async (tx) => (await tx.run(text, params)).records, { timeout: 60_000 }));
    } finally {
      await session.close();
    }
  }
  return results;
}

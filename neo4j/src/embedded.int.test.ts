import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { passwordFile, startEmbeddedNeo4j } from './index.ts';
import type { Neo4jConnection } from './index.ts';
import { alive, waitGone } from '../../test/process.ts';

const tmpDirs: string[] = [];
function tmpDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'plangraph-neo4j-'));
  tmpDirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of tmpDirs) fs.rmSync(d, { recursive: true, force: true });
});

const quiet = (): void => {};

async function query<T>(conn: Neo4jConnection, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password));
  try {
    const res = await driver.executeQuery(cypher, params, conn.database ? { database: conn.database } : {});
    return res.records.map((r) => r.toObject() as T);
  } finally {
    await driver.close();
  }
}

// Each test starts its own JVMs, which take a minute or more each on a busy two-core machine.
describe('embedded Neo4j', { timeout: 480_000 }, () => {
  it('answers Cypher over Bolt and stop() leaves no JVM', async () => {
    const dir = tmpDir();
    const conn = await startEmbeddedNeo4j({ dataDir: dir, log: quiet });
    try {
      expect(conn.embedded).toBe(true);
      expect(conn.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
      const rows = await query<{ answer: unknown }>(conn, 'RETURN 40 + 2 AS answer');
      expect(neo4j.integer.toNumber(rows[0]!.answer as number)).toBe(42);
      // Authentication is on: the generated password works, another one does not.
      expect(conn.password).toBe(fs.readFileSync(passwordFile(dir), 'utf8').trim());
      expect(fs.statSync(passwordFile(dir)).mode & 0o777).toBe(0o600);
      await expect(query({ ...conn, password: 'not-the-password' }, 'RETURN 1')).rejects.toThrow(
        /authentication failure/,
      );
    } finally {
      await conn.stop();
    }
    expect(conn.pid).toBeTypeOf('number');
    expect(alive(conn.pid!)).toBe(false);
    await conn.stop(); // idempotent
  });

  it('restarts on the same store after the JVM was killed with SIGKILL', async () => {
    const dir = tmpDir();
    const first = await startEmbeddedNeo4j({ dataDir: dir, log: quiet });
    await query(first, 'CREATE (:Probe {name: $name})', { name: 'survives-kill' });
    process.kill(first.pid!, 'SIGKILL');
    expect(await waitGone(first.pid!)).toBe(true);
    await first.stop(); // no-op on a dead JVM

    const second = await startEmbeddedNeo4j({ dataDir: dir, log: quiet });
    try {
      const rows = await query<{ name: string }>(second, 'MATCH (p:Probe) RETURN p.name AS name');
      expect(rows.map((r) => r.name)).toEqual(['survives-kill']);
    } finally {
      await second.stop();
    }
    expect(alive(second.pid!)).toBe(false);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { connectNeo4j, startEmbeddedNeo4j } from './index.ts';
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

describe('embedded Neo4j', () => {
  it('answers Cypher over Bolt and stop() leaves no JVM', async () => {
    const conn = await startEmbeddedNeo4j({ dataDir: tmpDir(), log: quiet });
    try {
      expect(conn.embedded).toBe(true);
      expect(conn.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
      const rows = await query<{ answer: unknown }>(conn, 'RETURN 40 + 2 AS answer');
      expect(neo4j.integer.toNumber(rows[0]!.answer as number)).toBe(42);
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

  it('names the Java package to install when java is not on PATH', async () => {
    const savedPath = process.env.PATH;
    const noJava = tmpDir(); // an empty directory: neither java nor anything else
    process.env.PATH = noJava;
    try {
      await expect(startEmbeddedNeo4j({ dataDir: tmpDir(), log: quiet })).rejects.toThrow(
        /Java 17\+ \(apt-get install openjdk-17-jre-headless\)/,
      );
    } finally {
      process.env.PATH = savedPath;
    }
  });

  it('connectNeo4j uses NEO4J_URI without starting a JVM', async () => {
    const keys = ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE'] as const;
    const saved = keys.map((k) => process.env[k]);
    Object.assign(process.env, { NEO4J_URI: 'bolt://db.example:7687', NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'plan' });
    delete process.env.NEO4J_USER;
    try {
      const conn = await connectNeo4j({ dataDir: '/nonexistent', log: quiet });
      expect(conn).toMatchObject({
        uri: 'bolt://db.example:7687',
        user: 'neo4j',
        password: 'pw',
        database: 'plan',
        embedded: false,
      });
      expect(conn.pid).toBeUndefined();
      await conn.stop();
    } finally {
      keys.forEach((k, i) => {
        if (saved[i] === undefined) delete process.env[k];
        else process.env[k] = saved[i];
      });
    }
  });
});

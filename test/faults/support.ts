/** Shared by the fault tests: a private embedded Neo4j per file, free ports, and the seed CLI as a child process. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import getPort from 'get-port';
import { startEmbeddedNeo4j, type Neo4jConnection } from '@plangraph/neo4j-embedded';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export function freePort(): Promise<number> {
  return getPort({ host: '127.0.0.1' });
}

export type Store = { dir: string; port: number; conn: Neo4jConnection; remove(): Promise<void> };

/** A temporary store on a fixed port, so a test can stop Neo4j and start it again where clients expect it. */
export async function startStore(prefix: string): Promise<Store> {
  const dir = mkdtempSync(join(tmpdir(), `plangraph-${prefix}-`));
  const port = await freePort();
  const conn = await startNeo4jAt(dir, port);
  const store: Store = {
    dir,
    port,
    conn,
    async remove() {
      await store.conn.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return store;
}

export function startNeo4jAt(dir: string, port: number): Promise<Neo4jConnection> {
  const log = process.env.FAULTS_VERBOSE ? (l: string) => process.stderr.write(`[neo4j] ${l}\n`) : () => {};
  return startEmbeddedNeo4j({ dataDir: dir, port, heapMb: 768, log });
}

export type CliRun = {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
};

/**
 * `npx tsx seed/src/cli.ts …` against the given Neo4j. The child leads its own process group, because npx and tsx
 * each start a further node process: killing the group is the only way to kill the loader itself.
 */
export function runSeedCli(
  args: string[],
  neo4j: { uri: string; password: string },
  options: { killWhen?: (stderrSoFar: string) => boolean } = {},
): Promise<CliRun & { killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'seed/src/cli.ts', ...args], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        NEO4J_URI: neo4j.uri,
        NEO4J_USER: 'neo4j',
        NEO4J_PASSWORD: neo4j.password,
        NEO4J_DATABASE: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    let killed = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
      if (!killed && options.killWhen?.(stderr)) {
        killed = true;
        process.kill(-child.pid!, 'SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr, killed }));
  });
}

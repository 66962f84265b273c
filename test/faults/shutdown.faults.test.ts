/** `npm start`'s server process: Ctrl+C (SIGINT) or SIGTERM stops the server and the embedded JVM, leaving no orphan. */
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alive, waitGone } from '../process.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

async function startServer(dataDir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', NEO4J_URI: '', NEO4J_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise<{ url: string; jvmPid: number }>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = output.match(/health: +(http:\/\/localhost:\d+)\/health/)?.[1];
      const pid = output.match(/\(pid (\d+)\)/)?.[1];
      if (url && pid) resolve({ url, jvmPid: Number(pid) });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited early (${code}):\n${output}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, ready, exited, output: () => output };
}

describe('server shutdown', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal} stops the server and the JVM`, async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'plangraph-shutdown-'));
      const server = await startServer(dataDir);
      let jvm: number | undefined;
      try {
        const { url, jvmPid } = await server.ready;
        jvm = jvmPid;
        const health = await fetch(`${url}/health`);
        expect(health.status).toBe(200);
        expect(((await health.json()) as { nodes: number }).nodes).toBeGreaterThan(1000);
        expect(alive(jvmPid)).toBe(true);

        const started = Date.now();
        server.child.kill(signal);
        const code = await server.exited;
        expect(code, server.output()).toBe(0);
        expect(Date.now() - started).toBeLessThan(25_000);
        // The JVM is gone too, so the next start finds no stale lock.
        expect(await waitGone(jvmPid, 2_000)).toBe(true);
      } finally {
        // A failed assertion must not leave the server or its JVM running.
        if (server.child.exitCode === null) server.child.kill('SIGKILL');
        if (jvm !== undefined && alive(jvm)) process.kill(jvm, 'SIGKILL');
        rmSync(dataDir, { recursive: true, force: true });
      }
    });
  }
});

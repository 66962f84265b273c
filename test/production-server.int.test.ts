/**
 * The Docker image runs `node dist/start.js`: the bundle `npm run build:server` makes must start with plain
 * Node (no tsx, no TypeScript) against a real Neo4j and answer /health with the graph's counts.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import getPort from 'get-port';
import { afterAll, describe, expect, it } from 'vitest';
import { buildServer } from '../scripts/build-server.ts';
import { testDriver, testNeo4j } from './neo4j.ts';

let stopServer = async () => {};
afterAll(() => stopServer());

/** Production dependencies of the workspaces the server bundles (what `npm ci --omit=dev` installs). */
function productionDependencies(): Set<string> {
  const read = (file: string) => JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as unknown;
  const { workspaces } = read('../package.json') as { workspaces: string[] };
  const names = workspaces.flatMap((w) =>
    Object.keys(
      (
        JSON.parse(readFileSync(new URL(`../${w}/package.json`, import.meta.url), 'utf8')) as {
          dependencies?: Record<string, string>;
        }
      ).dependencies ?? {},
    ),
  );
  return new Set(names);
}

describe('the production server bundle', () => {
  it('runs with plain node against Neo4j and answers /health', async () => {
    const bundle = await buildServer();
    const imported = [...readFileSync(bundle, 'utf8').matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]!);
    const packages = imported.filter((name) => !name.startsWith('node:'));
    expect(packages).toContain('@apollo/server');
    const deps = productionDependencies();
    // Anything else would be missing from the image.
    expect(
      packages.filter(
        (name) =>
          !deps.has(
            name
              .split('/')
              .slice(0, name.startsWith('@') ? 2 : 1)
              .join('/'),
          ),
      ),
    ).toEqual([]);
    const port = await getPort({ host: '127.0.0.1' });
    const child = spawn(process.execPath, [bundle], {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NODE_OPTIONS: '', // no --import tsx inherited from the runner
        NEO4J_URI: testNeo4j().uri,
        NEO4J_USER: testNeo4j().user,
        NEO4J_PASSWORD: testNeo4j().password,
        NEO4J_DATABASE: '',
        PORT: String(port),
        HOST: '127.0.0.1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (output += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (output += d));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    stopServer = async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    };

    // Wait for the line the server prints once it listens (or for it to exit).
    await new Promise<void>((resolve, reject) => {
      const check = () => {
        if (output.includes(`health:    http://localhost:${port}/health`)) resolve();
      };
      child.stdout.on('data', check);
      void exited.then((code) => reject(new Error(`the bundle exited (code ${code}):\n${output}`)));
    });

    const res = await fetch(`http://127.0.0.1:${port}/health`);
    const body = (await res.json()) as { status: string; nodes: number; relationships: number };
    const driver = testDriver();
    try {
      const { records } = await driver.executeQuery('MATCH (n:PlanNode) RETURN count(n) AS nodes');
      expect(res.status).toBe(200);
      expect(body).toMatchObject({ status: 'ok', nodes: records[0]!.get('nodes') as number });
    } finally {
      await driver.close();
    }
    await stopServer();
    expect(child.exitCode).toBe(0);
  });
});

/**
 * End-to-end setup: builds the explorer when client/dist is missing or older than its sources, then starts
 * Neo4j (fixture graph) and the app on 127.0.0.1 (test/e2e-server.ts). Specs get the URL with inject('baseUrl').
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import type { TestProject } from 'vitest/node';
import type * as E2EServerModule from './e2e-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const CLIENT_DIR = fileURLToPath(new URL('../client', import.meta.url));
const DIST_DIR = join(CLIENT_DIR, 'dist');

/** Newest modification time under a path. */
function newest(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), st.mtimeMs);
}

function buildClientIfStale(): void {
  const index = join(DIST_DIR, 'index.html');
  const sources = ['src', 'index.html', 'vite.config.ts', 'package.json']
    .map((p) => join(CLIENT_DIR, p))
    .filter(existsSync);
  if (existsSync(index) && statSync(index).mtimeMs >= Math.max(...sources.map(newest))) return;
  process.stderr.write('[e2e] building the client…\n');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: CLIENT_DIR, stdio: 'inherit' });
}

export default async function setup(project: TestProject) {
  buildClientIfStale();
  // Through tsx, not Vitest's module runner: the server and its dependencies then load exactly as under
  // `npm start` (the runner inlines some dependencies and applies the root config's graphql alias).
  const { startE2EServer } = (await tsImport('./e2e-server.ts', import.meta.url)) as typeof E2EServerModule;
  const server = await startE2EServer({
    clientDir: DIST_DIR,
    log: process.env.E2E_VERBOSE ? (l) => process.stderr.write(`[neo4j] ${l}\n`) : undefined,
  });
  project.provide('baseUrl', server.url);
  return () => server.stop();
}

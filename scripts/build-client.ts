/**
 * Builds the explorer into client/dist when it is missing or older than its sources. `npm start`, the e2e tests,
 * the export CLI and the benchmarks call it, so a fresh clone builds once and later starts skip the build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLIENT_DIR = fileURLToPath(new URL('../client', import.meta.url));
export const CLIENT_DIST = join(CLIENT_DIR, 'dist');

/** Newest modification time under a path. */
function newest(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), st.mtimeMs);
}

/** True when it built. */
export function buildClientIfStale(log: (message: string) => void = (m) => console.error(m)): boolean {
  const index = join(CLIENT_DIST, 'index.html');
  const sources = ['src', 'index.html', 'vite.config.ts', 'package.json']
    .map((p) => join(CLIENT_DIR, p))
    .filter(existsSync);
  if (existsSync(index) && statSync(index).mtimeMs >= Math.max(...sources.map(newest))) return false;
  log('building the explorer (client/dist)…');
  // Always the production build: Vite takes NODE_ENV from the environment (vitest sets "test"), and anything but
  // "production" would bundle React's development build into the explorer that `npm start` then serves.
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: CLIENT_DIR,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) buildClientIfStale();

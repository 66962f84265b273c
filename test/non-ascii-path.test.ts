/**
 * A checkout under a folder with Chinese characters and a space (a home such as /home/张三/) must work: file URLs
 * percent-encode such names, so every path is derived with fileURLToPath. Runs `npm run seed -- --check` from a
 * copy of the project there (its node_modules linked to this one's, its workspaces linked to the copy's own).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph, graphStats } from '@plangraph/seed';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Build output, caches and data that a fresh checkout does not have. */
const LEFT_OUT = new Set(['node_modules', '.git', '.data', 'dist', 'target', 'test-results', '.tsbuild']);

let parent: string;
let copy: string;

/** The copy's node_modules: every package linked to ours, except the workspaces, which point into the copy. */
function linkNodeModules(): void {
  const modules = path.join(copy, 'node_modules');
  fs.mkdirSync(modules);
  for (const entry of fs.readdirSync(path.join(ROOT, 'node_modules'))) {
    if (entry === '@plangraph') continue;
    fs.symlinkSync(path.join(ROOT, 'node_modules', entry), path.join(modules, entry));
  }
  fs.mkdirSync(path.join(modules, '@plangraph'));
  for (const link of fs.readdirSync(path.join(ROOT, 'node_modules', '@plangraph'))) {
    const target = fs.readlinkSync(path.join(ROOT, 'node_modules', '@plangraph', link));
    fs.symlinkSync(target, path.join(modules, '@plangraph', link));
  }
}

beforeAll(() => {
  parent = fs.mkdtempSync(path.join(os.tmpdir(), '规划 图-'));
  copy = path.join(parent, '项目 副本');
  fs.cpSync(ROOT, copy, { recursive: true, filter: (src) => !LEFT_OUT.has(path.basename(src)) });
  linkNodeModules();
});
afterAll(() => {
  if (parent) fs.rmSync(parent, { recursive: true, force: true });
});

describe('a checkout under a non-ASCII path with a space', () => {
  it('validates the dataset with npm run seed -- --check', async () => {
    const expected = graphStats(buildGraph());
    const { stdout } = await promisify(execFile)('npm', ['run', 'seed', '--', '--check'], {
      cwd: copy,
      env: { ...process.env, NEO4J_URI: '', NEO4J_DATA_DIR: '' },
    });
    expect(stdout).toContain(`dataset valid: ${expected.nodes} nodes, ${expected.relationships} relationships`);
  }, 120_000);
});

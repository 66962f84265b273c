/**
 * The API server never depends on the seed loader (nor, through it, on zod and yaml): no file under server/ imports
 * `@plangraph/seed`, no product file reaches into seed/ by path, and server/package.json does not list it.
 * `scripts/start.ts` is what composes the two.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SERVER = join(ROOT, 'server');
const SEED = join(ROOT, 'seed');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : sourceFiles(path);
    return /\.(ts|tsx|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/** Module specifiers of static imports, re-exports and dynamic imports. */
function specifiers(text: string): string[] {
  const patterns = [/\b(?:import|export)\s[^'"`;]*?\sfrom\s+['"]([^'"]+)['"]/g, /\bimport\s*\(?\s*['"]([^'"]+)['"]/g];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[1]!));
}

const FILES = sourceFiles(SERVER).map((path) => ({
  path: relative(ROOT, path).split(sep).join('/'),
  imports: specifiers(readFileSync(path, 'utf8')),
}));

describe('the API server does not depend on the seed package', () => {
  it('finds the server sources it checks', () => {
    expect(FILES.map((f) => f.path)).toEqual(expect.arrayContaining(['server/src/app.ts', 'server/src/serve.ts']));
    expect(FILES.find((f) => f.path === 'server/src/app.ts')?.imports).toContain('@apollo/server');
  });

  it('has no import of @plangraph/seed under server/', () => {
    const offenders = FILES.filter((f) =>
      f.imports.some((s) => s === '@plangraph/seed' || s.startsWith('@plangraph/seed/')),
    );
    expect(offenders.map((f) => f.path)).toEqual([]);
  });

  it('has no product file reaching into seed/ by path', () => {
    // Integration tests may compare the API with the dataset; product code may not load it.
    const product = FILES.filter((f) => !/\.test\.tsx?$/.test(f.path));
    const offenders = product.filter((f) =>
      f.imports.some((s) => s.startsWith('.') && resolve(ROOT, f.path, '..', s).startsWith(SEED + sep)),
    );
    expect(offenders.map((f) => f.path)).toEqual([]);
  });

  it('does not list @plangraph/seed in server/package.json', () => {
    const manifest = JSON.parse(readFileSync(join(SERVER, 'package.json'), 'utf8')) as Record<string, unknown>;
    for (const field of ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'])
      expect(Object.keys((manifest[field] as Record<string, string> | undefined) ?? {}), field).not.toContain(
        '@plangraph/seed',
      );
  });
});

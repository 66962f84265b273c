/**
 * The client's layering, checked on the source: api/ → graph/ → store/ → cytoscape/ → operations/ →
 * features/<feature>/ → app/. Features never reach up into app/, only cytoscape/ touches Cytoscape, and only
 * api/ talks to the network.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../client/src/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')
      ? [path]
      : [];
  });
}

/** Product files by their path under client/src, with '/' separators. */
const FILES = sourceFiles(SRC).map((path) => ({
  path: relative(SRC, path).split(sep).join('/'),
  text: readFileSync(path, 'utf8'),
}));

/** Every module specifier a file imports (static imports, re-exports and dynamic imports). */
export function importsOf(text: string): string[] {
  const specifiers: string[] = [];
  const patterns = [/\b(?:import|export)\s[^'"`;]*?\sfrom\s+['"]([^'"]+)['"]/g, /\bimport\s*\(?\s*['"]([^'"]+)['"]/g];
  for (const pattern of patterns) for (const m of text.matchAll(pattern)) specifiers.push(m[1]!);
  return specifiers;
}

/** A relative specifier resolved against the importing file, as a path under client/src. */
function resolveFrom(file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  const parts = file.split('/').slice(0, -1);
  for (const part of specifier.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

/** The layers from the bottom up; a file may import its own layer or any below it (url/ sits beside them). */
const LAYERS = ['api', 'graph', 'store', 'cytoscape', 'operations', 'features', 'app'];
const layerOf = (path: string) => LAYERS.indexOf(path.split('/')[0]!);

describe('client layers', () => {
  it('finds the source files', () => {
    expect(FILES.length).toBeGreaterThan(50);
    expect(FILES.some((f) => f.path === 'features/canvas/GraphCanvas.tsx')).toBe(true);
  });

  it('reads import specifiers', () => {
    const text = [
      "import a from 'cytoscape';",
      "import type { B } from '../store/index.ts';",
      "export { c } from './c.ts';",
      "import './side-effect.css';",
      "const d = await import('../d.ts');",
    ].join('\n');
    expect(importsOf(text)).toEqual(expect.arrayContaining(['cytoscape', '../store/index.ts', './c.ts', '../d.ts']));
  });

  it('imports only its own layer or those below it', () => {
    const upward = FILES.flatMap(({ path, text }) => {
      const own = layerOf(path);
      if (own < 0) return [];
      return importsOf(text)
        .filter((s) => s.startsWith('.'))
        .map((s) => resolveFrom(path, s))
        .filter((target) => layerOf(target) > own)
        .map((target) => `${path} → ${target}`);
    });
    expect(upward).toEqual([]);
  });

  it('keeps features out of app/', () => {
    const intoApp = FILES.filter(({ path }) => path.startsWith('features/')).flatMap(({ path, text }) =>
      importsOf(text)
        .filter((s) => resolveFrom(path, s).startsWith('app/'))
        .map((s) => `${path} → ${s}`),
    );
    expect(intoApp).toEqual([]);
  });

  it('touches Cytoscape only in cytoscape/', () => {
    const outside = FILES.filter(({ path }) => !path.startsWith('cytoscape/')).flatMap(({ path, text }) =>
      importsOf(text)
        .filter((s) => /^cytoscape(-|\/|$)/.test(s))
        .map((s) => `${path} → ${s}`),
    );
    expect(outside).toEqual([]);
  });

  it('reaches the network only in api/', () => {
    const network = FILES.filter(({ path }) => !path.startsWith('api/')).flatMap(({ path, text }) =>
      [/\bfetch\s*\(/, /\bXMLHttpRequest\b/, /\bWebSocket\b/, /\bnavigator\.sendBeacon\b/]
        .filter((pattern) => pattern.test(text))
        .map((pattern) => `${path}: ${pattern.source}`),
    );
    expect(network).toEqual([]);
  });
});

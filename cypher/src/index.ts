/** Reads the project's Cypher files: schema statements and named queries (one statement per file). */
import { fileURLToPath } from 'node:url';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const QUERIES_DIR = join(ROOT, 'queries');
const SCHEMA_DIR = join(ROOT, 'schema');

/** Strips `//` comment lines, so each file can start with its purpose and params. */
function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .trim();
}

const cache = new Map<string, string>();

/** The statement in cypher/queries/<name>.cypher. */
export function query(name: string): string {
  if (!/^[a-z]+(-[a-z]+)*$/.test(name)) throw new Error(`bad query name "${name}"`);
  let text = cache.get(name);
  if (text === undefined) {
    text = stripComments(readFileSync(join(QUERIES_DIR, `${name}.cypher`), 'utf8')).replace(/;\s*$/, '');
    cache.set(name, text);
  }
  return text;
}

/** All query names, for tests that check every file is covered. */
export function queryNames(): string[] {
  return readdirSync(QUERIES_DIR)
    .filter((f) => f.endsWith('.cypher'))
    .map((f) => f.replace(/\.cypher$/, ''))
    .sort();
}

/** The header comment of a query file (its purpose and params). */
export function queryHeader(name: string): string[] {
  return readFileSync(join(QUERIES_DIR, `${name}.cypher`), 'utf8')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('//'));
}

/** Schema statements from cypher/schema/NNN-*.cypher in file order; each file may hold several statements. */
export function schemaStatements(): { file: string; statement: string }[] {
  return readdirSync(SCHEMA_DIR)
    .filter((f) => /^\d{3}-.*\.cypher$/.test(f))
    .sort()
    .flatMap((file) =>
      stripComments(readFileSync(join(SCHEMA_DIR, file), 'utf8'))
        .split(/;\s*(?:\n|$)/)
        .map((s) => s.trim())
        .filter(Boolean)
        .map((statement) => ({ file, statement })),
    );
}

/** Fails when the API changes unnoticed: run `npm run schema:write` and commit server/schema.graphql. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSchema as buildGraphQLSchema, parse } from 'graphql';
import { printApiSchema, SCHEMA_FILE } from './print-schema.ts';

describe('GraphQL schema', () => {
  it('matches the committed server/schema.graphql', async () => {
    const current = await printApiSchema();
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    expect(current === committed, 'the API changed: run `npm run schema:write` and review the diff').toBe(true);
  }, 60_000);

  it('is read-only and has the exploration queries', () => {
    const schema = buildGraphQLSchema(readFileSync(SCHEMA_FILE, 'utf8'));
    expect(schema.getMutationType()).toBeUndefined();
    expect(schema.getSubscriptionType()).toBeUndefined();
    const fields = schema.getQueryType()!.getFields();
    for (const name of ['search', 'node', 'neighborhood', 'paths', 'trace', 'subgraph', 'stats', 'sourceText']) {
      expect(fields[name], name).toBeDefined();
    }
    expect(fields.search!.args.map((a) => a.name)).toEqual(['labels', 'limit', 'text']);
    for (const label of [
      'institutions',
      'enterprises',
      'zones',
      'regions',
      'industries',
      'projects',
      'indicators',
      'programmes',
      'people',
      'sections',
    ]) {
      expect(fields[label], label).toBeDefined();
      expect(fields[`${label}Connection`], label).toBeDefined();
    }
    expect(parse(readFileSync(SCHEMA_FILE, 'utf8')).definitions.length).toBeGreaterThan(100);
  });
});

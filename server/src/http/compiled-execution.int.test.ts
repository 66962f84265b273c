/**
 * The compiled execution answers exactly what graphql-js answers: the explorer's operations over HTTP, compared with
 * graphql-js executing the same documents on the same schema and context, data and errors alike.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute, parse, type GraphQLSchema } from 'graphql';
import { useTestServer } from '../../../test/http.ts';
import { testDriver } from '../../../test/neo4j.ts';
import { buildSchema } from '../schema/index.ts';
import { loadSourceText } from '../schema/source-text.ts';

const api = useTestServer();
const driver = testDriver();
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildSchema();
});
afterAll(() => driver.close());

const PROVENANCE = 'provenance { sectionId sectionTitle sectionTitleEn quote start end }';
const NODE = `{ id labels name nameEn kind aliases description descriptionEn textIssue properties ${PROVENANCE} }`;
const EDGE = `{ id type source target properties ${PROVENANCE} }`;

const OPERATIONS: [string, string, Record<string, unknown>][] = [
  [
    'search',
    `query ($t: String!) { search(text: $t, limit: 12) { score matchedField matchedText node ${NODE} } }`,
    { t: '实验室' },
  ],
  [
    'neighborhood',
    `query ($ids: [ID!]!) { neighborhood(ids: $ids, depth: 2) { nodes ${NODE} edges ${EDGE} truncated } }`,
    { ids: ['guangzhou-laboratory'] },
  ],
  [
    'paths',
    `{ paths(from: "zhong-nanshan", to: "cas-guangzhou-institute-of-biomedicine-and-health") { paths { nodeIds edgeIds length rank explanation explanationEn } nodes ${NODE} edges ${EDGE} } }`,
    {},
  ],
  ['trace', `{ trace(id: "integrated-circuits", maxHops: 3) { nodes ${NODE} edges ${EDGE} truncated } }`, {}],
  ['stats', '{ stats { nodeCount relationshipCount labels { key count } relationshipTypes { key count } } }', {}],
];

async function byGraphqlJs(source: string, variables: Record<string, unknown>) {
  const result = await execute({
    schema,
    document: parse(source),
    variableValues: variables,
    contextValue: { db: { driver, timeoutMs: 20_000 }, source: loadSourceText(), requestId: 'test' },
  });
  return JSON.parse(JSON.stringify(result)) as { data?: unknown; errors?: { message: string; path?: unknown }[] };
}

describe('compiled execution', () => {
  it.each(OPERATIONS)('answers %s as graphql-js does', async (_name, operation, variables) => {
    const source = operation;
    const [http, reference] = await Promise.all([api.gql(source, variables), byGraphqlJs(source, variables)]);
    expect(http.errors).toBeUndefined();
    expect(reference.errors).toBeUndefined();
    expect(JSON.stringify(http.data)).toBe(JSON.stringify(reference.data));
    expect(JSON.stringify(http.data).length).toBeGreaterThan(60);
  });

  it('reports a resolver error with the same message, path and code', async () => {
    const source = '{ stats { nodeCount } search(text: "广州", limit: 1000) { score } }';
    const [http, reference] = await Promise.all([api.gql(source), byGraphqlJs(source, {})]);
    expect(http.status).toBe(400);
    expect(http.errors?.[0]).toMatchObject({
      message: reference.errors?.[0]?.message,
      path: reference.errors?.[0]?.path,
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'limit' },
    });
  });

  it('answers a variable that does not coerce in graphql-js words, with 400', async () => {
    const source = 'query ($n: Int) { search(text: "广州", limit: $n) { score } }';
    const http = await api.gql(source, { n: 'ten' });
    expect(http.status).toBe(400);
    expect(http.errors?.[0]?.message).toBe((await byGraphqlJs(source, { n: 'ten' })).errors?.[0]?.message);
  });
});

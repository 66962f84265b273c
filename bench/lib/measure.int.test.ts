/** The API suite compares a resolver with a replay of its Cypher: the replay must do exactly the same work. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Neo4jConnection } from '@plangraph/neo4j-embedded';
import { digestRecords, replay, serveApp, type Env } from './env.ts';
import { recordOps } from './measure.ts';
import { testNeo4j } from '../../test/neo4j.ts';

const conn: Neo4jConnection = {
  ...testNeo4j(),
  embedded: false,
  stop: async () => {},
};

describe('recordOps', () => {
  let env: Env;
  beforeAll(async () => {
    env = await serveApp('test', conn);
  });
  afterAll(() => env.close());

  it('records each statement with the parameters it was sent with, so a replay returns the same rows', async () => {
    // Depth 2 reuses the array of ids already seen for every hop: a recording that kept a reference would replay
    // the first hop with the second hop's exclusions and find nothing.
    const recorded = await recordOps(env, [
      {
        name: 'neighborhood-2',
        query: 'query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 2) { nodes { id } } }',
        variables: { ids: ['guangzhou-laboratory'] },
      },
    ]);
    const statements = recorded.get('neighborhood-2')!;
    expect(statements).toHaveLength(3);
    const replayed = await replay(env.driver, statements);
    expect(replayed[0]!.length).toBeGreaterThan(0);
    expect(replayed[1]!.length).toBeGreaterThan(0);
    expect(replayed.map(digestRecords)).toEqual(statements.map((s) => s.digest));
  });
});

import { describe, expect, it } from 'vitest';
import { externalTestNeo4j } from './neo4j-global-setup.ts';

describe('TEST_NEO4J_URI', () => {
  it('is unset: the tests start their own embedded Neo4j', () => {
    expect(externalTestNeo4j({ NEO4J_URI: 'bolt://db:7687' })).toBeUndefined();
  });

  it('points the tests at that server with TEST_NEO4J_USER and TEST_NEO4J_PASSWORD', () => {
    expect(
      externalTestNeo4j({
        TEST_NEO4J_URI: 'bolt://127.0.0.1:7688',
        TEST_NEO4J_USER: 'tester',
        TEST_NEO4J_PASSWORD: 's',
      }),
    ).toEqual({ uri: 'bolt://127.0.0.1:7688', user: 'tester', password: 's' });
  });

  it("is refused when it is the app's NEO4J_URI, whose data the tests would overwrite", () => {
    expect(() => externalTestNeo4j({ TEST_NEO4J_URI: 'bolt://db:7687', NEO4J_URI: 'bolt://db:7687' })).toThrow(
      /TEST_NEO4J_URI is the app's NEO4J_URI \(bolt:\/\/db:7687\)/,
    );
  });
});

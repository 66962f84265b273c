/** Helpers for integration tests: a driver and a Db handle on the test database. */
import { inject } from 'vitest';
import { createDriver } from '@plangraph/neo4j-embedded';
import type { Driver } from 'neo4j-driver';

export function testDriver(): Driver {
  return createDriver({
    uri: inject('neo4jUri'),
    user: process.env.TEST_NEO4J_USER ?? 'neo4j',
    password: process.env.TEST_NEO4J_PASSWORD ?? '',
  });
}

/** Helpers for integration tests: a driver on the test database (test/neo4j-global-setup.ts). */
import { inject } from 'vitest';
import { createDriver } from '@plangraph/neo4j-embedded';
import type { Driver } from 'neo4j-driver';
import type { TestNeo4j } from './neo4j-global-setup.ts';

export function testNeo4j(): TestNeo4j {
  return inject('testNeo4j');
}

export function testDriver(): Driver {
  return createDriver(testNeo4j());
}

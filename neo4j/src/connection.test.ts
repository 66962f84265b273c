import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, externalConnection } from './connection.ts';

describe('connection settings', () => {
  it('uses the embedded server unless NEO4J_URI is set', () => {
    expect(externalConnection({})).toBeUndefined();
    expect(externalConnection({ NEO4J_URI: '' })).toBeUndefined();
  });

  it('takes an external server with its credentials and database from the environment', () => {
    const conn = externalConnection({
      NEO4J_URI: 'neo4j+s://example.databases.neo4j.io',
      NEO4J_USER: 'reader',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'plan',
    });
    expect(conn).toMatchObject({
      uri: 'neo4j+s://example.databases.neo4j.io',
      user: 'reader',
      password: 'secret',
      database: 'plan',
      embedded: false,
    });
    const plain = externalConnection({ NEO4J_URI: 'bolt://db:7687' });
    expect(plain).toMatchObject({ user: 'neo4j', password: '', embedded: false });
    expect(plain).not.toHaveProperty('database');
  });

  it('keeps the embedded store in .data/neo4j unless NEO4J_DATA_DIR says otherwise', () => {
    expect(defaultDataDir({})).toMatch(new RegExp(`${path.sep}\\.data${path.sep}neo4j$`));
    expect(defaultDataDir({ NEO4J_DATA_DIR: '/srv/plan' })).toBe('/srv/plan');
  });
});

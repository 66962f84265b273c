/** A read that outlives QUERY_TIMEOUT_MS is stopped by Neo4j and answered with a documented error, not a hang. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDriver } from '../../test/neo4j.ts';
import { startTestServer, type TestServer } from '../../test/http.ts';

const driver = testDriver();
let server: TestServer;
beforeAll(async () => {
  // 1 ms: every query that reaches the database outlives it.
  server = await startTestServer(driver, undefined, { queryTimeoutMs: 1 });
});
afterAll(async () => {
  await server.close();
  await driver.close();
});

const REL = ['supports', 'supportedBy', 'backedBy', 'backs', 'leads', 'ledBy', 'partOf', 'parts', 'locatedIn', 'hosts'];

describe('the per-transaction timeout', () => {
  it('stops a generated read: HTTP 504, QUERY_TIMEOUT, a request id, nothing internal', async () => {
    const res = await server.gql(`{ planNodes { ${REL.map((f) => `${f} { id name }`).join(' ')} } }`);
    expect(res.status).toBe(504);
    expect(res.errors?.[0]?.extensions?.code).toBe('QUERY_TIMEOUT');
    expect(res.errors?.[0]?.message).toMatch(/^The query ran longer than the per-query time limit/);
    expect(res.errors?.[0]?.extensions?.requestId).toEqual(expect.any(String));
    expect(JSON.stringify(res)).not.toMatch(/neo4j|transaction|MATCH/i);
  });
  it('stops a hand-written read the same way', async () => {
    // The heaviest hand-written read on the fixture: every sentence of the plan scanned, 500 hits' entities fetched.
    const res = await server.gql('{ mentions(text: "的", limit: 500) { total hits { entities { id } } } }');
    expect(res.status).toBe(504);
    expect(res.errors?.[0]?.extensions?.code).toBe('QUERY_TIMEOUT');
  });
});

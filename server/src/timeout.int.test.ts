/**
 * A read that outlives QUERY_TIMEOUT_MS is stopped by Neo4j and answered with a documented error, not a hang.
 *
 * Neo4j ends timed-out transactions from a monitor that runs every couple of seconds, so a query that finishes in
 * milliseconds is never stopped, however small the timeout. The test therefore adds data that makes one generated
 * and one hand-written read take far longer than that (minutes if left alone), and removes it afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDriver } from '../../test/neo4j.ts';
import { startTestServer, type TestServer } from '../../test/http.ts';

const driver = testDriver();
let server: TestServer;

/** A clique of institutions that all support each other: nested `all` filters over it cost CLIQUE^4 checks. */
const CLIQUE = 120;
/** Sentences full of 的: counting its occurrences in all of them splits hundreds of millions of characters. */
const SENTENCES = 100_000;
const PROBE = 'timeout-probe';
/** Rows per write transaction, within Neo4j's per-transaction memory limit. */
const BATCH = 10_000;

async function write(statement: string, params: Record<string, unknown> = {}) {
  const session = driver.session();
  try {
    await session.executeWrite((tx) => tx.run(statement, params));
  } finally {
    await session.close();
  }
}

beforeAll(async () => {
  await write(
    `UNWIND range(1, $n) AS i
     CREATE (:PlanNode:Institution {id: $probe + '-' + i, name: $probe + i, kind: 'laboratory'})`,
    { n: CLIQUE, probe: PROBE },
  );
  await write(
    `MATCH (a:PlanNode), (b:PlanNode)
     WHERE a.id STARTS WITH $probe AND b.id STARTS WITH $probe AND a <> b
     CREATE (a)-[:SUPPORTS {id: 'SUPPORTS:' + a.id + ':' + b.id}]->(b)`,
    { probe: PROBE },
  );
  for (let from = 1; from <= SENTENCES; from += BATCH) {
    await write(
      `UNWIND range($from, $to) AS i
       CREATE (:Sentence {id: $probe + '-s' + i, text: $text, start: 0, end: 0, sectionId: 'sec-preface'})`,
      { from, to: from + BATCH - 1, probe: PROBE, text: '的'.repeat(400) },
    );
  }
  // 1 ms: every read is over its time as soon as Neo4j looks.
  server = await startTestServer(driver, undefined, { queryTimeoutMs: 1 });
}, 240_000);

afterAll(async () => {
  await server?.close();
  await write('MATCH (n:PlanNode) WHERE n.id STARTS WITH $probe DETACH DELETE n', { probe: PROBE });
  for (let left = SENTENCES; left > 0; left -= BATCH) {
    await write('MATCH (s:Sentence) WHERE s.id STARTS WITH $probe WITH s LIMIT toInteger($batch) DELETE s', {
      probe: PROBE,
      batch: BATCH,
    });
  }
  await driver.close();
}, 240_000);

describe('the per-transaction timeout', () => {
  it('stops a generated read: HTTP 504, QUERY_TIMEOUT, a request id, nothing internal', async () => {
    const res = await server.gql(
      `{ institutions(where: { supports: { all: { supports: { all: { supports: { none: { id: { eq: "none" } } } } } } } }) { id } }`,
    );
    expect(res.status).toBe(504);
    expect(res.errors?.[0]?.extensions?.code).toBe('QUERY_TIMEOUT');
    expect(res.errors?.[0]?.message).toMatch(/^The query ran longer than the per-query time limit/);
    expect(res.errors?.[0]?.extensions?.requestId).toEqual(expect.any(String));
    expect(JSON.stringify(res)).not.toMatch(/neo4j|transaction|MATCH/i);
  });
  it('stops a hand-written read the same way', async () => {
    const res = await server.gql('{ mentions(text: "的", limit: 1) { total } }');
    expect(res.status).toBe(504);
    expect(res.errors?.[0]?.extensions?.code).toBe('QUERY_TIMEOUT');
  });
});

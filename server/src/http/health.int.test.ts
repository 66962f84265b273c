/** /health and SERVICE_UNAVAILABLE, against the real Neo4j and against a port where nothing listens. */
import { createServer } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { createDriver } from '@plangraph/neo4j-embedded';
import { testDriver } from '../../../test/neo4j.ts';
import { startTestServer } from '../../../test/http.ts';

async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise((r) => s.close(r));
  return port;
}

const driver = testDriver();
afterAll(() => driver.close());

describe('GET /health', () => {
  it('reports Neo4j up with node and relationship counts', async () => {
    const api = await startTestServer(driver);
    try {
      const res = await fetch(`${api.url}/health`);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { neo4j: string; nodes: number; relationships: number };
      expect(body.neo4j).toBe('up');
      expect(body.nodes).toBeGreaterThan(0);
      expect(body.relationships).toBeGreaterThan(0);
    } finally {
      await api.close();
    }
  });

  it('answers 503 and SERVICE_UNAVAILABLE quickly when Neo4j is unreachable', async () => {
    const dead = createDriver(
      { uri: `bolt://127.0.0.1:${await closedPort()}`, user: 'neo4j', password: '' },
      { maxTransactionRetryTimeMs: 500 },
    );
    const api = await startTestServer(dead);
    try {
      const started = Date.now();
      const health = await fetch(`${api.url}/health`);
      expect(health.status).toBe(503);
      expect(((await health.json()) as { neo4j: string }).neo4j).toBe('down');
      const res = await api.gql('{ stats { nodeCount } }');
      expect(res.status).toBe(503);
      expect(res.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      const generated = await api.gql('{ institutions { id } }');
      expect(generated.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(Date.now() - started).toBeLessThan(15_000);
    } finally {
      await api.close();
      await dead.close();
    }
  });
});

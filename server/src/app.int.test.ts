/** How the app behaves when deployed: `npm start`, the bench and the Docker image run it with NODE_ENV=production. */
import { afterAll, describe, expect, it } from 'vitest';
import { testDriver } from '../../test/neo4j.ts';
import { startTestServer } from '../../test/http.ts';

describe('NODE_ENV=production', () => {
  const driver = testDriver();
  afterAll(() => driver.close());

  it('keeps introspection on, which GraphiQL and typed clients need (Apollo turns it off in production)', async () => {
    const before = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      const server = await startTestServer(driver);
      try {
        const res = await server.gql<{ __schema: { queryType: { name: string } } }>(
          '{ __schema { queryType { name } } }',
        );
        expect(res.errors).toBeUndefined();
        expect(res.data!.__schema.queryType.name).toBe('Query');
      } finally {
        await server.close();
      }
    } finally {
      process.env.NODE_ENV = before;
    }
  });
});

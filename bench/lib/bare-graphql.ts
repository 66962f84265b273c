/**
 * The HTTP suite's baseline: the product's schema and resolvers (the same buildSchema and context) served by a bare
 * `graphql-http` handler on `node:http` — no Express, no Apollo, no armor or other plugins, no validation rules
 * beyond graphql-js's own.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHandler } from 'graphql-http/lib/use/http';
import type { Driver } from 'neo4j-driver';
import { buildSchema } from '../../server/src/schema/index.ts';
import { loadSourceText } from '../../server/src/schema/source-text.ts';
import { newRequestId } from '../../server/src/http/errors.ts';

export type BareServer = { url: string; close: () => Promise<void> };

export async function serveBareGraphql(driver: Driver, queryTimeoutMs = 60_000): Promise<BareServer> {
  const schema = await buildSchema();
  const source = loadSourceText();
  const db = { driver, timeoutMs: queryTimeoutMs };
  const handler = createHandler({
    schema,
    context: () => ({
      requestId: newRequestId(),
      db,
      source,
      executionContext: driver,
      sessionConfig: { defaultAccessMode: 'READ' as const },
      transaction: { timeout: queryTimeoutMs },
    }),
  });
  const server: Server = createServer((req, res) => {
    if (req.url?.startsWith('/graphql')) return void handler(req, res);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

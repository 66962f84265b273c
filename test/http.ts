/** Runs the app on a loopback port for one test file, with a small GraphQL client. */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Driver } from 'neo4j-driver';
import { createApp, type App } from '../server/src/app.ts';

export type TestServer = {
  url: string;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ status: number; data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
  close(): Promise<void>;
};

export async function startTestServer(driver: Driver, clientDir?: string): Promise<TestServer> {
  const app: App = await createApp({ driver, config: { queryTimeoutMs: 5_000 }, clientDir });
  const server: Server = await new Promise((resolve) => {
    const s = app.app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    async gql(query, variables = {}) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...((await res.json()) as object) };
    },
    async close() {
      await new Promise((r) => server.close(r));
      await app.stop();
    },
  };
}

/** Runs the app on a loopback port for one test file, with a small GraphQL client. */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll } from 'vitest';
import { testDriver } from './neo4j.ts';
import { createHttpServer } from '../server/src/http/listen.ts';
import { createApp, type App } from '../server/src/app.ts';
import type { ServerConfig } from '../server/src/config.ts';

export type TestServer = {
  url: string;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ status: number; data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
  close(): Promise<void>;
};

export async function startTestServer(
  driver: Driver,
  clientDir?: string,
  config: Partial<ServerConfig> = {},
): Promise<TestServer> {
  const app: App = await createApp({ driver, config: { queryTimeoutMs: 20_000, ...config }, clientDir });
  const server: Server = await new Promise((resolve) => {
    const s = createHttpServer(app.app).listen(0, '127.0.0.1', () => resolve(s));
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

/** The app on the test database for the calling test file: started before its tests, stopped after them. */
export function useTestServer(): Pick<TestServer, 'url' | 'gql'> {
  const driver = testDriver();
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startTestServer(driver);
  });
  afterAll(async () => {
    await server?.close();
    await driver.close();
  });
  const running = () => {
    if (!server) throw new Error('the test server is not running');
    return server;
  };
  return {
    get url() {
      return running().url;
    },
    gql: (query, variables) => running().gql(query, variables),
  };
}

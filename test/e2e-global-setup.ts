/**
 * Playwright's global setup for the end-to-end tests: builds the explorer when client/dist is missing or older
 * than its sources, then starts Neo4j (fixture graph, its own temporary store) and the app on a free loopback port
 * (test/e2e-server.ts). Tests read the URL from E2E_BASE_URL (the `baseURL` fixture in e2e/fixtures.ts) and the
 * store's connection from E2E_NEO4J; the returned function stops both after the run.
 */
import { tsImport } from 'tsx/esm/api';
import { buildClientIfStale, CLIENT_DIST } from '../scripts/build-client.ts';
import type * as E2EServerModule from './e2e-server.ts';

export const BASE_URL_VAR = 'E2E_BASE_URL';
/** The store's connection as JSON ({ uri, user, password }), for specs that add data of their own. */
export const NEO4J_VAR = 'E2E_NEO4J';

export default async function globalSetup(): Promise<() => Promise<void>> {
  buildClientIfStale((m) => process.stderr.write(`[e2e] ${m}\n`));
  // Through tsx, not Playwright's transform: the server and its dependencies then load exactly as under `npm start`.
  const { startE2EServer } = (await tsImport('./e2e-server.ts', import.meta.url)) as typeof E2EServerModule;
  const server = await startE2EServer({
    clientDir: CLIENT_DIST,
    log: process.env.E2E_VERBOSE ? (l) => process.stderr.write(`[neo4j] ${l}\n`) : undefined,
  });
  // Workers start after this and inherit the environment.
  process.env[BASE_URL_VAR] = server.url;
  process.env[NEO4J_VAR] = JSON.stringify(server.neo4j);
  return () => server.stop();
}

/**
 * End-to-end setup: builds the explorer when client/dist is missing or older than its sources, then starts
 * Neo4j (fixture graph) and the app on 127.0.0.1 (test/e2e-server.ts). Specs get the URL with inject('baseUrl').
 */
import { tsImport } from 'tsx/esm/api';
import type { TestProject } from 'vitest/node';
import { buildClientIfStale, CLIENT_DIST } from '../scripts/build-client.ts';
import type * as E2EServerModule from './e2e-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  buildClientIfStale((m) => process.stderr.write(`[e2e] ${m}\n`));
  // Through tsx, not Vitest's module runner: the server and its dependencies then load exactly as under
  // `npm start` (the runner inlines some dependencies and applies the root config's graphql alias).
  const { startE2EServer } = (await tsImport('./e2e-server.ts', import.meta.url)) as typeof E2EServerModule;
  const server = await startE2EServer({
    clientDir: CLIENT_DIST,
    log: process.env.E2E_VERBOSE ? (l) => process.stderr.write(`[neo4j] ${l}\n`) : undefined,
  });
  project.provide('baseUrl', server.url);
  return () => server.stop();
}

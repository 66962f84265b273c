import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// One copy of graphql for every workspace, or instanceof checks across packages fail.
const graphql = fileURLToPath(new URL('./node_modules/graphql/index.js', import.meta.url));

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphql }] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['{shared,plan,seed,cypher,server,neo4j}/**/*.test.ts', 'test/**/*.test.ts', 'bench/lib/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/*.faults.test.ts', '**/node_modules/**'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'client',
          include: ['client/src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['client/src/test-setup.ts'],
          // Rendering the whole explorer in jsdom takes seconds on a busy 2-core machine; tests wait on state.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'int',
          include: ['**/*.int.test.ts'],
          exclude: ['**/node_modules/**'],
          environment: 'node',
          globalSetup: ['test/neo4j-global-setup.ts'],
          // One database for the whole run: files take turns.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
      {
        extends: true,
        test: {
          // npm run test:faults only (scripts/test.sh names the other projects): each file runs its own Neo4j.
          name: 'faults',
          include: ['test/faults/**/*.faults.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});

/**
 * `npm start` / `npm run dev` (and, bundled, the Docker image): connect to Neo4j (NEO4J_URI, or the embedded server),
 * apply the schema, seed an empty database, then serve the API and the explorer. It lives outside server/ because
 * it composes the API server with the seed loader, which the server itself never imports.
 */
import { connectNeo4j, createDriver, defaultDataDir } from '@plangraph/neo4j-embedded';
import { applySchema, buildGraph, countGraph, loadGraph } from '@plangraph/seed';
import { readConfig } from '../server/src/config.ts';
import { serve } from '../server/src/serve.ts';

async function main() {
  const config = readConfig();
  const conn = await connectNeo4j({ dataDir: defaultDataDir(), log: (line) => console.error(line) });
  console.log(conn.embedded ? `embedded Neo4j at ${conn.uri}` : `Neo4j at ${conn.uri}`);
  const seedDriver = createDriver(conn, { maxTransactionRetryTimeMs: 30_000 });
  try {
    await applySchema(seedDriver, conn.database);
    const counts = await countGraph(seedDriver, conn.database);
    if (counts.nodeCount === 0) {
      console.log('the database is empty: seeding the plan graph…');
      const result = await loadGraph(seedDriver, buildGraph(), { database: conn.database });
      console.log(`seeded ${result.nodes} nodes and ${result.relationships} relationships in ${result.ms} ms`);
    } else {
      console.log(`graph: ${counts.nodeCount} nodes, ${counts.relationshipCount} relationships`);
    }
  } finally {
    await seedDriver.close();
  }

  // API reads fail fast when the database is down instead of retrying for 30 s.
  const driver = createDriver(conn, { maxTransactionRetryTimeMs: 1_000 });
  await serve({ driver, database: conn.database, config, onStop: () => conn.stop() });
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});

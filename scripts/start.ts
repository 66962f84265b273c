/**
 * `npm start` / `npm run dev` (and, bundled, the Docker image): connect to Neo4j (NEO4J_URI, or the embedded server),
 * apply the schema, seed an empty database, then serve the API and the explorer. It lives outside server/ because
 * it composes the API server with the seed loader, which the server itself never imports.
 *
 * The embedded JVM is started first, and everything that does not need the database overlaps its start-up: the
 * explorer's build check, loading the API's and the loader's modules, and building the GraphQL schema.
 */
import { connectNeo4j, createDriver, defaultDataDir } from '@plangraph/neo4j-embedded';
import { buildClientIfStale } from './build-client.ts';

async function main() {
  const connecting = connectNeo4j({ dataDir: defaultDataDir(), log: (line) => console.error(line) });
  // Settled at once, so a failed start is reported by the await below, not as an unhandled rejection meanwhile.
  connecting.catch(() => undefined);
  buildClientIfStale();
  const [{ readConfig }, { serve }, { buildSchema }, seed] = await Promise.all([
    import('../server/src/config.ts'),
    import('../server/src/serve.ts'),
    import('../server/src/schema/index.ts'),
    import('@plangraph/seed'),
  ]);
  const config = readConfig();
  const schema = buildSchema();
  schema.catch(() => undefined);

  const conn = await connecting;
  console.log(conn.embedded ? `embedded Neo4j at ${conn.uri}` : `Neo4j at ${conn.uri}`);
  const seedDriver = createDriver(conn, { maxTransactionRetryTimeMs: 30_000 });
  try {
    await seed.applySchema(seedDriver, conn.database);
    const counts = await seed.countGraph(seedDriver, conn.database);
    if (counts.nodeCount === 0) {
      console.log('the database is empty: seeding the plan graph…');
      const result = await seed.loadGraph(seedDriver, seed.buildGraph(), { database: conn.database });
      console.log(`seeded ${result.nodes} nodes and ${result.relationships} relationships in ${result.ms} ms`);
    } else {
      console.log(`graph: ${counts.nodeCount} nodes, ${counts.relationshipCount} relationships`);
    }
  } finally {
    await seedDriver.close();
  }

  // API reads fail fast when the database is down instead of retrying for 30 s.
  const driver = createDriver(conn, { maxTransactionRetryTimeMs: 1_000 });
  await serve({ driver, database: conn.database, config, schema, onStop: () => conn.stop() });
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});

/**
 * `npm start`: connect to Neo4j (NEO4J_URI, or the embedded server), apply the schema, seed an empty database,
 * then listen. Stopping (Ctrl+C) closes the server, the driver and the embedded JVM.
 */
import type { AddressInfo } from 'node:net';
import { connectNeo4j, createDriver, defaultDataDir } from '@plangraph/neo4j-embedded';
import { applySchema, buildGraph, countGraph, loadGraph } from '@plangraph/seed';
import { createApp } from './app.ts';
import { readConfig } from './config.ts';

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
  const { app, stop } = await createApp({ driver, database: conn.database, config });
  const server = app.listen(config.port, config.host, () => {
    // The bound port, so PORT=0 (any free port) prints where to go.
    const port = (server.address() as AddressInfo).port;
    console.log(`explorer:  http://localhost:${port}/`);
    console.log(`GraphQL:   http://localhost:${port}/graphql   (GraphiQL: http://localhost:${port}/graphiql)`);
    console.log(`health:    http://localhost:${port}/health`);
  });
  server.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EADDRINUSE')
      console.error(`Port ${config.port} is taken: set PORT to another port, e.g. PORT=4001 npm start`);
    else console.error(e.message);
    void shutdown(1);
  });

  let stopping = false;
  async function shutdown(code: number) {
    if (stopping) return;
    stopping = true;
    server.close();
    await stop().catch(() => undefined);
    await driver.close().catch(() => undefined);
    await conn.stop().catch(() => undefined);
    process.exit(code);
  }
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});

/**
 * Listens with the app and owns graceful shutdown: Ctrl+C (SIGINT) or SIGTERM closes the server, the app, the driver
 * and whatever the caller started (`onStop`, e.g. the embedded JVM), then exits. The database is the caller's job.
 */
import type { AddressInfo } from 'node:net';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { createApp } from './app.ts';
import { createHttpServer } from './http/listen.ts';
import type { ServerConfig } from './config.ts';

export type ServeOptions = {
  driver: Driver;
  database: string | undefined;
  config: ServerConfig;
  /** Runs last on shutdown, after the server and the driver are closed. */
  onStop?: () => Promise<void>;
  /** The API schema, if its build was started already. */
  schema?: Promise<GraphQLSchema>;
};

export async function serve({ driver, database, config, onStop, schema }: ServeOptions): Promise<void> {
  const { app, stop } = await createApp({ driver, database, config, schema });
  const server = createHttpServer(app).listen(config.port, config.host, () => {
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
    await onStop?.().catch(() => undefined);
    process.exit(code);
  }
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
}

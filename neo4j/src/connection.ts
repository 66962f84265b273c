/** Where Neo4j is: an external server named by NEO4J_URI, or the embedded one in the app's data directory. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmbeddedNeo4j } from './jvm.ts';

export type Neo4jConnection = {
  uri: string;
  user: string;
  password: string;
  database?: string;
  embedded: boolean;
  /** PID of the embedded JVM (undefined for an external server). */
  pid?: number;
  stop(): Promise<void>;
};

export type ConnectOptions = {
  dataDir: string;
  log?: (line: string) => void;
};

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The app's embedded store: `NEO4J_DATA_DIR`, or `<repo>/.data/neo4j`. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.NEO4J_DATA_DIR || path.join(REPO_ROOT, '.data', 'neo4j');
}

/** The external server NEO4J_URI names, or undefined when the embedded one should run. */
export function externalConnection(env: NodeJS.ProcessEnv = process.env): Neo4jConnection | undefined {
  if (!env.NEO4J_URI) return undefined;
  const conn: Neo4jConnection = {
    uri: env.NEO4J_URI,
    user: env.NEO4J_USER || 'neo4j',
    password: env.NEO4J_PASSWORD ?? '',
    embedded: false,
    stop: async () => {},
  };
  if (env.NEO4J_DATABASE) conn.database = env.NEO4J_DATABASE;
  return conn;
}

/** External server when NEO4J_URI is set, otherwise the embedded one in `opts.dataDir`. */
export async function connectNeo4j(opts: ConnectOptions): Promise<Neo4jConnection> {
  return (
    externalConnection() ??
    startEmbeddedNeo4j(opts.log ? { dataDir: opts.dataDir, log: opts.log } : { dataDir: opts.dataDir })
  );
}

/** Read-only access for the API: every query runs in a READ transaction with a timeout, so clusters can route it. */
import type { Driver, Record as Neo4jRecord } from 'neo4j-driver';
import { GraphQLError } from 'graphql';
import { query } from '@plangraph/cypher';

export type Db = { driver: Driver; database?: string; timeoutMs: number };

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Security.AuthenticationRateLimit',
]);

export function isUnavailable(e: unknown): boolean {
  const err = e as { code?: string; message?: string };
  return (
    UNAVAILABLE_CODES.has(err.code ?? '') ||
    /ECONNREFUSED|Could not perform discovery|Failed to connect|connection.*(closed|refused)|acquisition timed out/i.test(
      err.message ?? '',
    )
  );
}

export function serviceUnavailable(): GraphQLError {
  return new GraphQLError('The graph database is unavailable; try again shortly.', {
    extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
  });
}

/** Runs cypher/queries/<name>.cypher in a read transaction. */
export async function readQuery(db: Db, name: string, params: Record<string, unknown> = {}): Promise<Neo4jRecord[]> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(async (tx) => (await tx.run(query(name), params)).records, {
      timeout: db.timeoutMs,
    });
  } catch (e) {
    if (isUnavailable(e)) throw serviceUnavailable();
    throw e;
  } finally {
    await session.close().catch(() => undefined);
  }
}

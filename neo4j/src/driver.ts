/** The one place that creates neo4j-driver instances, so every caller gets the same settings. */
import neo4j, { type Driver } from 'neo4j-driver';

export type DriverTarget = { uri: string; user: string; password: string };

export type DriverOptions = {
  /** How long a transaction function retries on transient errors; kept short for API reads so a dead database fails fast. */
  maxTransactionRetryTimeMs?: number;
  connectionTimeoutMs?: number;
};

export function createDriver(target: DriverTarget, options: DriverOptions = {}): Driver {
  const auth = target.password ? neo4j.auth.basic(target.user, target.password) : undefined;
  return neo4j.driver(target.uri, auth, {
    disableLosslessIntegers: true,
    maxTransactionRetryTime: options.maxTransactionRetryTimeMs ?? 2_000,
    connectionTimeout: options.connectionTimeoutMs ?? 5_000,
    connectionAcquisitionTimeout: options.connectionTimeoutMs ?? 5_000,
    maxConnectionPoolSize: 50,
    userAgent: 'plangraph',
  });
}

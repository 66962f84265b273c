/** Server settings from the environment, with defaults for `npm start`. */
export type ServerConfig = {
  port: number;
  host: string;
  corsOrigins: string[];
  /** Per-transaction timeout for API reads. */
  queryTimeoutMs: number;
  /** Largest accepted request body. */
  bodyLimit: string;
};

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    // Loopback unless asked: the embedded database and exports are meant for this machine's user.
    host: env.HOST || '127.0.0.1',
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    queryTimeoutMs: Number(env.QUERY_TIMEOUT_MS ?? 10_000),
    bodyLimit: env.BODY_LIMIT ?? '100kb',
  };
}

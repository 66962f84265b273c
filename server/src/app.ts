/**
 * Builds the HTTP app: GraphQL at /graphql (Apollo Server 5, armored, read-only), GET /health, and the explorer.
 * Listening is index.ts's job, so tests can drive the app without picking ports.
 */
import express, { type Express } from 'express';
import cors from 'cors';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type GraphQLFormattedError, type ValidationRule } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { buildSchema } from './schema/index.ts';
import { loadSourceText, type SourceText } from './schema/source-text.ts';
import { isUnavailable, type Db } from './db/read.ts';
import { healthHandler } from './http/health.ts';
import { mountClient } from './http/client.ts';
import { readConfig, type ServerConfig } from './config.ts';
import type { ExplorationContext } from './schema/exploration.ts';

/** Limits on every operation; documented in docs/api.md. */
export const ARMOR_LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 2000,
  costLimit: 20000,
} as const;

export type AppOptions = {
  driver: Driver;
  database?: string;
  config?: Partial<ServerConfig>;
  clientDir?: string;
  source?: SourceText;
};

export type App = { app: Express; apollo: ApolloServer<ExplorationContext>; stop(): Promise<void> };

const UNAVAILABLE_MESSAGE = 'The graph database is unavailable; try again shortly.';

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = (error as GraphQLError | undefined)?.originalError ?? error;
  const code = formatted.extensions?.code;
  if (code === 'SERVICE_UNAVAILABLE' || isUnavailable(original)) {
    return { message: UNAVAILABLE_MESSAGE, path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE' } };
  }
  const fromResolver = original instanceof Error && !(original instanceof GraphQLError);
  if (fromResolver || code === 'INTERNAL_SERVER_ERROR') {
    // Masked: no stack traces, no driver or Cypher messages.
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, extensions };
}

/** The API is read-only: a mutation or subscription is refused at validation, before anything runs. */
export const readOnlyOperations: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation !== 'query') {
      context.reportError(
        new GraphQLError(`This API is read-only: only queries are allowed, not a ${node.operation}.`, {
          nodes: [node],
        }),
      );
    }
  },
});

/** Answers 503 when the database is unreachable, so HTTP clients and probes see it too. */
const unavailableStatus: ApolloServerPlugin<ExplorationContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const body = response.body;
        if (
          body.kind === 'single' &&
          body.singleResult.errors?.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')
        ) {
          response.http.status = 503;
        }
      },
    };
  },
};

export async function createApp(options: AppOptions): Promise<App> {
  const config = { ...readConfig(), ...options.config };
  const db: Db = { driver: options.driver, database: options.database, timeoutMs: config.queryTimeoutMs };
  const source = options.source ?? loadSourceText();
  const schema = await buildSchema(options.driver);

  const armor = new ApolloArmor({
    maxDepth: { n: ARMOR_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: ARMOR_LIMITS.maxAliases },
    maxDirectives: { n: ARMOR_LIMITS.maxDirectives },
    maxTokens: { n: ARMOR_LIMITS.maxTokens },
    costLimit: { maxCost: ARMOR_LIMITS.costLimit, ignoreIntrospection: true },
    blockFieldSuggestion: { enabled: true },
  });
  const protection = armor.protect();

  const apollo = new ApolloServer<ExplorationContext>({
    schema,
    ...protection,
    plugins: [...protection.plugins, ApolloServerPluginLandingPageDisabled(), unavailableStatus],
    validationRules: [readOnlyOperations, ...protection.validationRules],
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    formatError,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', healthHandler(db));
  app.use(
    '/graphql',
    cors(config.corsOrigins.length > 0 ? { origin: config.corsOrigins } : { origin: false }),
    express.json({ limit: config.bodyLimit }),
    expressMiddleware(apollo, {
      context: async () => ({
        db,
        source,
        // @neo4j/graphql reads these: reads go to READ sessions on the configured database.
        executionContext: options.driver,
        sessionConfig: { database: options.database, defaultAccessMode: 'READ' },
      }),
    }),
  );
  mountClient(app, options.clientDir);
  // Malformed JSON and oversized bodies: a clear 4xx in GraphQL's error shape.
  app.use(
    (
      err: { status?: number; type?: string; message?: string },
      _req: express.Request,
      res: express.Response,
      next: express.NextFunction,
    ) => {
      if (!err) return next();
      const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
      const message =
        err.type === 'entity.parse.failed'
          ? 'The request body is not valid JSON.'
          : err.type === 'entity.too.large'
            ? `The request body is larger than ${config.bodyLimit}.`
            : status === 500
              ? 'Internal server error'
              : (err.message ?? 'Bad request');
      res
        .status(status)
        .json({
          errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }],
        });
    },
  );

  return { app, apollo, stop: () => apollo.stop() };
}

/**
 * Builds the HTTP app: GraphQL at /graphql (Apollo Server 5, armored, read-only), GET /health, and the explorer.
 * Listening is serve.ts's job, so tests can drive the app without picking ports.
 */
import { isUtf8 } from 'node:buffer';
import express, { type Express } from 'express';
import cors from 'cors';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  getNamedType,
  type GraphQLSchema,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';
import type { Driver } from 'neo4j-driver';
import { buildSchema, HAND_WRITTEN_QUERY_FIELDS } from './schema/index.ts';
import { compiledExecution } from './http/compiled-execution.ts';
import { loadSourceText, type SourceText } from './schema/source-text.ts';
import type { Db } from './db/read.ts';
import { formatError, newRequestId, requestIdPlugin, type RequestIdContext } from './http/errors.ts';
import { checkGeneratedOperation } from './limits/generated-inputs.ts';
import { healthHandler } from './http/health.ts';
import { mountClient } from './http/client.ts';
import { readConfig, type ServerConfig } from './config.ts';
import type { ExplorationContext } from './schema/exploration.ts';
import { NODE_LABELS } from '@plangraph/shared';

/** Limits on every operation; documented in docs/api.md. */
export const ARMOR_LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 2000,
  costLimit: 20000,
  /** Nested `ofType` fields in introspection; GraphiQL's introspection query uses 9. */
  maxOfTypeDepth: 10,
} as const;

export type AppOptions = {
  driver: Driver;
  database?: string;
  config?: Partial<ServerConfig>;
  clientDir?: string;
  source?: SourceText;
  /** The API schema, when it was started earlier (`npm start` builds it while the database starts). */
  schema?: Promise<GraphQLSchema>;
};

type ApiContext = ExplorationContext & RequestIdContext;

export type App = { app: Express; apollo: ApolloServer<ApiContext>; stop: () => Promise<void> };

/** Root fields of the generated API: they return a label type, `PlanNode`, or one of their connections. */
function generatedRootFields(schema: GraphQLSchema): Set<string> {
  const fields = Object.values(schema.getQueryType()?.getFields() ?? {});
  const types = new Set(['PlanNode', ...NODE_LABELS]);
  return new Set(
    fields
      .filter((f) => {
        const type = getNamedType(f.type).name;
        return types.has(type) || (f.name.endsWith('Connection') && type.endsWith('Connection'));
      })
      .map((f) => f.name),
  );
}

/** Paging, argument shapes and traversal cost of the generated API, checked with the variables' values. */
function generatedInputChecks(schema: GraphQLSchema): ApolloServerPlugin<ApiContext> {
  const roots = generatedRootFields(schema);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          const fragments = Object.fromEntries(
            document.definitions
              .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
              .map((d) => [d.name.value, d]),
          );
          if (operation) checkGeneratedOperation(operation, fragments, request.variables, (name) => roots.has(name));
        },
      };
    },
  };
}

/** The API is read-only: a mutation or subscription is refused at validation, before anything runs. */
export const readOnlyOperations: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation !== OperationTypeNode.QUERY) {
      context.reportError(
        new GraphQLError(`This API is read-only: only queries are allowed, not a ${node.operation}.`, {
          nodes: [node],
        }),
      );
    }
  },
});

/** Introspection is exempt from the cost limit, so one document may ask for the schema only once (~1 MB). */
export const oneSchemaIntrospection: ValidationRule = (context) => {
  let count = 0;
  return {
    Field(node) {
      if (node.name.value === '__schema' && ++count === 2)
        context.reportError(
          new GraphQLError('Introspection limit: at most one "__schema" field per request.', { nodes: [node] }),
        );
    },
  };
};

/**
 * Depth and cost limits exempt introspection (GraphiQL needs it), so `ofType { ofType { … } }` chains are bounded here:
 * the most `ofType` fields along any path, with fragments followed (memoized, so fragment fan-out stays linear).
 */
export const introspectionOfTypeDepth: ValidationRule = (context) => {
  const fragmentDepth = new Map<string, number>();
  const depthOf = (set: SelectionSetNode | undefined, visiting: Set<string>): number => {
    let max = 0;
    for (const sel of set?.selections ?? []) {
      let d = 0;
      if (sel.kind === Kind.FIELD) d = (sel.name.value === 'ofType' ? 1 : 0) + depthOf(sel.selectionSet, visiting);
      else if (sel.kind === Kind.INLINE_FRAGMENT) d = depthOf(sel.selectionSet, visiting);
      else d = fragment(context.getFragment(sel.name.value), visiting);
      max = Math.max(max, d);
    }
    return max;
  };
  const fragment = (def: FragmentDefinitionNode | null | undefined, visiting: Set<string>): number => {
    if (!def || visiting.has(def.name.value)) return 0; // unknown fragments and cycles are other rules' errors
    const known = fragmentDepth.get(def.name.value);
    if (known !== undefined) return known;
    visiting.add(def.name.value);
    const d = depthOf(def.selectionSet, visiting);
    visiting.delete(def.name.value);
    fragmentDepth.set(def.name.value, d);
    return d;
  };
  return {
    OperationDefinition(node) {
      const depth = depthOf(node.selectionSet, new Set());
      if (depth > ARMOR_LIMITS.maxOfTypeDepth) {
        context.reportError(
          new GraphQLError(
            `Introspection too deep: ${depth} nested "ofType" fields; at most ${ARMOR_LIMITS.maxOfTypeDepth} are allowed.`,
            { nodes: [node] },
          ),
        );
      }
    },
  };
};

/**
 * HTTP status from error codes Apollo answers with 200: 503 when the database is unreachable (so probes see it), 400
 * for persisted-query requests (they are off; a hash alone is a malformed request here).
 */
const errorStatus: ApolloServerPlugin<ApiContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const body = response.body;
        if (body.kind !== 'single') return;
        const codes = new Set(body.singleResult.errors?.map((e) => e.extensions?.code));
        if (codes.has('SERVICE_UNAVAILABLE')) response.http.status = 503;
        else if (codes.has('QUERY_TIMEOUT')) response.http.status = 504;
        else if (codes.has('PERSISTED_QUERY_NOT_SUPPORTED')) response.http.status = 400;
      },
    };
  },
};

export async function createApp(options: AppOptions): Promise<App> {
  const config = { ...readConfig(), ...options.config };
  const db: Db = { driver: options.driver, database: options.database, timeoutMs: config.queryTimeoutMs };
  const source = options.source ?? loadSourceText();
  const schema = await (options.schema ?? buildSchema());

  const armor = new ApolloArmor({
    maxDepth: { n: ARMOR_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: ARMOR_LIMITS.maxAliases },
    maxDirectives: { n: ARMOR_LIMITS.maxDirectives },
    // Armor's token check throws from a plugin hook, which Apollo answers with 500; graphql-js's own parser limit
    // (parseOptions below) fails as a syntax error instead: 400.
    maxTokens: { enabled: false },
    costLimit: { maxCost: ARMOR_LIMITS.costLimit, ignoreIntrospection: true },
    blockFieldSuggestion: { enabled: true },
  });
  const protection = armor.protect();

  const apollo = new ApolloServer<ApiContext>({
    // The schema, with the hand-written queries executed by compiled functions (compiled-execution.ts).
    gateway: compiledExecution(schema, HAND_WRITTEN_QUERY_FIELDS),
    ...protection,
    plugins: [
      ...protection.plugins,
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP caching hints are set, and the plugin's per-field hook costs on large results.
      ApolloServerPluginCacheControlDisabled(),
      errorStatus,
      requestIdPlugin(),
      generatedInputChecks(schema),
    ],
    validationRules: [
      readOnlyOperations,
      introspectionOfTypeDepth,
      oneSchemaIntrospection,
      ...protection.validationRules,
    ],
    parseOptions: { maxTokens: ARMOR_LIMITS.maxTokens },
    // serve.ts owns graceful shutdown; Apollo's own signal handlers would race it.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    // No automatic persisted queries: nothing to register or probe by hash, and no cache to fill.
    persistedQueries: false,
    // GraphiQL and typed clients need the schema, whatever NODE_ENV says (Apollo turns it off in production).
    introspection: true,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    formatError,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // GraphQL answers POSTs, which are not cached: hashing every response body for an ETag is wasted work.
  // (Static files are served by express.static, which sets its own ETags.)
  app.set('etag', false);
  app.get('/health', healthHandler(db));
  app.use(
    '/graphql',
    cors(config.corsOrigins.length > 0 ? { origin: config.corsOrigins } : { origin: false }),
    express.json({
      limit: config.bodyLimit,
      // The decoder would turn bad bytes into U+FFFD and answer something misleading; say what is wrong instead.
      verify: (_req, _res, buf) => {
        if (!isUtf8(buf)) throw Object.assign(new Error('invalid UTF-8'), { status: 400, type: 'encoding.invalid' });
      },
    }),
    expressMiddleware(apollo, {
      context: async () => ({
        requestId: newRequestId(),
        db,
        source,
        // @neo4j/graphql reads these: reads go to READ sessions on the configured database.
        executionContext: options.driver,
        sessionConfig: { database: options.database, defaultAccessMode: 'READ' },
        // Generated reads run under the same per-transaction timeout as the hand-written ones.
        transaction: { timeout: config.queryTimeoutMs },
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
          : err.type === 'encoding.invalid'
            ? 'The request body is not valid UTF-8.'
            : err.type === 'entity.too.large'
              ? `The request body is larger than ${config.bodyLimit}.`
              : status === 500
                ? 'Internal server error'
                : (err.message ?? 'Bad request');
      res.status(status).json({
        errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }],
      });
    },
  );

  return { app, apollo, stop: () => apollo.stop() };
}

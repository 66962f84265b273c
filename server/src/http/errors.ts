/**
 * What a client sees of an error: plain messages, no internals, a request id an operator can find in the server log.
 */
import { randomUUID } from 'node:crypto';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { isUnavailable } from '../db/read.ts';

const UNAVAILABLE_MESSAGE = 'The graph database is unavailable; try again shortly.';
const TIMEOUT_MESSAGE =
  'The query ran longer than the per-query time limit and was stopped: ask for fewer rows (limit, first) or fewer nested fields.';

export const newRequestId = () => randomUUID();

/** Neo4j ends a transaction that outlives its timeout (ours: QUERY_TIMEOUT_MS) with one of these codes. */
export function isTimeout(e: unknown): boolean {
  const code = (e as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && /TransactionTimedOut|Transaction\.Terminated/.test(code);
}

/** Limit messages from graphql-armor come as "Syntax Error: …", which says nothing useful; long names are cut. */
export function plainMessage(message: string): string {
  return message
    .replace(/^Syntax Error: (?=(Query depth|Query Cost|Aliases|Directives|Token|Introspection))/i, '')
    .replace(/\s*Validation aborted\.?/g, '')
    .replace(/"([^"\s]{60,})"/g, (_m, s: string) => `"${s.slice(0, 40)}…" (${s.length} characters)`)
    .trim();
}

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = (error as GraphQLError | undefined)?.originalError ?? error;
  const code = formatted.extensions?.code;
  if (code === 'SERVICE_UNAVAILABLE' || isUnavailable(original)) {
    return { message: UNAVAILABLE_MESSAGE, path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE' } };
  }
  if (code === 'QUERY_TIMEOUT' || isTimeout(original)) {
    return { message: TIMEOUT_MESSAGE, path: formatted.path, extensions: { code: 'QUERY_TIMEOUT' } };
  }
  const fromResolver = original instanceof Error && !(original instanceof GraphQLError);
  if (fromResolver || code === 'INTERNAL_SERVER_ERROR') {
    // Masked: no stack traces, no driver or Cypher messages. The server log has them under the request id.
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  const { stacktrace: _stack, http: _http, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, message: plainMessage(formatted.message), extensions };
}

export type RequestIdContext = { requestId: string };

/**
 * Every error answer carries `extensions.requestId` (and the response an `x-request-id` header); errors that are
 * masked or time out are logged with it, cause and stack included.
 */
export function requestIdPlugin(log: (line: string) => void = console.error): ApolloServerPlugin<RequestIdContext> {
  return {
    async requestDidStart({ contextValue }) {
      const requestId = contextValue.requestId;
      return {
        async didEncounterErrors({ errors }) {
          for (const e of errors) {
            const original = e.originalError ?? e;
            const code = e.extensions?.code;
            const masked =
              !(original instanceof GraphQLError) || code === undefined || code === 'INTERNAL_SERVER_ERROR';
            if ((!masked && !isTimeout(original)) || isUnavailable(original)) continue;
            log(
              `[request ${requestId}] ${isTimeout(original) ? 'timed out' : 'internal error'}: ${
                original instanceof Error ? (original.stack ?? original.message) : String(original)
              }`,
            );
          }
        },
        async willSendResponse({ response }) {
          response.http.headers.set('x-request-id', requestId);
          if (response.body.kind !== 'single') return;
          for (const e of response.body.singleResult.errors ?? [])
            (e as { extensions?: Record<string, unknown> }).extensions = { ...e.extensions, requestId };
        },
      };
    },
  };
}

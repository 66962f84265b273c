/** A tiny typed GraphQL-over-fetch client. Everything that talks to the network goes through here. */
import type { TypedDocumentString } from './generated/graphql.ts';

export type ApiErrorKind = 'unavailable' | 'network' | 'graphql';

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly code: string | undefined;
  constructor(kind: ApiErrorKind, message: string, code?: string) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.code = code;
  }
}

/** True when retrying later may help: the database is down or the server cannot be reached. */
export function isTransient(error: unknown): boolean {
  return error instanceof ApiError && (error.kind === 'unavailable' || error.kind === 'network');
}

type GqlResponse<T> = { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] };

export const GRAPHQL_URL = '/graphql';

/** Sends one of the typed documents generated from operations.graphql: its variables and result are checked. */
export async function gql<T, V>(document: TypedDocumentString<T, V>, variables: V, signal?: AbortSignal): Promise<T> {
  const query = document.toString();
  let res: Response;
  try {
    // content-type: application/json is required: the server's CSRF prevention rejects "simple" requests.
    res = await fetch(GRAPHQL_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError('network', (error as Error).message || 'Network error');
  }
  let body: GqlResponse<T>;
  try {
    body = (await res.json()) as GqlResponse<T>;
  } catch {
    // A proxy's HTML error page, or an empty body while the server restarts.
    throw new ApiError(res.status >= 500 ? 'unavailable' : 'network', `HTTP ${res.status}`);
  }
  const first = body.errors?.[0];
  if (first) {
    const code = first.extensions?.code;
    throw new ApiError(
      code === 'SERVICE_UNAVAILABLE' || res.status === 503 ? 'unavailable' : 'graphql',
      first.message,
      code,
    );
  }
  if (!res.ok || body.data == null)
    throw new ApiError(res.status >= 500 ? 'unavailable' : 'network', `HTTP ${res.status}`);
  return body.data;
}

/** The fetcher GraphiQL uses: raw results, errors included, so GraphiQL can show them. */
export async function graphiqlFetcher(params: { query: string; variables?: unknown; operationName?: string | null }) {
  const res = await fetch(GRAPHQL_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(params),
  });
  return res.json() as Promise<Record<string, unknown>>;
}

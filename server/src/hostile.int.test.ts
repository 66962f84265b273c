/**
 * Hostile input: every request of the corpus is refused with a 4xx and a message naming the problem, injection
 * attempts change nothing and leak nothing, and no mutation is reachable by any route.
 */
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../../test/http.ts';

const api = useTestServer();

type Attempt = {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer>;
};
type Answer = { status: number; text: string; messages: string[]; codes: unknown[] };

const JSON_HEADERS = { 'content-type': 'application/json' };

async function send({ method = 'POST', path = '/graphql', headers = JSON_HEADERS, body }: Attempt): Promise<Answer> {
  const res = await fetch(`${api.url}${path}`, { method, headers, body });
  const text = await res.text();
  let messages: string[] = [];
  let codes: unknown[] = [];
  try {
    const parsed = JSON.parse(text) as { errors?: { message: string; extensions?: { code?: unknown } }[] };
    messages = parsed.errors?.map((e) => e.message) ?? [];
    codes = parsed.errors?.map((e) => e.extensions?.code) ?? [];
  } catch {
    // not JSON: the test fails on the message check below
  }
  return { status: res.status, text, messages, codes };
}

const post = (query: string, variables?: unknown, extra: Record<string, unknown> = {}): Attempt => ({
  body: JSON.stringify({ query, variables, ...extra }),
});
const get = (
  params: Record<string, string>,
  headers: Record<string, string> = { 'apollo-require-preflight': '1' },
) => ({
  method: 'GET',
  path: `/graphql?${new URLSearchParams(params)}`,
  headers,
});

/** Server-side internals that must never reach a client: Cypher, driver errors, stack frames, file paths. */
const LEAKS = [
  /\bMATCH\s*\(/,
  /\bUNWIND\s+\$/,
  /\bRETURN\s+\w+\s+AS\b/,
  /Neo\.(ClientError|TransientError|DatabaseError)/,
  /neo4j/i,
  /\n\s+at\s/,
  /\bat\s+\S+\s\(.*:\d+:\d+\)/,
  /node_modules/,
  /\.ts:\d+/,
  /stacktrace/i,
];
/** `echoed`: the caller's own input, which messages may quote back (e.g. an unknown label), is not a leak. */
function expectNoLeak(answer: Answer, echoed?: string) {
  let text = answer.text;
  if (echoed)
    for (const part of [echoed, echoed.slice(0, 40)]) text = text.split(JSON.stringify(part).slice(1, -1)).join('');
  for (const leak of LEAKS) expect(text, `leak ${leak}`).not.toMatch(leak);
}

const nest = (field: string, depth: number, leaf: string) =>
  `${Array.from({ length: depth }, () => `${field} {`).join(' ')} ${leaf} ${'}'.repeat(depth)}`;
const ids = (n: number) => Array.from({ length: n }, (_, i) => `id-${i}`);

type Case = { name: string; attempt: Attempt; status: number; message: RegExp; code?: string };

const REL_FIELDS = ['supports', 'supportedBy', 'backedBy', 'backs', 'leads', 'ledBy', 'partOf', 'parts'];
const nestedOr = (depth: number): unknown =>
  depth === 0 ? { id: { eq: 'x' } } : { OR: [nestedOr(depth - 1), { id: { eq: `y${depth}` } }] };

const corpus: Case[] = [
  {
    name: 'deep nesting in the generated API',
    attempt: post(`{ institutions { ${nest('supports', 14, 'id')} } }`),
    status: 400,
    // Plain: no "Syntax Error:" prefix on a limit.
    message: /^Query depth limit of 12 exceeded/,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'deep nesting hidden in fragments',
    attempt: post(
      `{ institutions { ...A } } fragment A on Institution { supports { ...B } } fragment B on Institution { ${nest('supports', 12, 'id')} }`,
    ),
    status: 400,
    message: /depth limit of 12 exceeded/i,
  },
  {
    name: 'alias flood',
    attempt: post(`{ ${Array.from({ length: 40 }, (_, i) => `a${i}: stats { nodeCount }`).join(' ')} }`),
    status: 400,
    message: /aliases limit of 15 exceeded/i,
  },
  {
    name: 'fragment cycle',
    attempt: post('{ stats { ...A } } fragment A on GraphStats { nodeCount ...B } fragment B on GraphStats { ...A }'),
    status: 400,
    message: /cannot spread fragment "A" within itself/i,
  },
  {
    name: 'directive flood',
    attempt: post(`{ stats { nodeCount ${'@include(if: true) '.repeat(30)} } }`),
    status: 400,
    message: /directives limit of 10 exceeded/i,
  },
  {
    name: 'token flood',
    attempt: post(`{ stats { ${'nodeCount '.repeat(2500)} } }`),
    status: 400,
    message: /Document contains more tha[nt] 2000 tokens/i, // graphql-js spells it "that"
  },
  {
    // Each level spreads the one below ten times: 10,000 copies of two fields from a few hundred tokens.
    name: 'fragment fan-out bomb',
    attempt: post(
      `{ stats { ...F4 } } fragment F0 on GraphStats { nodeCount relationshipCount } ${[1, 2, 3, 4]
        .map((i) => `fragment F${i} on GraphStats { ${`...F${i - 1} `.repeat(10)}}`)
        .join(' ')}`,
    ),
    status: 400,
    message: /cost limit of 20000 exceeded/i,
  },
  {
    name: 'limit of zero in the generated API',
    attempt: post('{ institutions(limit: 0) { id } }'),
    status: 400,
    message: /^Argument "limit" of "institutions": must be an integer from 1 to 1000, got 0\.$/,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'negative limit passed as a variable',
    attempt: post('query ($n: Int) { zones(limit: $n) { id } }', { n: -5 }),
    status: 400,
    message: /^Argument "limit" of "zones": must be an integer from 1 to 1000, got -5\.$/,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'negative offset',
    attempt: post('{ institutions(offset: -1) { id } }'),
    status: 400,
    message: /^Argument "offset" of "institutions": must be an integer of 0 or more, got -1\.$/,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'negative first on a connection',
    attempt: post('{ institutionsConnection(first: -2) { totalCount } }'),
    status: 400,
    message: /^Argument "first" of "institutionsConnection": must be an integer from 1 to 1000, got -2\.$/,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'zero first on a nested connection',
    attempt: post('{ institutions(limit: 1) { supportsConnection(first: 0) { totalCount } } }'),
    status: 400,
    message: /^Argument "first" of "supportsConnection": must be an integer from 1 to 1000, got 0\.$/,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'malformed cursor',
    attempt: post('{ institutionsConnection(first: 2, after: "garbage") { totalCount } }'),
    status: 400,
    message: /^Argument "after" of "institutionsConnection": not a cursor this API issued/,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'base64 cursor of something else',
    attempt: post('query ($c: String) { zonesConnection(first: 2, after: $c) { totalCount } }', {
      c: Buffer.from('{"offset":-1}').toString('base64'),
    }),
    status: 400,
    message: /^Argument "after" of "zonesConnection": not a cursor this API issued/,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'empty "some" relationship filter (would match everything)',
    attempt: post('{ institutions(where: { supports: { some: {} } }) { id } }'),
    status: 400,
    message: /^Argument "where\.supports\.some": an empty filter object would match everything/,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'empty "none" relationship filter in a variable',
    attempt: post('query ($w: InstitutionWhere) { institutions(where: $w) { id } }', { w: { backedBy: { none: {} } } }),
    status: 400,
    message: /^Argument "where\.backedBy\.none": an empty filter object would match everything/,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'typename filter on a relationship (use label)',
    attempt: post('{ institutions(where: { supports: { some: { typename: [Industry] } } }) { id } }'),
    status: 400,
    message: /^Field "typename" is not defined by type "PlanNodeWhere"/,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: '600 nested ORs in a variable',
    attempt: post('query ($w: ZoneWhere) { zones(where: $w) { id } }', { w: nestedOr(600) }),
    status: 400,
    message: /^Argument "where": input nested more than 8 objects deep/,
    code: 'BAD_USER_INPUT',
  },
  {
    name: '1,500 nested ORs in a variable',
    attempt: post('query ($w: ZoneWhere) { zones(where: $w) { id } }', { w: nestedOr(1500) }),
    status: 400,
    message: /^Argument "where": input nested more than 8 objects deep/,
    code: 'BAD_USER_INPUT',
  },
  {
    name: '9,000-id "in" list',
    attempt: post('query ($ids: [ID!]) { zones(where: { id: { in: $ids } }) { id } }', { ids: ids(9000) }),
    status: 400,
    message: /^Argument "where\.id\.in": a list of 9000 items; at most 100 are allowed\.$/,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'three nested levels of relationship fields without limits',
    attempt: post('{ planNodes { supports { supportedBy { partOf { id } } } } }'),
    status: 400,
    message: /^Query too costly: it may read about [\d,]+ rows, more than 100,000/,
    code: 'QUERY_TOO_COSTLY',
  },
  {
    name: '32 relationship fields in one operation',
    attempt: post(
      `{ zones { ${REL_FIELDS.map((f) => `${f} { id } ${f}Connection { totalCount }`).join(' ')} } institutions { ${REL_FIELDS.map((f) => `${f} { id } ${f}Connection { totalCount }`).join(' ')} } }`,
    ),
    status: 400,
    message: /^Too many relationship fields and relationship filters: more than 30 in one operation/,
    code: 'QUERY_TOO_COSTLY',
  },
  {
    name: 'relationship filters counted as traversals',
    attempt: post('query ($w: ZoneWhere) { zones(where: $w) { id } }', {
      w: { OR: Array.from({ length: 40 }, (_, i) => ({ supports: { some: { id: { eq: `x${i}` } } } })) },
    }),
    status: 400,
    message: /^Too many relationship fields and relationship filters/,
    code: 'QUERY_TOO_COSTLY',
  },
  {
    name: 'very long unknown operation name is not echoed whole',
    attempt: post('query A { stats { nodeCount } }', undefined, { operationName: 'Q'.repeat(5000) }),
    status: 400,
    message: /^Unknown operation named "Q{40}…" \(5000 characters\)\.$/,
  },
  {
    name: 'two aliased __schema fields (8.8 MB from 1.5 kB before)',
    attempt: post(
      '{ a: __schema { types { name fields { name description } } } b: __schema { types { name fields { name description } } } }',
    ),
    status: 400,
    message: /^Introspection limit: at most one "__schema" field per request\.$/,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'deep __type / ofType chain',
    attempt: post(`{ __type(name: "Query") { fields { type { ${nest('ofType', 40, 'name')} } } } }`),
    status: 400,
    message: /introspection too deep: 40 nested "ofType"/i,
  },
  {
    name: 'ofType chain spread through fragments',
    attempt: post(
      `{ __schema { types { ...T } } } fragment T on __Type { ${nest('ofType', 8, '...U')} } fragment U on __Type { ${nest('ofType', 8, 'name')} }`,
    ),
    status: 400,
    message: /introspection too deep: 16 nested "ofType"/i,
  },
  {
    name: 'recursive fields/type introspection',
    attempt: post(
      '{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }',
    ),
    status: 400,
    message: /maximum introspection depth exceeded/i,
  },
  {
    name: 'huge list of ids for neighborhood',
    attempt: post('query($ids: [ID!]!) { neighborhood(ids: $ids) { truncated } }', { ids: ids(501) }),
    status: 400,
    message: /Argument "ids": lists 501 ids; at most 500/,
  },
  {
    name: 'huge list of ids for subgraph',
    attempt: post('query($ids: [ID!]!) { subgraph(ids: $ids) { truncated } }', { ids: ids(5001) }),
    status: 400,
    message: /Argument "ids": lists 5001 ids; at most 5000/,
  },
  {
    name: 'overlong search text',
    attempt: post('query($t: String!) { search(text: $t) { score } }', { t: '广'.repeat(5000) }),
    status: 400,
    message: /Argument "text": is 5000 characters long; at most 200/,
  },
  {
    name: 'overlong id',
    attempt: post('query($id: ID!) { node(id: $id) { id } }', { id: 'x'.repeat(10_000) }),
    status: 400,
    message: /Argument "id": must be 1 to 200 characters long/,
  },
  {
    name: 'null byte in an id',
    attempt: post('query($id: ID!) { node(id: $id) { id } }', { id: 'guangzhou-laboratory\u0000' }),
    status: 400,
    message: /Argument "id": must not contain control characters/,
  },
  {
    name: 'null byte in search text',
    attempt: post('query($t: String!) { search(text: $t) { score } }', { t: '广州\u0000实验室' }),
    status: 400,
    message: /Argument "text": must not contain control characters/,
  },
  {
    name: 'unpaired surrogate in search text',
    attempt: { body: '{"query":"query($t: String!) { search(text: $t) { score } }","variables":{"t":"广州\\ud800"}}' },
    status: 400,
    message: /Argument "text": .*unpaired surrogates/,
  },
  {
    name: 'out-of-range depth',
    attempt: post('{ neighborhood(ids: ["cansemi"], depth: 50) { truncated } }'),
    status: 400,
    message: /Argument "depth": must be an integer from 1 to 3, got 50/,
  },
  {
    name: 'out-of-range maxHops',
    attempt: post('{ paths(from: "cansemi", to: "bio-island", maxHops: 1000) { paths { rank } } }'),
    status: 400,
    message: /Argument "maxHops": must be an integer from 1 to 6/,
  },
  {
    name: 'Int overflow',
    attempt: post('{ search(text: "广州", limit: 99999999999) { score } }'),
    status: 400,
    message: /Int cannot represent non 32-bit signed integer value/,
  },
  {
    name: 'unknown label',
    attempt: post('{ search(text: "广州", labels: ["Secret"]) { score } }'),
    status: 400,
    message: /Argument "labels": unknown label "Secret"/,
  },
  {
    name: 'unknown relationship type',
    attempt: post('{ trace(id: "cansemi", relationshipTypes: ["OWNS"]) { truncated } }'),
    status: 400,
    message: /Argument "relationshipTypes": unknown relationship type "OWNS"/,
  },
  {
    name: 'unknown enum value',
    attempt: post('{ trace(id: "cansemi", direction: SIDEWAYS) { truncated } }'),
    status: 400,
    message: /Value "SIDEWAYS" does not exist in "TraceDirection" enum/,
  },
  {
    name: 'wrong variable type',
    attempt: post('query($ids: [ID!]!) { neighborhood(ids: $ids) { truncated } }', { ids: { $gt: '' } }),
    status: 400,
    message: /Variable "\$ids" got invalid value/,
  },
  {
    name: 'huge variables',
    attempt: post('{ stats { nodeCount } }', { junk: 'x'.repeat(300_000) }),
    status: 413,
    message: /request body is larger than 100kb/,
  },
  {
    name: 'oversized body',
    attempt: { body: `{"query":"{ stats { nodeCount } }","pad":"${' '.repeat(2_000_000)}"}` },
    status: 413,
    message: /request body is larger than 100kb/,
  },
  {
    name: 'malformed JSON',
    attempt: { body: '{"query": "{ stats { nodeCount } }",' },
    status: 400,
    message: /request body is not valid JSON/,
  },
  {
    name: 'bytes that are not UTF-8',
    attempt: { body: new Uint8Array([0x7b, 0x22, 0x71, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]) },
    status: 400,
    message: /request body is not valid UTF-8/,
  },
  {
    name: 'batched array',
    attempt: { body: JSON.stringify([{ query: '{ stats { nodeCount } }' }, { query: '{ stats { nodeCount } }' }]) },
    status: 400,
    message: /batching disabled/i,
  },
  {
    name: 'text/plain (a simple cross-site request)',
    attempt: { headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ stats { nodeCount } }' }) },
    status: 400,
    message: /Cross-Site Request Forgery/,
  },
  {
    name: 'form-encoded body',
    attempt: {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=%7B%20stats%20%7B%20nodeCount%20%7D%20%7D',
    },
    status: 400,
    message: /Cross-Site Request Forgery/,
  },
  {
    name: 'no content type',
    attempt: { headers: {}, body: JSON.stringify({ query: '{ stats { nodeCount } }' }) },
    status: 400,
    message: /Cross-Site Request Forgery/,
  },
  {
    name: 'XML content type',
    attempt: { headers: { 'content-type': 'application/xml' }, body: '<query>{ stats { nodeCount } }</query>' },
    status: 400,
    message: /POST body missing, invalid Content-Type/,
  },
  {
    name: 'missing query',
    attempt: { body: JSON.stringify({ variables: {} }) },
    status: 400,
    message: /must contain a non-empty `query`/,
  },
  {
    name: 'query that is not a string',
    attempt: { body: JSON.stringify({ query: { kind: 'Document' } }) },
    status: 400,
    message: /GraphQL queries must be strings/,
  },
  {
    name: 'syntax error',
    attempt: post('{ stats { nodeCount '),
    status: 400,
    message: /Syntax Error/,
  },
  {
    name: 'unknown field (suggestions hidden)',
    attempt: post('{ institution { id } }'),
    status: 400,
    message: /Cannot query field "institution" on type "Query"\. \[Suggestion hidden\]/,
  },
  {
    name: 'unknown operation name',
    attempt: post('query A { stats { nodeCount } }', undefined, { operationName: 'DropEverything' }),
    status: 400,
    message: /Unknown operation named "DropEverything"/,
  },
  {
    name: 'several operations and no name',
    attempt: post('query A { stats { nodeCount } } query B { stats { relationshipCount } }'),
    status: 400,
    message: /Must provide operation name/,
  },
  {
    name: 'mutation via POST',
    attempt: post('mutation { deleteInstitutions { nodesDeleted } }'),
    status: 400,
    message: /read-only: only queries are allowed, not a mutation/,
  },
  {
    name: 'subscription via POST',
    attempt: post('subscription { institutionCreated { id } }'),
    status: 400,
    message: /read-only: only queries are allowed, not a subscription/,
  },
  {
    name: 'mutation via GET',
    attempt: get({ query: 'mutation { deleteInstitutions { nodesDeleted } }' }),
    status: 400,
    message: /read-only|GET requests/,
  },
  {
    name: 'GET without a preflight header',
    attempt: get({ query: '{ stats { nodeCount } }' }, {}),
    status: 400,
    message: /Cross-Site Request Forgery/,
  },
  {
    name: 'persisted-query hash without a query',
    attempt: { body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }) },
    status: 400,
    message: /PersistedQueryNotSupported/,
  },
  {
    name: 'mutation registered as a persisted query',
    attempt: post('mutation { deleteInstitutions { nodesDeleted } }', undefined, {
      extensions: {
        persistedQuery: {
          version: 1,
          sha256Hash: createHash('sha256').update('mutation { deleteInstitutions { nodesDeleted } }').digest('hex'),
        },
      },
    }),
    status: 400,
    message: /PersistedQueryNotSupported|read-only/,
  },
  {
    name: 'PUT',
    attempt: { method: 'PUT', body: JSON.stringify({ query: '{ stats { nodeCount } }' }) },
    status: 405,
    message: /only GET\/POST/,
  },
];

describe('hostile requests', () => {
  const counts = async () => {
    const res = await api.gql<{ stats: { nodeCount: number; relationshipCount: number } }>(
      '{ stats { nodeCount relationshipCount } }',
    );
    return res.data!.stats;
  };
  let before: { nodeCount: number; relationshipCount: number } | undefined;
  beforeAll(async () => {
    before = await counts();
  });

  it('the corpus is at least 30 requests', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
  });

  for (const c of corpus) {
    it(`refuses: ${c.name}`, async () => {
      const answer = await send(c.attempt);
      expect(answer.status, answer.text.slice(0, 300)).toBe(c.status);
      expect(answer.messages.join('\n')).toMatch(c.message);
      if (c.code) expect(answer.codes).toContain(c.code);
      expectNoLeak(answer);
    });
  }

  it('leaves the node and relationship counts unchanged', async () => {
    expect(before!.nodeCount).toBeGreaterThan(0);
    expect(await counts()).toEqual(before);
  });

  it('every error answer carries a request id, in the body and the x-request-id header', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ query: '{ institutions(limit: -1) { id } }' }),
    });
    const body = (await res.json()) as { errors: { extensions: { requestId: string } }[] };
    expect(body.errors[0]!.extensions.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('x-request-id')).toBe(body.errors[0]!.extensions.requestId);
  });

  it('still answers GET /health after the corpus', async () => {
    const res = await fetch(`${api.url}/health`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { status: string }).status).toBe('ok');
  });
});

const INJECTIONS = [
  '"}) DETACH DELETE n //',
  "' OR 1=1 --",
  '") MATCH (n) DETACH DELETE n RETURN n //',
  '`}) CALL db.clearQueryCaches() //',
  '$text',
  '*:*',
  'name:* OR id:*',
  '广州 AND (实验室 OR *:*)~ ^10',
  '\\',
  '/.*/',
  'n"}]->(m) DELETE m //',
  'ｍａｔｃｈ (ｎ) ＤＥＴＡＣＨ ＤＥＬＥＴＥ ｎ',
  '\u202e) n ETELED HCTATED',
  'e\u0301\u200b\ufeff广州',
];

type Stats = { stats: { nodeCount: number; relationshipCount: number; labels: { key: string; count: number }[] } };

describe('injection attempts', () => {
  const stats = async () => {
    const res = await api.gql<Stats>('{ stats { nodeCount relationshipCount labels { key count } } }');
    expect(res.status).toBe(200);
    return res.data!.stats;
  };

  it('change nothing and leak nothing, whichever argument carries them', async () => {
    const before = await stats();
    expect(before.nodeCount).toBeGreaterThan(0);
    const attempts: [string, Record<string, unknown>][] = [];
    for (const text of INJECTIONS) {
      attempts.push(['query($v: String!) { search(text: $v) { node { id } } }', { v: text }]);
      attempts.push(['query($v: ID!) { node(id: $v) { id } }', { v: text }]);
      attempts.push(['query($v: ID!) { neighborhood(ids: [$v, "cansemi"], depth: 2) { nodes { id } } }', { v: text }]);
      attempts.push(['query($v: ID!) { paths(from: $v, to: "cansemi") { paths { rank } } }', { v: text }]);
      attempts.push(['query($v: ID!) { trace(id: $v) { nodes { id } } }', { v: text }]);
      attempts.push(['query($v: String!) { search(text: "广州", labels: [$v]) { score } }', { v: text }]);
      attempts.push([
        'query($v: String!) { neighborhood(ids: ["cansemi"], relationshipTypes: [$v]) { truncated } }',
        { v: text },
      ]);
      attempts.push(['query($v: String!) { institutions(where: { name: { eq: $v } }) { id } }', { v: text }]);
    }
    const statuses = new Set<number>();
    for (const [query, variables] of attempts) {
      const answer = await send(post(query, variables));
      statuses.add(answer.status);
      expect([200, 400], `${query} ${JSON.stringify(variables)}: ${answer.text.slice(0, 200)}`).toContain(
        answer.status,
      );
      expectNoLeak(answer, String(variables.v));
      // Whatever came back, nothing was matched by the injected text itself.
      if (answer.status === 200 && query.includes('node(id')) expect(answer.text).toContain('"node":null');
    }
    // Both outcomes occur: plain text is searched for, labels and types are refused.
    expect([...statuses].sort()).toEqual([200, 400]);
    expect(await stats()).toEqual(before);
  });

  it('a label or relationship type carrying Cypher is refused by name', async () => {
    const res = await api.gql('{ search(text: "广州", labels: ["Zone`) DETACH DELETE n //"]) { score } }');
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toMatch(/^Argument "labels": unknown label/);
    const rel = await api.gql('{ trace(id: "cansemi", relationshipTypes: ["SUPPORTS|DELETE"]) { truncated } }');
    expect(rel.errors?.[0]?.message).toMatch(/^Argument "relationshipTypes": unknown relationship type/);
  });

  it('Lucene syntax finds what the plain words find', async () => {
    const res = await api.gql<{ search: { node: { id: string } }[] }>('{ search(text: "知识城*") { node { id } } }');
    expect(res.status).toBe(200);
    expect(res.data!.search.map((h) => h.node.id)).toContain('knowledge-city');
  });
});

describe('no mutation is reachable', () => {
  it('introspection shows no mutation or subscription type', async () => {
    const res = await api.gql<{ __schema: { mutationType: unknown; subscriptionType: unknown } }>(
      '{ __schema { mutationType { name } subscriptionType { name } } }',
    );
    expect(res.status).toBe(200);
    expect(res.data!.__schema).toEqual({ mutationType: null, subscriptionType: null });
  });

  it('GraphiQL-sized introspection still works', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const res = await api.gql<{ __schema: { types: unknown[] } }>(getIntrospectionQuery());
    expect(res.status).toBe(200);
    expect(res.data!.__schema.types.length).toBeGreaterThan(10);
  });

  it('GET runs queries with a preflight header, and nothing else', async () => {
    const ok = await send(get({ query: '{ stats { nodeCount } }' }));
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.text)).toMatchObject({ data: { stats: { nodeCount: expect.any(Number) as unknown } } });
    const viaQuery = await send(
      get({ query: 'mutation M { deleteInstitutions { nodesDeleted } }', operationName: 'M' }),
    );
    expect(viaQuery.status).toBe(400);
  });
});

import { describe, expect, it } from 'vitest';
import { type GraphQLError, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { checkGeneratedOperation, isValidCursor } from './generated-inputs.ts';

const ROOTS = new Set(['zones', 'planNodes', 'institutions', 'zonesConnection']);

function check(query: string, variables?: Record<string, unknown>): GraphQLError | undefined {
  const doc = parse(query);
  const operation = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  try {
    checkGeneratedOperation(operation, fragments, variables, (n) => ROOTS.has(n));
    return undefined;
  } catch (e) {
    return e as GraphQLError;
  }
}

describe('generated-API argument checks', () => {
  it('accepts ordinary queries', () => {
    expect(check('{ zones(limit: 5, offset: 0) { id supports { id } } }')).toBeUndefined();
    expect(check('{ stats { nodeCount } }')).toBeUndefined(); // not a generated root
    expect(check('{ zonesConnection(first: 2, after: "YXJyYXljb25uZWN0aW9uOjE=") { totalCount } }')).toBeUndefined();
  });
  it('names the paging argument that is out of range, literal or variable', () => {
    expect(check('{ zones(limit: 0) { id } }')?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'limit',
    });
    expect(check('query ($o: Int) { zones(offset: $o) { id } }', { o: -3 })?.message).toBe(
      'Argument "offset" of "zones": must be an integer of 0 or more, got -3.',
    );
    expect(check('{ zones { supportsConnection(first: 5000) { totalCount } } }')?.message).toMatch(
      /^Argument "first" of "supportsConnection": must be an integer from 1 to 1000/,
    );
  });
  it('refuses empty filters, deep inputs and long lists, naming where', () => {
    expect(check('{ zones(where: { supports: { none: {} } }) { id } }')?.message).toMatch(
      /^Argument "where\.supports\.none": an empty filter object/,
    );
    let deep: unknown = { id: { eq: 'x' } };
    for (let i = 0; i < 10; i++) deep = { AND: [deep] };
    expect(check('query ($w: ZoneWhere) { zones(where: $w) { id } }', { w: deep })?.message).toMatch(
      /^Argument "where": input nested more than 8 objects deep/,
    );
    const ids = Array.from({ length: 101 }, (_, i) => `z${i}`);
    expect(check('query ($ids: [ID!]) { zones(where: { id: { in: $ids } }) { id } }', { ids })?.message).toBe(
      'Argument "where.id.in": a list of 101 items; at most 100 are allowed.',
    );
  });
  it('weighs relationship fields by the rows of their parents, fragments included', () => {
    // 1,000 zones assumed × 25 supports each: the third level would read ~16M rows.
    expect(check('{ planNodes { supports { supportedBy { partOf { id } } } } }')?.extensions?.code).toBe(
      'QUERY_TOO_COSTLY',
    );
    expect(check('{ planNodes(limit: 2) { supports(limit: 2) { supportedBy(limit: 2) { partOf { id } } } } }')).toBe(
      undefined,
    );
    const fields = ['supports', 'backs', 'leads', 'hosts', 'parts', 'partOf', 'ledBy', 'backedBy'];
    const many = `fragment F on Zone { ${fields.map((f) => `${f} { id } ${f}Connection { totalCount }`).join(' ')} }`;
    expect(check(`{ zones(limit: 1) { ...F } institutions(limit: 1) { ...F } } ${many}`)?.message).toMatch(
      /^Too many relationship fields and relationship filters: more than 30/,
    );
  });
});

describe('traversals', () => {
  const fields = [
    'supports',
    'supportedBy',
    'backs',
    'backedBy',
    'leads',
    'ledBy',
    'hosts',
    'locatedIn',
    'parts',
    'partOf',
  ];
  const lists = (n: number, alias = '') => fields.slice(0, n).map((f) => `${alias}${f}: ${f} { id }`);
  const counts = (n: number) => fields.slice(0, n).map((f) => `${f}Connection { totalCount }`);
  const edges = (n: number, alias = '') =>
    fields.slice(0, n).map((f) => `${alias}${f}C: ${f}Connection { totalCount edges { properties { quote } } }`);
  const query = (parts: string[]) => `{ planNodes(limit: 50) { id ${parts.join(' ')} } }`;

  it('counts a connection that selects edges as two subqueries, one with its count alone as one', () => {
    // 10 lists + 10 connections with edges = 30: accepted; one more connection, even a count alone, is 31.
    expect(check(query([...lists(10), ...edges(10)]))).toBeUndefined();
    expect(
      check(query([...lists(10), ...counts(10), ...counts(10).map((c) => `n${c.split(' ')[0]}: ${c}`)])),
    ).toBeUndefined();
    expect(check(query([...lists(10), ...edges(10), ...counts(1)]))?.message).toMatch(
      /^Too many relationship fields and relationship filters: more than 30 in one operation \(a connection with `edges` counts as two\)/,
    );
  });

  it('refuses the shape that took 2.4 s cold: 15 relationship lists and 15 connections with edges (45)', () => {
    const shape = query([...lists(10), ...lists(5, 'x'), ...edges(10), ...edges(5, 'x')]);
    expect(check(shape)?.extensions?.code).toBe('QUERY_TOO_COSTLY');
  });
});

describe('cursors', () => {
  it('accepts only what the API issues', () => {
    expect(isValidCursor(Buffer.from('arrayconnection:41').toString('base64'))).toBe(true);
    expect(isValidCursor('garbage')).toBe(false);
    expect(isValidCursor(Buffer.from('arrayconnection:-1').toString('base64'))).toBe(false);
    expect(isValidCursor(42)).toBe(false);
  });
});

/**
 * Argument and cost checks for the generated API, run on the resolved operation with its variables (validation
 * rules cannot see variable values). Pure: the operation, its fragments and variables in, a refusal out.
 */
import {
  GraphQLError,
  Kind,
  valueFromASTUntyped,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { RELATIONSHIP_FIELDS } from '../schema/type-defs.ts';

/** Limits on the generated API's arguments and traversals; documented in docs/api.md. */
export const GENERATED_LIMITS = {
  /** `limit` and `first`: 1 to this. */
  maxPage: 1000,
  /** Nested input objects in one argument (`where: { supports: { some: { name: { eq } } } }` is 4). */
  maxInputDepth: 8,
  /** Items in any list inside an argument (`in` lists, `OR`, `sort`). */
  maxListLength: 100,
  /**
   * Relationship fields and relationship filters in one operation: each is a Cypher subquery, and a connection that
   * selects `edges` is two (its count, then its edges), so it counts twice. Neo4j plans the subqueries of a new shape
   * on first sight, in time that grows with their number: 30 keeps that first request under 2 s on the plan graph.
   */
  maxTraversals: 30,
  /** Estimated rows: every relationship field weighs as many rows as its parents can have. */
  maxEstimatedRows: 100_000,
  /** Rows assumed for a root list without `limit`/`first` (the largest label has fewer). */
  rootRows: 1000,
  /** Rows assumed per parent for a relationship field without `limit`/`first`. */
  relationshipRows: 25,
} as const;

const RELATIONSHIP_NAMES = new Set(
  Object.values(RELATIONSHIP_FIELDS).flatMap(([out, inc]) => [out, inc, `${out}Connection`, `${inc}Connection`]),
);

export const isRelationshipField = (name: string) => RELATIONSHIP_NAMES.has(name);

type Variables = Record<string, unknown> | undefined;

export function badInput(message: string, argumentName?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', ...(argumentName ? { argumentName } : {}), http: { status: 400 } },
  });
}

function limitExceeded(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COSTLY', http: { status: 400 } } });
}

/** Cursors of @neo4j/graphql connections are base64 of `arrayconnection:<offset>`. */
export function isValidCursor(cursor: unknown): boolean {
  if (typeof cursor !== 'string' || !/^[A-Za-z0-9+/]+={0,2}$/.test(cursor)) return false;
  return /^arrayconnection:\d{1,9}$/.test(Buffer.from(cursor, 'base64').toString('latin1'));
}

const describe = (value: unknown) => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

/** Checks one argument value: depth, list lengths and empty filters, naming the path where it is wrong. */
function checkInputValue(value: unknown, path: string, depth: number, traversals: { count: number }): void {
  if (Array.isArray(value)) {
    if (value.length > GENERATED_LIMITS.maxListLength)
      throw badInput(
        `Argument "${path}": a list of ${value.length} items; at most ${GENERATED_LIMITS.maxListLength} are allowed.`,
        path.split(/[.[]/)[0],
      );
    value.forEach((item, i) => checkInputValue(item, `${path}[${i}]`, depth, traversals));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  if (depth + 1 > GENERATED_LIMITS.maxInputDepth)
    throw badInput(
      `Argument "${path.split(/[.[]/)[0]}": input nested more than ${GENERATED_LIMITS.maxInputDepth} objects deep (at ${path}).`,
      path.split(/[.[]/)[0],
    );
  const entries = Object.entries(value);
  if (entries.length === 0)
    throw badInput(
      `Argument "${path}": an empty filter object would match everything; name at least one field, or leave it out.`,
      path.split(/[.[]/)[0],
    );
  for (const [key, inner] of entries) {
    if (isRelationshipField(key)) traversals.count++;
    checkInputValue(inner, `${path}.${key}`, depth + 1, traversals);
  }
}

function checkPaging(field: FieldNode, args: Record<string, unknown>): void {
  for (const name of ['limit', 'first'] as const) {
    if (!(name in args) || args[name] === null) continue;
    const v = args[name];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > GENERATED_LIMITS.maxPage)
      throw badInput(
        `Argument "${name}" of "${field.name.value}": must be an integer from 1 to ${GENERATED_LIMITS.maxPage}, got ${describe(v)}.`,
        name,
      );
  }
  if ('offset' in args && args.offset !== null) {
    const v = args.offset;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
      throw badInput(
        `Argument "offset" of "${field.name.value}": must be an integer of 0 or more, got ${describe(v)}.`,
        'offset',
      );
  }
  if ('after' in args && args.after !== null && !isValidCursor(args.after))
    throw badInput(
      `Argument "after" of "${field.name.value}": not a cursor this API issued (use an edge's \`cursor\` or \`pageInfo.endCursor\`), got ${describe(args.after)}.`,
      'after',
    );
}

function argumentsOf(field: FieldNode, variables: Variables): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const arg of field.arguments ?? []) args[arg.name.value] = valueFromASTUntyped(arg.value, variables);
  return args;
}

const pageSize = (args: Record<string, unknown>, fallback: number) => {
  const n = (args.limit ?? args.first) as number | undefined;
  return typeof n === 'number' ? n : fallback;
};

/**
 * Checks every generated field of the operation (root fields named by `isGeneratedRoot`, and the relationship fields
 * below them): paging arguments, argument shapes, the number of traversals and the estimated rows.
 */
export function checkGeneratedOperation(
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Variables,
  isGeneratedRoot: (fieldName: string) => boolean,
): void {
  const traversals = { count: 0 };
  let rows = 0;

  const fieldsOf = (set: SelectionSetNode | undefined): FieldNode[] =>
    (set?.selections ?? []).flatMap((sel) =>
      sel.kind === Kind.FIELD
        ? [sel]
        : sel.kind === Kind.INLINE_FRAGMENT
          ? fieldsOf(sel.selectionSet)
          : fieldsOf(fragments[sel.name.value]?.selectionSet),
    );

  const isConnectionWithEdges = (field: FieldNode) =>
    field.name.value.endsWith('Connection') && fieldsOf(field.selectionSet).some((f) => f.name.value === 'edges');

  const visit = (field: FieldNode, parentRows: number, isRoot: boolean) => {
    const args = argumentsOf(field, variables);
    checkPaging(field, args);
    for (const [name, value] of Object.entries(args)) checkInputValue(value, name, 0, traversals);
    let ownRows = parentRows;
    if (!isRoot && isRelationshipField(field.name.value)) {
      traversals.count += isConnectionWithEdges(field) ? 2 : 1;
      rows += parentRows;
      ownRows = parentRows * pageSize(args, GENERATED_LIMITS.relationshipRows);
    } else if (isRoot) {
      ownRows = pageSize(args, GENERATED_LIMITS.rootRows);
    }
    if (traversals.count > GENERATED_LIMITS.maxTraversals)
      throw limitExceeded(
        `Too many relationship fields and relationship filters: more than ${GENERATED_LIMITS.maxTraversals} in one operation (a connection with \`edges\` counts as two). Split the query.`,
      );
    if (rows > GENERATED_LIMITS.maxEstimatedRows)
      throw limitExceeded(
        `Query too costly: it may read about ${rows.toLocaleString('en')} rows, more than ${GENERATED_LIMITS.maxEstimatedRows.toLocaleString('en')}. Pass smaller \`limit\`/\`first\` values, or fewer nested relationship fields.`,
      );
    for (const child of fieldsOf(field.selectionSet)) visit(child, ownRows, false);
  };

  for (const field of fieldsOf(operation.selectionSet)) if (isGeneratedRoot(field.name.value)) visit(field, 1, true);
}

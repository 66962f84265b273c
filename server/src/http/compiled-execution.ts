/**
 * Execution of the hand-written queries through graphql-jit: each validated document is compiled once into a plain
 * function that resolves and completes its fields without graphql-js's per-field bookkeeping (an info object, argument
 * coercion and promise checks for every field of every node, edge and quote). Apollo takes a custom executor only
 * through its gateway interface, which is what this is: the schema as given, and an executor.
 *
 * Everything else runs on graphql-js exactly as before: operations that touch the generated API (its resolvers read
 * `info` in depth), introspection, and requests whose variables do not coerce (so their errors read as graphql-js
 * words them).
 */
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  execute,
  GraphQLError,
  getVariableValues,
  Kind,
  OperationTypeNode,
  type DocumentNode,
  type ExecutionResult,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/** The root field names an operation selects, fragments followed (named fragments at most once). */
export function rootFieldNames(operation: OperationDefinitionNode, document: DocumentNode): Set<string> {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const names = new Set<string>();
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) names.add(sel.name.value);
      else if (sel.kind === Kind.INLINE_FRAGMENT) visit(sel.selectionSet);
      else if (!seen.has(sel.name.value)) {
        seen.add(sel.name.value);
        visit(fragments.get(sel.name.value)?.selectionSet);
      }
    }
  };
  visit(operation.selectionSet);
  return names;
}

/** A query whose root fields are all among `compilable` (`__typename` aside) is compiled; anything else is not. */
export function isCompilable(
  operation: OperationDefinitionNode,
  document: DocumentNode,
  compilable: ReadonlySet<string>,
): boolean {
  if (operation.operation !== OperationTypeNode.QUERY) return false;
  const names = rootFieldNames(operation, document);
  names.delete('__typename');
  return names.size > 0 && [...names].every((n) => compilable.has(n));
}

/**
 * graphql-jit's errors have read-only messages, which plugins that reword messages (graphql-armor's) cannot handle:
 * they become graphql-js errors with the same message, path, locations, cause and extensions.
 */
function asGraphqlJsErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors) return result;
  const errors = result.errors.map((e) => {
    const error = new GraphQLError(e.message, {
      path: e.path,
      originalError: e.originalError ?? undefined,
      extensions: e.extensions,
    });
    // Locations come from the source positions graphql-jit already computed.
    (error as { locations?: GraphQLError['locations'] }).locations = e.locations;
    return error;
  });
  return { ...result, errors };
}

/**
 * An Apollo gateway that serves `schema` and executes the queries whose root fields are all in `compilable` with
 * graphql-jit. Compiled queries are kept per document object: Apollo hands over the same parsed and validated document
 * from its document cache for every request with the same text, so this cache lives and dies with that one.
 */
export function compiledExecution(schema: GraphQLSchema, compilable: ReadonlySet<string>): GatewayInterface {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();

  const compiledFor = (document: DocumentNode, operation: OperationDefinitionNode, operationName: string | null) => {
    let byOperation = compiled.get(document);
    if (!byOperation) compiled.set(document, (byOperation = new Map<string, CompiledQuery | null>()));
    const key = operationName ?? '';
    let query = byOperation.get(key);
    if (query === undefined) {
      const result = isCompilable(operation, document, compilable)
        ? compileQuery(schema, document, operationName ?? undefined)
        : null;
      query = result && isCompiledQuery(result) ? result : null;
      byOperation.set(key, query);
    }
    return query;
  };

  const executor: GatewayExecutor = async (request) => {
    const { document, operation, context } = request;
    // The name the client sent (the request context's own `operationName` is the resolved one, null when unresolved).
    const operationName = request.request.operationName ?? null;
    const variables = request.request.variables ?? {};
    // No operation (an unknown name, or several and none named): graphql-js words that error.
    const query = operation ? compiledFor(document, operation, operationName) : null;
    // Coerced by graphql-js first: a bad variable gets graphql-js's message, which Apollo turns into a 400.
    if (query && !getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors) {
      return asGraphqlJsErrors(await query.query(undefined, context, variables));
    }
    return execute({ schema, document, operationName, contextValue: context, variableValues: variables });
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    load: async () => ({ executor }),
    stop: async () => {},
  };
}

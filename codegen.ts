/**
 * npm run codegen — TypeScript types from the API contract. The server's resolver types come from the exploration
 * SDL; the client's operation types and typed documents come from the whole API (server/schema.graphql) and the
 * operations in client/src/api/operations.graphql. Generated files are committed; `npm test` fails when they are stale.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const shared = {
  useTypeImports: true,
  enumsAsTypes: true,
  // JSON holds the label-specific properties of a node or relationship: always an object.
  scalars: { JSON: { input: 'unknown', output: 'Record<string, unknown>' } },
};

const config: CodegenConfig = {
  overwrite: true,
  generates: {
    'server/src/schema/generated/resolvers.ts': {
      schema: ['server/src/schema/exploration.graphql', 'server/src/schema/insights.graphql'],
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        ...shared,
        contextType: '../context.ts#ExplorationContext',
        // Nodes and relationships resolve to views that compute properties and provenance on request.
        mappers: {
          GraphNode: '../views.ts#NodeView',
          GraphEdge: '../views.ts#EdgeView',
          Community: '../insights.ts#CommunityRow',
        },
        makeResolverTypeCallable: true,
      },
    },
    'client/src/api/generated/graphql.ts': {
      schema: 'server/schema.graphql',
      documents: 'client/src/api/operations.graphql',
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        ...shared,
        onlyOperationTypes: true,
        skipTypename: true,
        avoidOptionals: { field: true, object: true, inputValue: false, defaultValue: false },
        // Plain strings: the client sends them with fetch and needs no GraphQL parser at run time.
        documentMode: 'string',
      },
    },
  },
};

export default config;

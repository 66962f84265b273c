/** Builds the read-only GraphQL schema: the generated API over every label plus the exploration queries. */
import { Neo4jGraphQL } from '@neo4j/graphql';
import { mergeSchemas } from '@graphql-tools/schema';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLScalarType, valueFromASTUntyped, type GraphQLSchema } from 'graphql';
import { buildTypeDefs } from './type-defs.ts';
import { explorationResolvers, explorationTypeDefs } from './exploration.ts';
import { communityResolvers, insightsResolvers, insightsTypeDefs } from './insights.ts';

/** Any JSON value. Defined here (not imported) so only one copy of `graphql` is ever involved. */
const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value: the label-specific properties of a node or relationship.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
});

/** Root fields with resolvers of our own (the exploration and insights queries), as opposed to generated ones. */
export const HAND_WRITTEN_QUERY_FIELDS: ReadonlySet<string> = new Set([
  ...Object.keys(explorationResolvers),
  ...Object.keys(insightsResolvers),
]);

/**
 * No driver: every request brings it (`executionContext` in the context), so the schema is built while the
 * database is still starting.
 */
export async function buildSchema(): Promise<GraphQLSchema> {
  const generated = await new Neo4jGraphQL({
    typeDefs: buildTypeDefs(),
    features: {
      // The deprecated spellings of every filter and operation tripled the schema (and introspection) for nothing.
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
    },
  }).getSchema();
  // Plain resolvers live in their own schema: @neo4j/graphql wraps every Query resolver it is given.
  const exploration = makeExecutableSchema({
    typeDefs: [explorationTypeDefs, insightsTypeDefs],
    resolvers: {
      JSON: JSONScalar,
      Query: { ...explorationResolvers, ...insightsResolvers },
      Community: communityResolvers,
    },
  });
  return mergeSchemas({ schemas: [generated, exploration] });
}

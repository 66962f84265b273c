/** Builds the read-only GraphQL schema: the generated API over every label plus the exploration queries. */
import { Neo4jGraphQL } from '@neo4j/graphql';
import { mergeSchemas } from '@graphql-tools/schema';
import { makeExecutableSchema } from '@graphql-tools/schema';
import GraphQLJSON from 'graphql-type-json';
import { GraphQLScalarType, type GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { buildTypeDefs } from './type-defs.ts';
import { explorationResolvers, explorationTypeDefs } from './exploration.ts';

// The same description as in the SDL, so the printed schema does not depend on which one a merge keeps.
const JSONScalar = new GraphQLScalarType({
  ...GraphQLJSON.toConfig(),
  description: 'Any JSON value: the label-specific properties of a node or relationship.',
});

export async function buildSchema(driver: Driver): Promise<GraphQLSchema> {
  const generated = await new Neo4jGraphQL({ typeDefs: buildTypeDefs(), driver }).getSchema();
  // Plain resolvers live in their own schema: @neo4j/graphql wraps every Query resolver it is given.
  const exploration = makeExecutableSchema({
    typeDefs: explorationTypeDefs,
    resolvers: { JSON: JSONScalar, Query: explorationResolvers },
  });
  return mergeSchemas({ schemas: [generated, exploration] });
}

export { gql, graphiqlFetcher, ApiError, isTransient, GRAPHQL_URL, type ApiErrorKind } from './client.ts';
export { fetchAsset } from './assets.ts';
export {
  search,
  node,
  neighborhood,
  subgraph,
  stats,
  sourceText,
  paths,
  trace,
  sections,
  indicators,
  centrality,
  gaps,
  coverage,
  communities,
  mentions,
  observations,
} from './queries.ts';
export type * from './types.ts';

export { buildGraph, graphStats, DatasetError, formatIssue, DEFAULT_DATA_DIR, DEFAULT_SOURCE_FILE } from './dataset.ts';
export type { Graph, NodeRow, RelRow, Provenance, DataIssue } from './dataset.ts';
export { loadGraph, applySchema, countGraph } from './load.ts';
export type { LoadResult, DbCounts } from './load.ts';

export { coverageGrid, cellShade, findCell, type CoverageGrid } from './coverage.ts';
export { toCsv, csvField, type CsvValue } from './csv.ts';
export { CENTRALITY_MEASURES, MEASURE_PROPERTY, measureOf, formatScore } from './measures.ts';

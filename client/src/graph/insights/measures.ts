/** The measures computed at load (seed/src/measures.ts) as the node properties that hold them. */
import type { CentralityMeasure } from '../../api/types.ts';

export const CENTRALITY_MEASURES: readonly CentralityMeasure[] = [
  'IN_DEGREE',
  'DEGREE',
  'OUT_DEGREE',
  'PAGERANK',
  'BETWEENNESS',
];

export const MEASURE_PROPERTY: Record<CentralityMeasure, string> = {
  DEGREE: 'degree',
  IN_DEGREE: 'inDegree',
  OUT_DEGREE: 'outDegree',
  PAGERANK: 'pagerank',
  BETWEENNESS: 'betweenness',
};

/** A node's value of a measure, or null when the loader stored none. */
export function measureOf(
  properties: Record<string, unknown> | null | undefined,
  measure: CentralityMeasure,
): number | null {
  const value = properties?.[MEASURE_PROPERTY[measure]];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Scores as shown: counts as integers, PageRank and betweenness with four significant digits. */
export function formatScore(score: number, measure: CentralityMeasure): string {
  if (measure === 'PAGERANK' || measure === 'BETWEENNESS') return score.toPrecision(4);
  return String(Math.round(score));
}

/** Display helpers for node properties. */

import { REL_FAMILIES } from '@plangraph/shared';

/**
 * Properties the panel shows elsewhere or that only make sense to the loader, and the graph measures computed at
 * load (the Insights panel ranks and explains them; as bare numbers here they read as noise).
 */
const HIDDEN = new Set([
  'value2020',
  'target2025',
  'unit',
  'spanStarts',
  'spanEnds',
  'start',
  'end',
  'degree',
  'inDegree',
  'outDegree',
  'pagerank',
  'betweenness',
  'community',
  ...REL_FAMILIES.map((f) => `degree${f.charAt(0).toUpperCase()}${f.slice(1)}`),
]);

export function visibleProperties(props: Record<string, unknown>): [string, string][] {
  return (
    Object.entries(props)
      // `constructed` matters only when set: the name is the dataset's, not written in the plan.
      .filter(([k, v]) => !(k === 'constructed' && v !== true))
      .filter(([k, v]) => !HIDDEN.has(k) && v !== null && v !== undefined && v !== '')
      .map(([k, v]): [string, string] => [k, Array.isArray(v) ? v.join('、') : String(v)])
      .sort(([a], [b]) => a.localeCompare(b))
  );
}

export function formatNumber(value: unknown, language: 'zh' | 'en'): string {
  if (typeof value !== 'number') return '—';
  return value.toLocaleString(language === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 2 });
}

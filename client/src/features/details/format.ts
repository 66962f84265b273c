/** Display helpers for node properties. */

/** Properties the panel shows elsewhere or that only make sense to the loader. */
const HIDDEN = new Set(['value2020', 'target2025', 'unit', 'spanStarts', 'spanEnds', 'start', 'end']);

export function visibleProperties(props: Record<string, unknown>): [string, string][] {
  return Object.entries(props)
    .filter(([k, v]) => !HIDDEN.has(k) && v !== null && v !== undefined && v !== '')
    .map(([k, v]): [string, string] => [k, Array.isArray(v) ? v.join('、') : String(v)])
    .sort(([a], [b]) => a.localeCompare(b));
}

export function formatNumber(value: unknown, language: 'zh' | 'en'): string {
  if (typeof value !== 'number') return '—';
  return value.toLocaleString(language === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 2 });
}

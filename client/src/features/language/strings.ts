import type { Language } from '../../graph/index.ts';

/** Interface strings. Keys are grouped by feature; every key has both languages. */
export const STRINGS = {
  appTitle: { zh: '科技创新“十四五”规划知识图谱', en: 'S&T Innovation Plan Knowledge Graph' },
  appSubtitle: { zh: '黄埔区 · 广州开发区', en: 'Huangpu District · Guangzhou Development Zone' },
  searchPlaceholder: { zh: '搜索机构、企业、产业、区域…', en: 'Search institutions, enterprises, industries…' },
  searchNoHits: { zh: '没有找到匹配项', en: 'No matches' },
  searchSearching: { zh: '搜索中…', en: 'Searching…' },
  searchAlias: { zh: '别名', en: 'alias' },
  loading: { zh: '正在加载图谱…', en: 'Loading the graph…' },
  empty: {
    zh: '画布为空。搜索一个实体开始探索。',
    en: 'The canvas is empty. Search for an entity to start exploring.',
  },
  error: { zh: '加载失败', en: 'Loading failed' },
  unavailable: { zh: '数据库暂不可用', en: 'The graph database is unavailable' },
  retrying: { zh: '正在自动重试…', en: 'Retrying automatically…' },
  hint: { zh: '单击选中 · 双击展开邻居 · 滚轮缩放', en: 'Click to select · double-click to expand · scroll to zoom' },
  detailsEmpty: { zh: '选择一个节点或关系查看详情', en: 'Select a node or a relationship to see its details' },
  aliases: { zh: '别名', en: 'Aliases' },
  kind: { zh: '类型', en: 'Kind' },
  description: { zh: '简介', en: 'Description' },
  properties: { zh: '属性', en: 'Properties' },
  provenance: { zh: '规划原文出处', en: 'Where the plan says so' },
  textIssue: { zh: '原文问题', en: 'Text issue' },
  indicator: { zh: '指标', en: 'Indicator' },
  value2020: { zh: '2020 年', en: '2020' },
  target2025: { zh: '2025 年目标', en: '2025 target' },
  relationship: { zh: '关系', en: 'Relationship' },
  expand: { zh: '展开邻居', en: 'Expand neighbours' },
  remove: { zh: '从画布移除', en: 'Remove from canvas' },
  source: { zh: '原文', en: 'Source text' },
  close: { zh: '关闭', en: 'Close' },
  legend: { zh: '图例', en: 'Legend' },
  legendHint: { zh: '点击隐藏/显示', en: 'Click to hide/show' },
  layout: { zh: '布局', en: 'Layout' },
  fit: { zh: '适应窗口', en: 'Fit' },
  reset: { zh: '重置', en: 'Reset' },
  nodes: { zh: '节点', en: 'nodes' },
  edges: { zh: '关系', en: 'edges' },
  truncated: { zh: '结果过多,已截断', en: 'Result truncated' },
  graphiql: { zh: 'GraphQL 查询', en: 'GraphQL' },
  explorer: { zh: '图谱浏览', en: 'Explorer' },
  switchTo: { zh: 'English', en: '中文' },
} satisfies Record<string, Record<Language, string>>;

export type StringKey = keyof typeof STRINGS;

export function translate(key: StringKey, language: Language): string {
  return STRINGS[key][language];
}

import { useCallback } from 'react';
import type { Language } from '../../graph/index.ts';
import { useStore } from '../../store/index.ts';

/** The Insights panel's interface strings. */
export const UI = {
  insights: { zh: '洞察', en: 'Insights' },
  tabPlatforms: { zh: '关键平台', en: 'Key platforms' },
  tabGaps: { zh: '缺口', en: 'Gaps' },
  tabCoverage: { zh: '覆盖矩阵', en: 'Coverage' },
  tabCommunities: { zh: '社群', en: 'Communities' },
  tabMentions: { zh: '规划怎么说', en: 'What the plan says' },
  platformsQuestion: { zh: '规划最依赖哪些平台？', en: 'Which platforms does the plan depend on most?' },
  measure: { zh: '指标', en: 'Measure' },
  ofLabel: { zh: '对象', en: 'Of' },
  allEntities: { zh: '全部实体', en: 'All entities' },
  measureDEGREE: { zh: '关系数（全部方向）', en: 'Links (either direction)' },
  measureIN_DEGREE: { zh: '指向它的关系数', en: 'Links pointing at it' },
  measureOUT_DEGREE: { zh: '由它发出的关系数', en: 'Links it starts' },
  measurePAGERANK: { zh: 'PageRank（汇聚度）', en: 'PageRank (where the plan leads)' },
  measureBETWEENNESS: { zh: '中介度（桥梁作用）', en: 'Betweenness (a broker)' },
  rank: { zh: '名次', en: 'Rank' },
  name: { zh: '名称', en: 'Name' },
  type: { zh: '类别', en: 'Type' },
  score: { zh: '得分', en: 'Score' },
  gapsQuestion: { zh: '哪些实体缺少某种关系？', en: 'Which entities lack a kind of link?' },
  gapsWhat: { zh: '实体', en: 'Entities' },
  gapsLink: { zh: '关系', en: 'Link' },
  gapsDirection: { zh: '方向', en: 'Direction' },
  incoming: { zh: '没有指向它的', en: 'none pointing at it' },
  outgoing: { zh: '没有由它发出的', en: 'none starting from it' },
  gapsCount: { zh: '共 {n} 个', en: '{n} found' },
  gapsNone: { zh: '没有缺口', en: 'No gaps' },
  coverageQuestion: {
    zh: '各平台支撑哪些战略性产业集群？',
    en: 'Which platforms support which strategic industry clusters?',
  },
  coverageRows: { zh: '行', en: 'Rows' },
  coverageColumns: { zh: '列', en: 'Columns' },
  clusters: { zh: '八大战略性产业集群', en: 'The strategic industry clusters' },
  coverageTitle: { zh: '{rows} × {columns}（{link}）', en: '{rows} × {columns} ({link})' },
  coverageEmpty: { zh: '没有这样的关系', en: 'No such links' },
  coverageHint: {
    zh: '单元格数字为支撑关系数，点击查看关系与原文',
    en: 'Each cell counts the supporting links; click one for the links and their quotes',
  },
  coverageUncovered: { zh: '无对应关系', en: 'no row links to it' },
  cellLinks: { zh: '{row} → {column}：{n} 条关系', en: '{row} → {column}: {n} links' },
  communitiesQuestion: { zh: '图谱自然分成哪些社群？', en: 'Which groups does the graph fall into?' },
  members: { zh: '成员', en: 'Members' },
  size: { zh: '规模', en: 'Size' },
  mentionsQuestion: { zh: '规划关于……怎么说？', en: 'What does the plan say about …?' },
  mentionsPlaceholder: { zh: '输入词语，如 氢能', en: 'A word or phrase, e.g. 氢能' },
  mentionsSearch: { zh: '查找', en: 'Find' },
  mentionsTotal: { zh: '原文共出现 {n} 次', en: '{n} occurrences in the plan' },
  mentionsShown: { zh: '显示 {n} 句', en: '{n} sentences shown' },
  section: { zh: '章节', en: 'Section' },
  quote: { zh: '原文', en: 'Quote' },
  count: { zh: '次数', en: 'Count' },
  entities: { zh: '涉及实体', en: 'Entities named' },
  showOnCanvas: { zh: '加入画布', en: 'Show on canvas' },
  openSource: { zh: '查看原文', en: 'Open the source' },
  csv: { zh: '导出 CSV', en: 'Export CSV' },
  png: { zh: '导出 PNG', en: 'Export PNG' },
  svg: { zh: '导出 SVG', en: 'Export SVG' },
  loadingInsight: { zh: '计算中…', en: 'Working…' },
  failed: { zh: '查询失败', en: 'The query failed' },
  source: { zh: '来源：{plan}', en: 'Source: {plan}' },
} satisfies Record<string, Record<Language, string>>;

export type InsightsKey = keyof typeof UI;

/** The string for the current language with {placeholders} filled in. */
export function useInsightsT() {
  const language = useStore((s) => s.language);
  return useCallback(
    (key: InsightsKey, values: Record<string, string | number> = {}) =>
      UI[key][language].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? '')),
    [language],
  );
}

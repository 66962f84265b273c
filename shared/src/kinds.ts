/**
 * The closed vocabulary of entity kinds: one spelling per concept, each with the labels it may take.
 * The seed schema rejects any other value; docs/dataset.md explains how to choose.
 */
import type { EntityLabel } from './index.ts';

export type KindInfo = { zh: string; en: string; labels: readonly EntityLabel[] };

export const KINDS = {
  // Places inside and outside the district
  district: {
    zh: '行政区',
    en: 'An administrative district (the plan’s own district and other districts)',
    labels: ['Zone', 'Region'],
  },
  city: { zh: '城市', en: 'A city', labels: ['Region'] },
  province: { zh: '省', en: 'A province', labels: ['Region'] },
  country: { zh: '国家', en: 'A country', labels: ['Region'] },
  'special-administrative-region': { zh: '特别行政区', en: 'Hong Kong or Macao', labels: ['Region'] },
  bloc: { zh: '区域组织与城市群', en: 'A group of regions or countries (bay area, trade bloc)', labels: ['Region'] },
  'science-city': { zh: '科学城、知识城', en: 'A science city or knowledge city', labels: ['Zone', 'Region'] },
  'designated-zone': {
    zh: '功能区',
    en: 'A zone with a legal or policy status: high-tech zone, pilot (free trade) zone, cooperation zone, education zone',
    labels: ['Zone', 'Region'],
  },
  park: {
    zh: '园区与基地',
    en: 'An industrial park, base, valley or cluster of land',
    labels: ['Zone', 'Project', 'Region'],
  },
  area: { zh: '片区', en: 'An area, island, port, hub or core area', labels: ['Zone', 'Region'] },
  corridor: { zh: '走廊与轴带', en: 'An innovation corridor, axis or avenue', labels: ['Zone', 'Region'] },

  // Institutions
  laboratory: {
    zh: '实验室',
    en: 'A national, provincial or joint laboratory, or a base of one',
    labels: ['Institution'],
  },
  'big-science-facility': { zh: '大科学装置', en: 'A major science facility', labels: ['Institution'] },
  'research-institute': {
    zh: '研究院所',
    en: 'A research institute, CAS institute, new-type R&D institution or research centre',
    labels: ['Institution'],
  },
  'innovation-centre': {
    zh: '创新中心',
    en: 'A national, provincial or manufacturing innovation centre, engineering research centre or science centre',
    labels: ['Institution'],
  },
  university: { zh: '高校', en: 'A university, college or school, or an institute of one', labels: ['Institution'] },
  platform: {
    zh: '平台',
    en: 'An innovation, service, information or trading platform, database, market or digital infrastructure',
    labels: ['Institution'],
  },
  'service-centre': {
    zh: '服务机构',
    en: 'A service centre: technology transfer, testing, metrology, evaluation, intermediaries',
    labels: ['Institution'],
  },
  incubator: { zh: '孵化载体', en: 'An incubator, maker space or accelerator', labels: ['Institution'] },
  'government-body': { zh: '政府机构', en: 'A government or party body', labels: ['Institution'] },
  fund: { zh: '基金与资金池', en: 'A fund or financing pool', labels: ['Institution'] },
  alliance: { zh: '联盟', en: 'An alliance or association', labels: ['Institution'] },
  'think-tank': { zh: '智库与咨询机构', en: 'A think tank or advisory body', labels: ['Institution'] },

  // Enterprises
  company: { zh: '企业', en: 'A named company or group', labels: ['Enterprise'] },
  category: {
    zh: '类别',
    en: 'A category of enterprises or platforms (高新技术企业, 链主企业 …), not one organisation',
    labels: ['Enterprise', 'Institution'],
  },

  // Industries
  'strategic-cluster': { zh: '战略性产业集群', en: 'One of the strategic industry clusters', labels: ['Industry'] },
  industry: {
    zh: '产业',
    en: 'An industry, future industry, traditional pillar or new business form',
    labels: ['Industry'],
  },
  'sub-industry': { zh: '子产业', en: 'A sub-industry of a cluster', labels: ['Industry'] },
  segment: { zh: '细分领域', en: 'A segment or direction within an industry', labels: ['Industry'] },
  product: { zh: '产品', en: 'A product or product family', labels: ['Industry'] },
  technology: { zh: '技术', en: 'A technology', labels: ['Industry'] },
  field: { zh: '领域', en: 'A field of science or application', labels: ['Industry'] },

  // Projects
  project: { zh: '项目', en: 'A construction, enterprise or infrastructure project', labels: ['Project'] },
  'production-line': { zh: '产线', en: 'A production line, pilot line or testbed', labels: ['Project'] },

  // Programmes
  box: { zh: '专栏', en: 'One of the plan’s 19 boxes (专栏)', labels: ['Programme'] },
  plan: { zh: '规划与方案', en: 'A plan, action plan or layout', labels: ['Programme'] },
  strategy: { zh: '战略', en: 'A national or regional strategy', labels: ['Programme'] },
  policy: { zh: '政策与机制', en: 'A policy, mechanism, system or reform', labels: ['Programme'] },
  programme: {
    zh: '计划与工程',
    en: 'A programme, scheme, initiative, action, list or pool',
    labels: ['Programme'],
  },
  designation: {
    zh: '称号与示范',
    en: 'A designation, pilot or demonstration status awarded to the district or a place',
    labels: ['Programme'],
  },
  event: { zh: '活动', en: 'A recurring event, forum or competition', labels: ['Programme'] },
  award: { zh: '奖项', en: 'An award', labels: ['Programme'] },

  // People
  scientist: { zh: '科学家', en: 'A scientist or academician', labels: ['Person'] },

  // Indicators
  'table-row': { zh: '指标表', en: 'A row of table 2.1', labels: ['Indicator'] },
  'prose-metric': {
    zh: '文中数据',
    en: 'A figure the prose states (a count, a share, a target)',
    labels: ['Indicator'],
  },
} as const satisfies Record<string, KindInfo>;

export type Kind = keyof typeof KINDS;
export const KIND_NAMES = Object.keys(KINDS) as [Kind, ...Kind[]];

export function isKind(value: string): value is Kind {
  return Object.hasOwn(KINDS, value);
}

/** The labels a kind may take; undefined for a value outside the vocabulary. */
export function kindLabels(value: string): readonly EntityLabel[] | undefined {
  return isKind(value) ? KINDS[value].labels : undefined;
}

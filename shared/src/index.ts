/** Vocabulary shared by the seed loader, the API and the explorer. These lists are the allow-lists. */

export const ENTITY_LABELS = [
  'Institution',
  'Enterprise',
  'Zone',
  'Region',
  'Industry',
  'Project',
  'Indicator',
  'Programme',
  'Person',
] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

export const NODE_LABELS = [...ENTITY_LABELS, 'Section'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** Curated relationship types (written in seed/data). */
export const CURATED_REL_TYPES = [
  'LOCATED_IN',
  'PART_OF',
  'SUPPORTS',
  'BACKED_BY',
  'LEADS',
  'IN_INDUSTRY',
  'COOPERATES_WITH',
  'MEASURES',
  'FOCUSES_ON',
  'ANCHORS',
] as const;

/** All relationship types in the graph; MENTIONED_IN and the section tree's PART_OF are derived by the loader. */
export const REL_TYPES = [...CURATED_REL_TYPES, 'MENTIONED_IN'] as const;
export type RelType = (typeof REL_TYPES)[number];

export function isNodeLabel(value: string): value is NodeLabel {
  return (NODE_LABELS as readonly string[]).includes(value);
}

export function isRelType(value: string): value is RelType {
  return (REL_TYPES as readonly string[]).includes(value);
}

/** Human names of labels and relationship types, for legends, explanations and exports. */
export const LABEL_NAMES: Record<NodeLabel, { zh: string; en: string }> = {
  Institution: { zh: '机构', en: 'Institution' },
  Enterprise: { zh: '企业', en: 'Enterprise' },
  Zone: { zh: '区域', en: 'Zone' },
  Region: { zh: '合作地区', en: 'Region' },
  Industry: { zh: '产业', en: 'Industry' },
  Project: { zh: '项目', en: 'Project' },
  Indicator: { zh: '指标', en: 'Indicator' },
  Programme: { zh: '专栏与计划', en: 'Programme' },
  Person: { zh: '人物', en: 'Person' },
  Section: { zh: '章节', en: 'Section' },
};

/** Verb phrases used to explain paths in one sentence, read as "<source> <verb> <target>". */
export const REL_PHRASES: Record<RelType, { zh: string; en: string }> = {
  LOCATED_IN: { zh: '位于', en: 'is located in' },
  PART_OF: { zh: '属于', en: 'is part of' },
  SUPPORTS: { zh: '支撑', en: 'supports' },
  BACKED_BY: { zh: '依托', en: 'is backed by' },
  LEADS: { zh: '牵头', en: 'leads' },
  IN_INDUSTRY: { zh: '属于产业', en: 'is in the industry' },
  COOPERATES_WITH: { zh: '合作', en: 'cooperates with' },
  MEASURES: { zh: '衡量', en: 'measures' },
  FOCUSES_ON: { zh: '聚焦', en: 'focuses on' },
  ANCHORS: { zh: '是核心', en: 'anchors' },
  MENTIONED_IN: { zh: '见于', en: 'is mentioned in' },
};

export const PLAN_TITLE = {
  zh: '黄埔区、广州开发区科技创新“十四五”规划',
  en: 'Huangpu District / Guangzhou Development Zone 14th Five-Year Science & Technology Innovation Plan',
} as const;

export { seededRandom } from './random.ts';
export { KINDS, KIND_NAMES, isKind, kindLabels } from './kinds.ts';
export type { Kind, KindInfo } from './kinds.ts';
export * from './provenance.ts';
export { REL_FAMILIES, REL_FAMILY_OF, REL_FAMILY_NAMES } from './families.ts';
export type { RelFamily } from './families.ts';
export { SEARCH_TEXT_MAX, WEAK_MATCH_SCORE } from './search.ts';

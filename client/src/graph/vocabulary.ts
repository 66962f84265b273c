/**
 * Human wording for the graph's internal values — relationship types, labels, kinds, property names and units —
 * in both languages. Nothing the reader sees should be a raw value such as `SUPPORTS`, `tier` or
 * `strategic-cluster`.
 */
import { LABEL_NAMES, REL_PHRASES, isNodeLabel, isRelType, type NodeLabel } from '@plangraph/shared';
import type { Language } from './model.ts';

/** The relationship as an edge caption, read between its ends: "supports", "支撑". */
export function relationName(type: string, language: Language): string {
  if (isRelType(type)) return REL_PHRASES[type][language];
  return humanize(type);
}

/** A relationship type as a filter option: a noun-like name. */
const REL_TYPE_NAMES: Record<string, { zh: string; en: string }> = {
  LOCATED_IN: { zh: '位于', en: 'Located in' },
  PART_OF: { zh: '隶属/组成', en: 'Part of' },
  SUPPORTS: { zh: '支撑', en: 'Supports' },
  BACKED_BY: { zh: '依托', en: 'Backed by' },
  LEADS: { zh: '牵头', en: 'Leads' },
  IN_INDUSTRY: { zh: '所属产业', en: 'In industry' },
  COOPERATES_WITH: { zh: '合作', en: 'Cooperates with' },
  MEASURES: { zh: '衡量', en: 'Measures' },
  FOCUSES_ON: { zh: '聚焦', en: 'Focuses on' },
  ANCHORS: { zh: '核心承载', en: 'Anchors' },
  MENTIONED_IN: { zh: '见于章节', en: 'Mentioned in' },
};

export function relationTypeName(type: string, language: Language): string {
  return REL_TYPE_NAMES[type]?.[language] ?? humanize(type);
}

const LABEL_PLURALS: Record<NodeLabel, string> = {
  Institution: 'Institutions',
  Enterprise: 'Enterprises',
  Zone: 'Zones',
  Region: 'Regions',
  Industry: 'Industries',
  Project: 'Projects',
  Indicator: 'Indicators',
  Programme: 'Programmes',
  Person: 'People',
  Section: 'Sections',
};

/** A label's name; with a count, the group caption "机构 (11)" / "Institutions (11)". */
export function labelName(label: string, language: Language, count?: number): string {
  if (!isNodeLabel(label)) return humanize(label);
  if (count === undefined) return LABEL_NAMES[label][language];
  const name = language === 'zh' ? LABEL_NAMES[label].zh : count === 1 ? LABEL_NAMES[label].en : LABEL_PLURALS[label];
  return `${name} (${count})`;
}

/** Chinese names of the kinds a reader meets most; the rest read well enough as spaced English words. */
const KIND_NAMES_ZH: Record<string, string> = {
  'strategic-cluster': '战略性产业集群',
  'sub-industry': '细分产业',
  segment: '产业环节',
  field: '领域',
  product: '产品',
  technology: '技术',
  company: '企业',
  'research-institute': '研究院所',
  university: '高校',
  'university-institute': '高校研究院',
  'high-level-innovation-institute': '高水平创新研究院',
  'cas-institute': '中科院院所',
  platform: '平台',
  fund: '基金',
  incubator: '孵化器',
  'service-center': '服务中心',
  'government-body': '政府部门',
  box: '专栏',
  plan: '规划/计划',
  policy: '政策',
  designation: '称号',
  'pilot-programme': '试点',
  city: '城市',
  country: '国家',
  district: '区',
  'industrial-park': '产业园',
  'key-project': '重点项目',
  'plan-target': '规划目标指标',
  'prose-metric': '正文数据',
  park: '园区',
  base: '基地',
};

export function kindName(kind: string, language: Language): string {
  if (language === 'zh') return KIND_NAMES_ZH[kind] ?? humanize(kind);
  return humanize(kind);
}

const PROPERTY_NAMES: Record<string, { zh: string; en: string }> = {
  tier: { zh: '层级', en: 'Level in the industry tree' },
  level: { zh: '级别', en: 'Level' },
  status: { zh: '状态', en: 'Status' },
  members: { zh: '成员', en: 'Members' },
  title: { zh: '称号', en: 'Title' },
  size: { zh: '规模', en: 'Size' },
  editions: { zh: '届次', en: 'Editions' },
  attribute: { zh: '指标属性', en: 'Target type' },
  group: { zh: '指标类别', en: 'Indicator group' },
  tableRow: { zh: '表2.1行号', en: 'Row in table 2.1' },
  targetQualifier: { zh: '目标限定', en: 'Target qualifier' },
  qualifier: { zh: '限定', en: 'Qualifier' },
  period: { zh: '时期', en: 'Period' },
  boxNumber: { zh: '专栏编号', en: 'Box number' },
  sector: { zh: '领域', en: 'Sector' },
  role: { zh: '角色', en: 'Role' },
  part: { zh: '部分', en: 'Part' },
  sense: { zh: '含义', en: 'Sense' },
  shareOfCity: { zh: '占全市比重', en: 'Share of the city' },
  shareOfProvince: { zh: '占全省比重', en: 'Share of the province' },
  monthsToTrialProduction: { zh: '距试产月数', en: 'Months to trial production' },
  change2015: { zh: '较2015年变化', en: 'Change since 2015' },
  value2020Prose: { zh: '2020年(正文)', en: '2020 (prose)' },
  valueStartProse: { zh: '起始值(正文)', en: 'Starting value (prose)' },
  target2025Prose: { zh: '2025年目标(正文)', en: '2025 target (prose)' },
  targetRange: { zh: '目标区间', en: 'Target range' },
  targetMin: { zh: '目标下限', en: 'Target minimum' },
  targetMax: { zh: '目标上限', en: 'Target maximum' },
  targetText: { zh: '目标原文', en: 'Target as written' },
  valueText: { zh: '数值原文', en: 'Value as written' },
  number: { zh: '编号', en: 'Number' },
  depth: { zh: '层级', en: 'Depth' },
  order: { zh: '顺序', en: 'Order' },
  constructed: { zh: '名称由数据集拟定(原文未写)', en: 'Name given by the dataset (not written in the plan)' },
};

export function propertyName(key: string, language: Language): string {
  return PROPERTY_NAMES[key]?.[language] ?? humanize(key);
}

/** Units of the plan's figures; `scale` turns the Chinese number into the English one. */
const UNITS: Record<string, { en: string; enOne?: string; scale?: number }> = {
  亿元: { en: 'billion yuan', scale: 0.1 },
  万元: { en: 'million yuan', scale: 0.01 },
  '%': { en: '%' },
  个: { en: '' },
  项: { en: '' },
  件: { en: '' },
  家: { en: 'organisations', enOne: 'organisation' },
  人: { en: 'people', enOne: 'person' },
  名: { en: 'people', enOne: 'person' },
  位: { en: 'people', enOne: 'person' },
};

/** The number as a reader of that language writes it: "181 亿元" in Chinese, "18.1 billion yuan" in English. */
export function formatQuantity(value: number, unit: string | null, language: Language, signed = false): string {
  const u = unit ? UNITS[unit] : undefined;
  const scaled = language === 'en' && u?.scale ? value * u.scale : value;
  const number = scaled.toLocaleString(language === 'zh' ? 'zh-CN' : 'en-US', {
    maximumFractionDigits: 2,
    signDisplay: signed ? 'exceptZero' : 'auto',
  });
  if (!unit) return number;
  if (language === 'zh') return unit === '%' ? `${number}%` : `${number} ${unit}`;
  if (!u) return `${number} ${unit}`;
  if (u.en === '%') return `${number}%`;
  const word = Math.abs(scaled) === 1 && u.enOne ? u.enOne : u.en;
  return word ? `${number} ${word}` : number;
}

/** Values of properties that are codes, or Chinese words with no English in the data. */
const VALUE_NAMES: Record<string, { zh: string; en: string }> = {
  segment: { zh: '产业环节', en: 'Segment' },
  'sub-industry': { zh: '细分产业', en: 'Sub-industry' },
  cluster: { zh: '产业集群', en: 'Cluster' },
  national: { zh: '国家级', en: 'National' },
  provincial: { zh: '省级', en: 'Provincial' },
  municipal: { zh: '市级', en: 'Municipal' },
  district: { zh: '区级', en: 'District' },
  planned: { zh: '规划中', en: 'Planned' },
  sought: { zh: '争取中', en: 'Sought' },
  prose: { zh: '正文', en: 'In the prose' },
  预期性: { zh: '预期性', en: 'Indicative' },
  约束性: { zh: '约束性', en: 'Binding' },
  以上: { zh: '以上', en: 'or more' },
  战略科技力量: { zh: '战略科技力量', en: 'Strategic S&T strength' },
  科技成果转化: { zh: '科技成果转化', en: 'S&T achievement transformation' },
  科技赋能产业: { zh: '科技赋能产业', en: 'S&T empowering industry' },
  创新创业生态: { zh: '创新创业生态', en: 'Innovation and entrepreneurship ecosystem' },
  建成: { zh: '建成', en: 'Built' },
  投试产: { zh: '投试产', en: 'In trial production' },
  院士: { zh: '院士', en: 'Academician' },
  true: { zh: '是', en: 'Yes' },
  false: { zh: '否', en: 'No' },
};

/** "超过 (more than)": the Chinese word with its English gloss, as some values are written. */
const GLOSSED = /^(\p{Script=Han}[^()]*?)\s*\(([^()]+)\)$/u;
/** "60亿元": an amount with its unit. */
const AMOUNT = /^(-?\d+(?:\.\d+)?)\s*(亿元|万元)$/;

/**
 * A property's value as a reader of that language reads it: codes named (`sub-industry` → 细分产业 / Sub-industry),
 * amounts in the language's units, glossed words split by language; anything else as written.
 */
export function propertyValue(value: string, language: Language): string {
  const known = VALUE_NAMES[value];
  if (known) return known[language];
  const amount = AMOUNT.exec(value);
  if (amount) return formatQuantity(Number(amount[1]), amount[2]!, language);
  const glossed = GLOSSED.exec(value);
  if (glossed) return language === 'zh' ? glossed[1]! : glossed[2]!;
  return value;
}

/** `strategic-cluster` → "strategic cluster", `IN_INDUSTRY` → "in industry", `shareOfCity` → "share of city". */
export function humanize(value: string): string {
  const spaced = value
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

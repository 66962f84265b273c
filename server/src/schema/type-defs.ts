/**
 * Type definitions for @neo4j/graphql, generated from the shared allow-lists so that every label and every
 * relationship type of the dataset is in the API, read-only, with provenance on every relationship.
 *
 * Relationship fields point at the concrete type `PlanNode` (the base label every node carries), not at an
 * interface or union: an abstract target makes @neo4j/graphql emit one UNION branch per implementing type, and
 * Neo4j then spends seconds planning a query with a few hundred branches the first time it sees its shape.
 */
import { ENTITY_LABELS, KINDS, NODE_LABELS, type NodeLabel, type RelType } from '@plangraph/shared';

/** Each relationship type seen from both ends: [outgoing field, incoming field, meaning with an example]. */
export const RELATIONSHIP_FIELDS: Record<RelType, [string, string, string]> = {
  LOCATED_IN: [
    'locatedIn',
    'hosts',
    'Where a thing is, or is to be built: a zone or region (LOCATED_IN). Example: 剑桥 (cambridge-uk) LOCATED_IN 英国 (uk).',
  ],
  PART_OF: [
    'partOf',
    'parts',
    'Child to parent (PART_OF): sub-industry to industry, segment to sub-industry, zone to zone, member to the programme or 专栏 box that lists it, outline section to its parent. Example: 广州国际生物岛 (bio-island) PART_OF 专栏2 (box-2).',
  ],
  SUPPORTS: [
    'supports',
    'supportedBy',
    'A platform, institute, programme, policy or fund to the industry, zone, enterprise or goal it serves (SUPPORTS); a rating or an approval is not support. Example: 国家知识产权运用和保护综合改革试验田 SUPPORTS 中新广州知识城 (knowledge-city).',
  ],
  BACKED_BY: [
    'backedBy',
    'backs',
    'An institute or platform to the organisation it relies on, 依托, or its parent organisation (BACKED_BY); modelled on, 参照, is not relying on. Example: 广东腐蚀科学与技术创新研究院 BACKED_BY 中科院金属所 (cas-imr), “依托中科院金属所”.',
  ],
  LEADS: [
    'leads',
    'ledBy',
    'A person or organisation to what it leads, heads or runs, 牵头/领衔/主导/承担 (LEADS); proposing or issuing a document is not leading it. Example: 钟南山 (zhong-nanshan) LEADS 广州实验室 (guangzhou-laboratory).',
  ],
  IN_INDUSTRY: [
    'inIndustry',
    'industryMembers',
    'An enterprise or project to its industry (IN_INDUSTRY). Example: GE (ge) IN_INDUSTRY 海上风电 (offshore-wind-power).',
  ],
  COOPERATES_WITH: [
    'cooperatesWith',
    'cooperatesWithIncoming',
    'Cooperation partners, symmetric: stored once, from the party inside the district (or the district itself) to the partner outside (COOPERATES_WITH). Example: 中日生物产业合作 COOPERATES_WITH 日本 (japan).',
  ],
  MEASURES: [
    'measures',
    'measuredBy',
    'An indicator to what it tracks (MEASURES). Example: 省新型研发机构 (ind-03) MEASURES 新型研发机构 (new-type-rd-institutions).',
  ],
  FOCUSES_ON: [
    'focusesOn',
    'focusOf',
    'A zone, programme or institution to the industry or field it develops or concentrates on, 布局/聚焦/重点发展 (FOCUSES_ON). Example: 生物安全智慧岛 FOCUSES_ON 生物安全 (biosafety-field).',
  ],
  ANCHORS: [
    'anchors',
    'anchoredBy',
    'An enterprise or institution to the base, park or cluster it is the core of, 以…为核心 (ANCHORS). Example: 小鹏汽车 (xpeng-motors) ANCHORS 智能制造创新园, “以小鹏汽车为核心的智能制造创新园”.',
  ],
  MENTIONED_IN: [
    'mentionedIn',
    'mentions',
    'An entity to each outline section whose text names it; derived by the loader (MENTIONED_IN). Example: 广州实验室 MENTIONED_IN sec-box-2.',
  ],
};

const LABEL_DOCS: Record<NodeLabel, string> = {
  Institution:
    'Laboratories, innovation centres, big-science facilities, institutes, universities, incubators, platforms, government bodies, funds.',
  Enterprise: 'Companies named in the plan.',
  Zone: 'Areas inside the district: 知识城, 科学城, 生物岛, parks, bases, the innovation axis.',
  Region: 'Places and partners outside the district: countries, Hong Kong, Macao, other cities.',
  Industry: 'Strategic clusters, sub-industries, segments, future and traditional industries (a hierarchy via partOf).',
  Project: 'Construction projects, parks and bases being built.',
  Indicator: 'Metrics of table 2.1 and of the prose, with 2020 values and 2025 targets.',
  Programme: 'The 19 专栏 boxes and the named plans, policies and schemes.',
  Person: 'People named in the plan.',
  Section: "The plan's outline: chapters, sub-sections, 专栏 boxes, numbered items, table 2.1.",
};

/** The closed vocabulary of `kind` for one label (shared/src/kinds.ts), spelled out in the field's description. */
function kindDoc(label: NodeLabel | 'PlanNode'): string {
  if (label === 'Section') return 'Outline level: preface, chapter, subsection, item, box or table.';
  const kinds = Object.entries(KINDS)
    .filter(([, info]) => label === 'PlanNode' || (info.labels as readonly string[]).includes(label))
    .map(([kind]) => kind);
  return label === 'PlanNode'
    ? `Subtype within the label, from the closed vocabulary of docs/dataset.md (${kinds.length} values, e.g. ${kinds.slice(0, 3).join(', ')}); sections: preface, chapter, subsection, item, box, table.`
    : `Subtype within the label, one of: ${kinds.join(', ')} (docs/dataset.md).`;
}

const commonFields = (label: NodeLabel | 'PlanNode') =>
  COMMON_FIELDS.replace(
    '"Subtype within the label, from the dataset\'s vocabulary (docs/dataset.md), e.g. national-laboratory, sub-industry, box."',
    JSON.stringify(kindDoc(label)),
  );

const COMMON_FIELDS = `
  "Stable ASCII id; views and links are keyed on it."
  id: ID!
  "Name in Chinese, exactly as written in the plan."
  name: String!
  "English name."
  nameEn: String
  "Subtype within the label, from the dataset's vocabulary (docs/dataset.md), e.g. national-laboratory, sub-industry, box."
  kind: String
  "Other surface forms in the text, short forms, evident corrections."
  aliases: [String!]
  "One sentence in Chinese."
  description: String
  "One sentence in English."
  descriptionEn: String
  "Where the written form is evidently garbled: a short note, in English."
  textIssue: String
  "The same note in Chinese; set whenever textIssue is."
  textIssueZh: String
  "Exact quotes from the plan that state this entity."
  quotes: [String!]
  "For each quote, the outline section that contains it."
  quoteSectionIds: [String!]
  "For each quote, its start character offset in the source text."
  quoteStarts: [Int!]
  "For each quote, its end character offset (exclusive)."
  quoteEnds: [Int!]`;

/** Label-specific properties, each declared once; `PlanNode` carries all of them (null where a label has none). */
const SPECIFIC_FIELDS: Record<string, { labels: NodeLabel[]; sdl: string }> = {
  level: {
    labels: ['Institution', 'Zone', 'Project', 'Programme'],
    sdl: '"national, provincial, municipal or district, where stated."\n  level: String',
  },
  tier: {
    labels: ['Industry'],
    sdl: '"Place in the industry hierarchy: cluster, sub-industry or segment."\n  tier: String',
  },
  sector: {
    labels: ['Enterprise'],
    sdl: '"The sector the plan names for the company, e.g. 集成电路."\n  sector: String',
  },
  status: {
    labels: ['Project'],
    sdl: '"Construction status where stated: planned, under construction, 建成, 投试产."\n  status: String',
  },
  unit: { labels: ['Indicator'], sdl: '"Unit, e.g. 家, %, 亿元."\n  unit: String' },
  value2020: {
    labels: ['Indicator'],
    sdl: '"Value in 2020 as table 2.1 (or the prose) states it."\n  value2020: Float',
  },
  value2020Prose: {
    labels: ['Indicator'],
    sdl: '"The 2020 value the prose states where it differs from table 2.1."\n  value2020Prose: Float',
  },
  target2025: { labels: ['Indicator'], sdl: '"Target for 2025."\n  target2025: Float' },
  qualifier: {
    labels: ['Indicator'],
    sdl: '"How the plan qualifies the value: 超, 超过, 约, 千亿级."\n  qualifier: String',
  },
  targetQualifier: {
    labels: ['Indicator'],
    sdl: '"How the plan qualifies the target, e.g. 以上."\n  targetQualifier: String',
  },
  period: {
    labels: ['Indicator'],
    sdl: '"The period a value refers to when not 2020, e.g. 十三五."\n  period: String',
  },
  value: {
    labels: ['Indicator'],
    sdl: '"A value the prose gives without a year (see period)."\n  value: Float',
  },
  magnitude: {
    labels: ['Indicator'],
    sdl: '"An order of magnitude the plan gives instead of a number, e.g. 千亿级."\n  magnitude: String',
  },
  attribute: { labels: ['Indicator'], sdl: '"预期性 (expected) or 约束性 (binding)."\n  attribute: String' },
  group: { labels: ['Indicator'], sdl: '"Table 2.1 group, or prose."\n  group: String' },
  tableRow: { labels: ['Indicator'], sdl: '"Row number in table 2.1 (1–17)."\n  tableRow: Int' },
  boxNumber: { labels: ['Programme'], sdl: '"专栏 number (1–19) for the plan\'s boxes."\n  boxNumber: Int' },
  title: { labels: ['Person'], sdl: '"Title, e.g. 院士."\n  title: String' },
  constructed: {
    labels: [...ENTITY_LABELS],
    sdl: '"True when the name is not written in the plan but built from it (a table row, a heading)."\n  constructed: Boolean',
  },
  degree: {
    labels: [...ENTITY_LABELS],
    sdl: '"Curated relationships in either direction (outline links left out); computed at load."\n  degree: Int',
  },
  inDegree: { labels: [...ENTITY_LABELS], sdl: '"Curated relationships pointing at the entity."\n  inDegree: Int' },
  outDegree: { labels: [...ENTITY_LABELS], sdl: '"Curated relationships starting from the entity."\n  outDegree: Int' },
  degreeSupport: {
    labels: [...ENTITY_LABELS],
    sdl: '"SUPPORTS, BACKED_BY, ANCHORS and LEADS links, either direction."\n  degreeSupport: Int',
  },
  degreeStructure: {
    labels: [...ENTITY_LABELS],
    sdl: '"PART_OF and IN_INDUSTRY links between entities, either direction."\n  degreeStructure: Int',
  },
  degreePlace: {
    labels: [...ENTITY_LABELS],
    sdl: '"LOCATED_IN and FOCUSES_ON links, either direction."\n  degreePlace: Int',
  },
  degreeCooperation: {
    labels: [...ENTITY_LABELS],
    sdl: '"COOPERATES_WITH links, either direction."\n  degreeCooperation: Int',
  },
  degreeMeasure: { labels: [...ENTITY_LABELS], sdl: '"MEASURES links, either direction."\n  degreeMeasure: Int' },
  pagerank: {
    labels: [...ENTITY_LABELS],
    sdl: '"PageRank over the directed curated graph (sums to 1 over all entities); computed at load."\n  pagerank: Float',
  },
  betweenness: {
    labels: [...ENTITY_LABELS],
    sdl: '"Normalized betweenness over the directed curated graph; absent above 20,000 entities."\n  betweenness: Float',
  },
  community: {
    labels: [...ENTITY_LABELS],
    sdl: '"Louvain community (0 = the largest) on the undirected curated graph; see the communities query."\n  community: Int',
  },
  number: { labels: ['Section'], sdl: '"Numbering as printed: 七, (一), 专栏10, 2."\n  number: String' },
  order: { labels: ['Section'], sdl: '"Position among its siblings."\n  order: Int' },
  depth: { labels: ['Section'], sdl: '"Depth in the outline (1 = chapter)."\n  depth: Int' },
  lineStart: { labels: ['Section'], sdl: '"First line in the source text (1-based)."\n  lineStart: Int' },
  lineEnd: { labels: ['Section'], sdl: '"Last line in the source text (1-based)."\n  lineEnd: Int' },
  start: { labels: ['Section'], sdl: '"Start character offset of the section\'s text in the source."\n  start: Int' },
  end: { labels: ['Section'], sdl: '"End character offset (exclusive) of the section\'s text."\n  end: Int' },
  parentId: { labels: ['Section'], sdl: '"Id of the parent section."\n  parentId: String' },
};

function specificFields(label: NodeLabel | 'PlanNode'): string {
  return Object.values(SPECIFIC_FIELDS)
    .filter((f) => label === 'PlanNode' || f.labels.includes(label))
    .map((f) => `\n  ${f.sdl}`)
    .join('');
}

function relationshipFields(): string {
  return Object.entries(RELATIONSHIP_FIELDS)
    .flatMap(([type, [out, inc, doc]]) => [
      `  ${JSON.stringify(doc)}\n  ${out}: [PlanNode!]! @relationship(type: "${type}", direction: OUT, properties: "Citation", aggregate: false) @filterable(byValue: true, byAggregate: false)`,
      `  ${JSON.stringify(`Incoming ${type}, read from the other end: ${doc}`)}\n  ${inc}: [PlanNode!]! @relationship(type: "${type}", direction: IN, properties: "Citation", aggregate: false) @filterable(byValue: true, byAggregate: false)`,
    ])
    .join('\n');
}

const LABEL_OF_NODE = `RETURN [l IN labels(this) WHERE l <> 'PlanNode'][0] AS label`;

export function buildTypeDefs(): string {
  const types = NODE_LABELS.map(
    (label) => `"""${LABEL_DOCS[label]}"""
type ${label} @node(labels: ["${label}", "PlanNode"]) {${commonFields(label)}${specificFields(label)}
${relationshipFields()}
}`,
  ).join('\n\n');
  return `#graphql
extend schema @mutation(operations: []) @subscription(events: []) @query(read: true, aggregate: true)

"""The label of a node besides PlanNode: which kind of entity it is."""
enum NodeLabel {
${NODE_LABELS.map((l) => `  "${LABEL_DOCS[l].replace(/"/g, "'")}"\n  ${l}`).join('\n')}
}

"""Provenance carried by every relationship: the quote that states it, its section and character offsets."""
type Citation @relationshipProperties {
  "Stable id: TYPE:from:to."
  id: String!
  "The first quote stating the relationship (exact substring of the plan, one sentence at most)."
  quote: String
  "The outline section containing the first quote."
  sectionId: String
  "Start character offset of the first quote in the source text."
  start: Int
  "End character offset (exclusive) of the first quote."
  end: Int
  "All quotes stating it, with their sections and offsets."
  quotes: [String!]
  "For each quote, the outline section that contains it."
  quoteSectionIds: [String!]
  "For each quote, its start character offset."
  quoteStarts: [Int!]
  "For each quote, its end character offset (exclusive)."
  quoteEnds: [Int!]
  "True for links the loader derives (the outline tree, MENTIONED_IN)."
  derived: Boolean
  "MENTIONED_IN: how often the section names the entity."
  count: Int
}

"""Any node of the plan graph, whatever its label; relationship fields of every type lead here. \`label\` says which
kind of entity it is; label-specific fields are null on other labels."""
type PlanNode @node(labels: ["PlanNode"]) {
  "Which kind of entity this is (its label besides PlanNode)."
  label: NodeLabel! @cypher(statement: "${LABEL_OF_NODE}", columnName: "label")${commonFields('PlanNode')}${specificFields('PlanNode')}
${relationshipFields()}
}

${types}
`;
}

/**
 * Type definitions for @neo4j/graphql, generated from the shared allow-lists so that every label and every
 * relationship type of the dataset is in the API, read-only, with provenance on every relationship.
 */
import { NODE_LABELS, type NodeLabel, type RelType } from '@plangraph/shared';

/** Each relationship type seen from both ends: [outgoing field, incoming field, description]. */
export const RELATIONSHIP_FIELDS: Record<RelType, [string, string, string]> = {
  LOCATED_IN: ['locatedIn', 'hosts', 'Where it is, or is to be built (LOCATED_IN).'],
  PART_OF: ['partOf', 'parts', 'Parent industry, zone, programme or outline section (PART_OF).'],
  SUPPORTS: ['supports', 'supportedBy', 'Industries, zones or enterprises it serves (SUPPORTS).'],
  BACKED_BY: ['backedBy', 'backs', 'The organisations it relies on, 依托 (BACKED_BY).'],
  LEADS: ['leads', 'ledBy', 'What it leads, 牵头/领衔 (LEADS).'],
  IN_INDUSTRY: ['inIndustry', 'industryMembers', 'The industry an enterprise or project belongs to (IN_INDUSTRY).'],
  COOPERATES_WITH: [
    'cooperatesWith',
    'cooperatesWithIncoming',
    'Cooperation partners; read as symmetric (COOPERATES_WITH).',
  ],
  MEASURES: ['measures', 'measuredBy', 'What an indicator tracks (MEASURES).'],
  FOCUSES_ON: ['focusesOn', 'focusOf', 'Industries or fields it concentrates on (FOCUSES_ON).'],
  ANCHORS: ['anchors', 'anchoredBy', 'Bases, parks or clusters it is the core of (ANCHORS).'],
  MENTIONED_IN: ['mentionedIn', 'mentions', 'Outline sections whose text names it (MENTIONED_IN).'],
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

const COMMON_FIELDS = `
  "Stable ASCII id; views and links are keyed on it."
  id: ID!
  "Name in Chinese, exactly as written in the plan."
  name: String!
  "English name."
  nameEn: String
  "Subtype, e.g. national-laboratory, sub-industry, box."
  kind: String
  "Other surface forms in the text, short forms, evident corrections."
  aliases: [String!]
  "One sentence in Chinese."
  description: String
  "One sentence in English."
  descriptionEn: String
  "Where the written form is evidently garbled: a short note."
  textIssue: String
  "Exact quotes from the plan that state this entity."
  quotes: [String!]
  "For each quote, the outline section that contains it."
  quoteSectionIds: [String!]
  "For each quote, its start character offset in the source text."
  quoteStarts: [Int!]
  "For each quote, its end character offset (exclusive)."
  quoteEnds: [Int!]`;

const LABEL_FIELDS: Partial<Record<NodeLabel, string>> = {
  Institution: `
  "national, provincial, municipal or district, where stated."
  level: String`,
  Indicator: `
  "Unit, e.g. 家, %, 亿元."
  unit: String
  "Value in 2020 as table 2.1 (or the prose) states it."
  value2020: Float
  "Target for 2025."
  target2025: Float
  "预期性 (expected) or 约束性 (binding)."
  attribute: String
  "Table 2.1 group, or prose."
  group: String
  "Row number in table 2.1 (1–17)."
  tableRow: Int`,
  Programme: `
  "专栏 number (1–19) for the plan's boxes."
  boxNumber: Int`,
  Person: `
  title: String`,
  Section: `
  "Numbering as printed: 七, (一), 专栏10, 2."
  number: String
  "Position among its siblings."
  order: Int
  "Depth in the outline (1 = chapter)."
  depth: Int
  "First and last line in the source text (1-based)."
  lineStart: Int
  lineEnd: Int
  "Character offsets of the section's text in the source."
  start: Int
  end: Int
  parentId: String`,
};

// Relationship fields live on the concrete types only: declaring them on the interface as well
// multiplies the generated input types past what a schema build can hold in memory.
function relationshipFields(): string {
  return Object.entries(RELATIONSHIP_FIELDS)
    .flatMap(([type, [out, inc, doc]]) => [
      `  "${doc}"\n  ${out}: [PlanEntity!]! @relationship(type: "${type}", direction: OUT, properties: "Citation")`,
      `  "Incoming ${type}."\n  ${inc}: [PlanEntity!]! @relationship(type: "${type}", direction: IN, properties: "Citation")`,
    ])
    .join('\n');
}

export function buildTypeDefs(): string {
  const types = NODE_LABELS.map(
    (label) => `"""${LABEL_DOCS[label]}"""
type ${label} implements PlanEntity @node(labels: ["${label}", "PlanNode"]) {${COMMON_FIELDS}${LABEL_FIELDS[label] ?? ''}
${relationshipFields()}
}`,
  ).join('\n\n');
  return `#graphql
extend schema @mutation(operations: []) @subscription(events: []) @query(read: true, aggregate: true)

"""Provenance carried by every relationship: the quote that states it, its section and character offsets."""
type Citation @relationshipProperties {
  "Stable id: TYPE:from:to."
  id: String!
  "The first quote stating the relationship (exact substring of the plan, one sentence at most)."
  quote: String
  sectionId: String
  start: Int
  end: Int
  "All quotes stating it, with their sections and offsets."
  quotes: [String!]
  quoteSectionIds: [String!]
  quoteStarts: [Int!]
  quoteEnds: [Int!]
  "True for links the loader derives (the outline tree, MENTIONED_IN)."
  derived: Boolean
  "MENTIONED_IN: how often the section names the entity."
  count: Int
}

"""Any node of the plan graph (traverse relationships on the concrete types)."""
interface PlanEntity {${COMMON_FIELDS}
}

${types}
`;
}

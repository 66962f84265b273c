/**
 * Relationship families: the curated relationship types grouped by what they say, so measures such as
 * "degree in the support family" read as a planner's question ("how many support links does it have?").
 */
import type { RelType } from './index.ts';

export const REL_FAMILIES = ['support', 'structure', 'place', 'cooperation', 'measure'] as const;
export type RelFamily = (typeof REL_FAMILIES)[number];

/** Every curated type in exactly one family; MENTIONED_IN (derived from the outline) is in none. */
export const REL_FAMILY_OF: Record<Exclude<RelType, 'MENTIONED_IN'>, RelFamily> = {
  SUPPORTS: 'support',
  BACKED_BY: 'support',
  ANCHORS: 'support',
  LEADS: 'support',
  PART_OF: 'structure',
  IN_INDUSTRY: 'structure',
  LOCATED_IN: 'place',
  FOCUSES_ON: 'place',
  COOPERATES_WITH: 'cooperation',
  MEASURES: 'measure',
};

export const REL_FAMILY_NAMES: Record<RelFamily, { zh: string; en: string }> = {
  support: { zh: '支撑与依托', en: 'support' },
  structure: { zh: '归属与产业', en: 'structure' },
  place: { zh: '区位与聚焦', en: 'place' },
  cooperation: { zh: '合作', en: 'cooperation' },
  measure: { zh: '指标', en: 'measurement' },
};

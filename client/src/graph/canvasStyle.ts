/**
 * Canvas style options as data: what sets a node's size (links on the canvas, or a measure the loader stored on the
 * node) and its colour (its label, or its Louvain community). The stylesheet reads the numbers and colours computed
 * here; the legend shows the same scale and communities.
 */
import type { GraphNode } from '../api/types.ts';

/** `links`: links on the canvas (the default); the others are stored node properties (seed/src/measures.ts). */
export const SIZE_MEASURES = ['links', 'degree', 'pagerank', 'betweenness'] as const;
export type SizeMeasure = (typeof SIZE_MEASURES)[number];
export type StoredMeasure = Exclude<SizeMeasure, 'links'>;

export const COLOUR_MODES = ['label', 'community'] as const;
export type ColourMode = (typeof COLOUR_MODES)[number];

export type CanvasStyle = { sizeBy: SizeMeasure; colourBy: ColourMode };
export const DEFAULT_CANVAS_STYLE: CanvasStyle = { sizeBy: 'links', colourBy: 'label' };

export const isSizeMeasure = (v: unknown): v is SizeMeasure => SIZE_MEASURES.includes(v as SizeMeasure);
export const isColourMode = (v: unknown): v is ColourMode => COLOUR_MODES.includes(v as ColourMode);

/** Node diameters in pixels, smallest and largest (the same range the link-count sizing uses). */
export const NODE_SIZE = { min: 22, max: 56 } as const;

/** The measure as stored on the node; null where the loader stored none (outline sections, skipped betweenness). */
export function storedMeasure(node: Pick<GraphNode, 'properties'>, measure: StoredMeasure): number | null {
  const v = node.properties[measure];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export type SizeScale = { measure: StoredMeasure; min: number; max: number };

/** The range of a measure over the nodes on the canvas; null when none of them has it. */
export function sizeScale(nodes: Iterable<Pick<GraphNode, 'properties'>>, measure: StoredMeasure): SizeScale | null {
  let min = Infinity;
  let max = -Infinity;
  for (const n of nodes) {
    const v = storedMeasure(n, measure);
    if (v === null) continue;
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  return min <= max ? { measure, min, max } : null;
}

/**
 * A node's diameter: linear in the measure between the canvas's smallest and largest value (all equal: the middle
 * size). A node without the measure gets the smallest size.
 */
export function nodeSize(value: number | null, scale: SizeScale | null): number {
  if (value === null || scale === null) return NODE_SIZE.min;
  if (scale.max === scale.min) return (NODE_SIZE.min + NODE_SIZE.max) / 2;
  const t = (value - scale.min) / (scale.max - scale.min);
  return Math.round((NODE_SIZE.min + t * (NODE_SIZE.max - NODE_SIZE.min)) * 10) / 10;
}

/**
 * Distinct colours for the largest communities (ids are numbered by size, largest first); the rest share one
 * grey, since more hues than this cannot be told apart.
 */
export const COMMUNITY_PALETTE = [
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#17becf',
  '#bcbd22',
  '#393b79',
  '#ad494a',
  '#637939',
] as const;
export const OTHER_COMMUNITY_COLOUR = '#9aa5b1';
/** Nodes that belong to no community (outline sections). */
export const NO_COMMUNITY_COLOUR = '#d9dee4';

/** The community id stored on the node, or null (sections have none). */
export function nodeCommunity(node: Pick<GraphNode, 'properties'>): number | null {
  const v = node.properties.community;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null;
}

export function communityColour(community: number | null): string {
  if (community === null) return NO_COMMUNITY_COLOUR;
  return COMMUNITY_PALETTE[community] ?? OTHER_COMMUNITY_COLOUR;
}

/** A legend row: one community on the canvas (or, with `community: 'other'`, all those beyond the palette). */
export type CommunityLegendRow = { community: number | 'other'; colour: string; count: number };

/** The communities on the canvas, in id order (largest community first), those beyond the palette in one row. */
export function communityLegend(nodes: Iterable<Pick<GraphNode, 'properties'>>): CommunityLegendRow[] {
  const counts = new Map<number, number>();
  let other = 0;
  for (const n of nodes) {
    const c = nodeCommunity(n);
    if (c === null) continue;
    if (c < COMMUNITY_PALETTE.length) counts.set(c, (counts.get(c) ?? 0) + 1);
    else other++;
  }
  const rows: CommunityLegendRow[] = [...counts]
    .sort(([a], [b]) => a - b)
    .map(([community, count]) => ({ community, colour: communityColour(community), count }));
  if (other > 0) rows.push({ community: 'other', colour: OTHER_COMMUNITY_COLOUR, count: other });
  return rows;
}

/** A measure's value for the legend: three significant digits (PageRank values are small fractions). */
export function formatMeasure(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(3)));
}

/** How each label looks, as data: the canvas stylesheet, the legend and the exports all read it. */
import { LABEL_NAMES, NODE_LABELS, type NodeLabel } from '@plangraph/shared';

export const FONT_FAMILY =
  '"Noto Sans SC", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

export type Shape =
  | 'round-rectangle'
  | 'ellipse'
  | 'round-hexagon'
  | 'round-diamond'
  | 'round-octagon'
  | 'barrel'
  | 'round-triangle'
  | 'round-pentagon'
  | 'rectangle';

/** One colour and one shape per label: shape keeps labels apart for colour-blind readers and in print. */
export const LABEL_STYLE: Record<NodeLabel, { color: string; shape: Shape }> = {
  Institution: { color: '#3567d6', shape: 'round-rectangle' },
  Enterprise: { color: '#e07b2e', shape: 'ellipse' },
  Zone: { color: '#2e9a62', shape: 'round-hexagon' },
  Region: { color: '#1597a8', shape: 'round-diamond' },
  Industry: { color: '#8452e0', shape: 'round-octagon' },
  Project: { color: '#c49a12', shape: 'barrel' },
  Indicator: { color: '#d6455d', shape: 'round-triangle' },
  Programme: { color: '#b8407f', shape: 'round-pentagon' },
  Person: { color: '#5b6b82', shape: 'ellipse' },
  Section: { color: '#98a2ae', shape: 'rectangle' },
};

export type LegendEntry = { label: NodeLabel; color: string; shape: Shape; name: { zh: string; en: string } };

/** Legend rows in the canonical label order. */
export function legendEntries(): LegendEntry[] {
  return NODE_LABELS.map((label) => ({ label, ...LABEL_STYLE[label], name: LABEL_NAMES[label] }));
}

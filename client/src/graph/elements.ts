import { REL_PHRASES, isRelType } from '@plangraph/shared';
import { primaryLabel } from './normalize.ts';
import { displayName, wrapCjk } from './text.ts';
import type { GraphData, Language } from './model.ts';
import {
  communityColour,
  DEFAULT_CANVAS_STYLE,
  nodeCommunity,
  nodeSize,
  sizeScale,
  storedMeasure,
  type CanvasStyle,
} from './canvasStyle.ts';

/** What the canvas draws for a node or an edge (a subset of Cytoscape's element definition). */
export type NodeElement = {
  group: 'nodes';
  data: {
    id: string;
    label: string;
    type: string;
    name: string;
    degree: number;
    /** Diameter in pixels when sized by a stored measure (class `sized`). */
    size?: number;
    /** Fill when coloured by community (class `by-community`). */
    communityColour?: string;
  };
  classes: string;
};
export type EdgeElement = {
  group: 'edges';
  data: { id: string; source: string; target: string; type: string; label: string };
  classes: string;
};
export type CanvasElement = NodeElement | EdgeElement;

export type ToElementsOptions = { language: Language; wrapWidth?: number; style?: CanvasStyle };

/** Relationship text shown on hover or selection. */
export function edgeCaption(type: string, language: Language): string {
  if (!isRelType(type)) return type;
  return language === 'zh' ? REL_PHRASES[type].zh : type.replace(/_/g, ' ').toLowerCase();
}

/** Graph → canvas element definitions. Pure: the same graph and options give the same elements. */
export function toElements(graph: GraphData, options: ToElementsOptions): CanvasElement[] {
  const { language, wrapWidth = 8, style = DEFAULT_CANVAS_STYLE } = options;
  const measure = style.sizeBy === 'links' ? null : style.sizeBy;
  const scale = measure ? sizeScale(graph.nodes.values(), measure) : null;
  const byCommunity = style.colourBy === 'community';
  const out: CanvasElement[] = [];
  // Degree on the canvas: hubs are drawn larger so an overview reads at a glance.
  const degree = new Map<string, number>();
  for (const e of graph.edges.values()) {
    if (!graph.nodes.has(e.source) || !graph.nodes.has(e.target)) continue;
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  for (const n of graph.nodes.values()) {
    const label = primaryLabel(n);
    out.push({
      group: 'nodes',
      data: {
        id: n.id,
        label: wrapCjk(displayName(n, language), wrapWidth),
        type: label,
        name: n.name,
        degree: degree.get(n.id) ?? 0,
        ...(measure ? { size: nodeSize(storedMeasure(n, measure), scale) } : {}),
        ...(byCommunity ? { communityColour: communityColour(nodeCommunity(n)) } : {}),
      },
      classes: [
        `label-${label}`,
        n.textIssue ? 'text-issue' : '',
        measure ? 'sized' : '',
        byCommunity ? 'by-community' : '',
      ]
        .filter(Boolean)
        .join(' '),
    });
  }
  for (const e of graph.edges.values()) {
    if (!graph.nodes.has(e.source) || !graph.nodes.has(e.target)) continue;
    out.push({
      group: 'edges',
      data: { id: e.id, source: e.source, target: e.target, type: e.type, label: edgeCaption(e.type, language) },
      classes: `rel-${e.type}`,
    });
  }
  return out;
}

/** The canvas stylesheet: label colours and shapes from graph/, plus the interaction states. */
import type { StylesheetJson } from 'cytoscape';
import { ANSWER_STYLE } from './answerStyle.ts';
import { NODE_LABELS } from '@plangraph/shared';
import { FONT_FAMILY, LABEL_STYLE } from '../graph/index.ts';

const INK = '#1f2933';
const ACCENT = '#f59e0b';

export function buildStylesheet(): StylesheetJson {
  const perLabel: StylesheetJson = NODE_LABELS.map((label) => ({
    selector: `node.label-${label}`,
    style: { 'background-color': LABEL_STYLE[label].color, shape: LABEL_STYLE[label].shape },
  }));
  return [
    {
      selector: 'node',
      style: {
        // Size and label size grow with degree (capped): hubs stand out, leaves stay small.
        width: 'mapData(degree, 0, 24, 22, 56)',
        height: 'mapData(degree, 0, 24, 22, 56)',
        'font-size': 'mapData(degree, 0, 24, 11, 20)',
        'border-width': 2,
        'border-color': '#ffffff',
        label: 'data(label)',
        'font-family': FONT_FAMILY,
        color: INK,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '120px',
        'line-height': 1.25,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': 6,
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
    ...perLabel,
    // Style options (graph/canvasStyle.ts): size by a stored measure, colour by community.
    { selector: 'node.sized', style: { width: 'data(size)', height: 'data(size)' } },
    { selector: 'node.by-community', style: { 'background-color': 'data(communityColour)' } },
    { selector: 'node[degree >= 8]', style: { 'font-weight': 'bold' } },
    { selector: 'node.text-issue', style: { 'border-style': 'dashed', 'border-color': '#d6455d' } },
    {
      selector: 'edge',
      style: {
        width: 1.4,
        'line-color': '#c3cad4',
        'target-arrow-color': '#c3cad4',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        'font-family': FONT_FAMILY,
        'font-size': 10,
        color: '#52606d',
        'text-rotation': 'autorotate',
        // Every edge carries its label, hidden until hover or selection: Cytoscape then always knows where
        // the label goes (an edge whose label style appears later may not get its label placed until it moves).
        label: 'data(label)',
        'text-opacity': 0,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
      },
    },
    // Symmetric relationship: no arrowhead.
    { selector: 'edge.rel-COOPERATES_WITH', style: { 'target-arrow-shape': 'none', 'line-style': 'dashed' } },
    { selector: 'edge.rel-MENTIONED_IN', style: { 'line-style': 'dotted', opacity: 0.6 } },
    {
      selector: 'edge.hover, edge:selected, edge.incident',
      style: { 'text-opacity': 1, 'text-background-opacity': 0.9 },
    },
    {
      selector: 'edge.hover, edge.incident',
      style: { width: 2, 'line-color': '#7b8794', 'target-arrow-color': '#7b8794' },
    },
    { selector: 'node.hover', style: { 'border-color': INK } },
    {
      selector: 'node:selected',
      style: {
        'border-width': 4,
        'border-color': ACCENT,
        'overlay-color': ACCENT,
        'overlay-opacity': 0.12,
        'overlay-padding': 6,
        'z-index': 10,
      },
    },
    {
      selector: 'edge:selected',
      style: { width: 3, 'line-color': ACCENT, 'target-arrow-color': ACCENT, 'z-index': 10 },
    },
    // With a selection, everything outside its neighbourhood steps back.
    { selector: 'node.faded', style: { opacity: 0.18, 'text-opacity': 0.35 } },
    { selector: 'edge.faded', style: { opacity: 0.18, 'text-opacity': 0 } },
    // A chosen path or a trace: its elements stand out, the rest steps back further than for a selection.
    { selector: 'node.hl-out', style: { opacity: 0.25 } },
    { selector: 'edge.hl-out', style: { opacity: 0.15 } },
    { selector: 'node.hl', style: { 'border-width': 3, 'border-color': '#f0b429' } },
    {
      selector: 'edge.hl',
      style: { width: 3.2, 'line-color': '#f0b429', 'target-arrow-color': '#f0b429', 'text-opacity': 1, 'z-index': 9 },
    },
    { selector: 'node.hl-root', style: { 'border-width': 5, 'border-color': '#d64545', 'z-index': 11 } },
    // While a path or trace is shown, selecting inside it does not fade the rest of it.
    { selector: 'node.hl.faded, node.hl-keep.faded', style: { opacity: 1, 'text-opacity': 1 } },
    { selector: 'edge.hl.faded, edge.hl-keep.faded', style: { opacity: 1 } },
    // Pinned: a double border says "this one does not move".
    { selector: 'node.pinned', style: { 'border-style': 'double', 'border-width': 4 } },
    // Answer views (traces, paths, the first view): sizes and line breaks from their layout.
    ...ANSWER_STYLE,
  ];
}

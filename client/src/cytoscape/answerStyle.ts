/**
 * How answer views draw: sizes and label breaks come from the view's layout (graph/answer), so the stylesheet
 * takes them from the data instead of scaling by degree; relationship names read horizontally.
 */
import type { StylesheetJson } from 'cytoscape';

export const ANSWER_STYLE: StylesheetJson = [
  {
    selector: 'node.answer',
    style: {
      width: 'data(size)',
      height: 'data(size)',
      'font-size': 'data(fontPx)',
      'font-weight': 'normal',
      // The layout broke the lines already; Cytoscape must not break them again.
      'text-max-width': '1000px',
      'min-zoomed-font-size': 0,
      'text-background-opacity': 0.9,
    },
  },
  {
    selector: 'node.answer-group',
    style: { shape: 'round-rectangle', 'border-style': 'double', 'border-width': 5, 'border-color': '#1f2933' },
  },
  { selector: 'node.answer-root', style: { 'border-width': 5, 'border-color': '#d64545' } },
  {
    selector: 'edge.answer-edge',
    style: { 'font-size': 12, 'text-rotation': 'none', 'text-background-opacity': 0.9, color: '#3e4c59' },
  },
  { selector: 'edge.answer-caption', style: { 'text-opacity': 1, width: 2.4, 'line-color': '#7b8794' } },
];

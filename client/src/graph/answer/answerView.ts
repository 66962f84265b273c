/**
 * What an answer view draws: nodes (and group nodes standing for several) at computed positions, and edges with
 * their relationship named. Positions are in model units laid out for zoom 1; `fit` says which zoom shows the
 * whole view in the free part of the canvas, and labels are sized so that zoom keeps them legible.
 */
import type { NodeLabel } from '@plangraph/shared';

export type AnswerNode = {
  id: string;
  /** `group`: stands for `members` of one label in one rank, until expanded. */
  kind: 'node' | 'group';
  label: NodeLabel;
  /** The caption as drawn, already broken into lines. */
  lines: string[];
  x: number;
  y: number;
  /** Node diameter. */
  size: number;
  /** The label block under the node: its size, for overlap checks. */
  labelWidth: number;
  labelHeight: number;
  fontPx: number;
  /** Hop distance from the view's root (traces), position in the chain (paths). */
  rank: number;
  members?: string[];
};

export type AnswerEdge = {
  id: string;
  source: string;
  target: string;
  type: string;
  /** The relationship in the UI language. */
  caption: string;
  /** Group edges: the relationships they stand for. */
  members?: string[];
};

export type AnswerView = {
  nodes: AnswerNode[];
  edges: AnswerEdge[];
  /** The drawing's extent, labels included, in model units. */
  bounds: { x1: number; y1: number; x2: number; y2: number };
};

/** The part of the canvas not covered by panels or the legend, in CSS px. */
export type Viewport = { width: number; height: number };

/** Space kept around the drawing when fitting (the canvas' fit padding). */
export const FIT_PADDING = 56;
/** Labels are laid out at this size; the fitted zoom must keep them at MIN_LABEL_PX or more. */
export const ANSWER_FONT_PX = 13;
export const MIN_LABEL_PX = 11;
/** Gap between a node and its label (`text-margin-y`). */
export const LABEL_GAP = 4;
export const NODE_SIZE = 22;
export const GROUP_SIZE = 30;

/**
 * The model-space area the drawing may take so that fitting it into the viewport keeps labels at
 * MIN_LABEL_PX + 1 (a pixel of slack for rounding and text-background padding).
 */
export function layoutBudget(viewport: Viewport, fontPx = ANSWER_FONT_PX): { width: number; height: number } {
  const scale = fontPx / (MIN_LABEL_PX + 1);
  return {
    width: Math.max(200, viewport.width - 2 * FIT_PADDING) * scale,
    height: Math.max(160, viewport.height - 2 * FIT_PADDING) * scale,
  };
}

/** A node's extent with its label below it, centred on the node horizontally. */
export function cardBox(n: Pick<AnswerNode, 'x' | 'y' | 'size' | 'labelWidth' | 'labelHeight'>) {
  const w = Math.max(n.size, n.labelWidth);
  return {
    x1: n.x - w / 2,
    x2: n.x + w / 2,
    y1: n.y - n.size / 2,
    y2: n.y + n.size / 2 + LABEL_GAP + n.labelHeight,
  };
}

/** Where the label is drawn, in model units (Cytoscape: `text-valign: bottom`, `text-margin-y`). */
export function labelBox(n: AnswerNode) {
  return {
    x1: n.x - n.labelWidth / 2,
    x2: n.x + n.labelWidth / 2,
    y1: n.y + n.size / 2 + LABEL_GAP,
    y2: n.y + n.size / 2 + LABEL_GAP + n.labelHeight,
  };
}

/**
 * What the canvas draws beyond the cards, in model units: half of the 5 px border of roots and groups, the labels'
 * text-background padding and a little anti-aliasing. Measured on the plan graph's traces, Cytoscape's bounding box
 * (labels included) exceeded the cards by 3–4.5 px per side; the bounds include it, so fitting the bounds fits the
 * drawing.
 */
export const DRAWN_MARGIN = 6;

export function boundsOf(nodes: readonly AnswerNode[]): AnswerView['bounds'] {
  if (nodes.length === 0) return { x1: 0, y1: 0, x2: 0, y2: 0 };
  const boxes = nodes.map(cardBox);
  return {
    x1: Math.min(...boxes.map((b) => b.x1)) - DRAWN_MARGIN,
    y1: Math.min(...boxes.map((b) => b.y1)) - DRAWN_MARGIN,
    x2: Math.max(...boxes.map((b) => b.x2)) + DRAWN_MARGIN,
    y2: Math.max(...boxes.map((b) => b.y2)) + DRAWN_MARGIN,
  };
}

/** The zoom the canvas' fit gives this view in `viewport` (capped like the canvas' own fit). */
export function fittedZoom(view: Pick<AnswerView, 'bounds'>, viewport: Viewport, maxZoom = 1.25): number {
  const w = Math.max(1, view.bounds.x2 - view.bounds.x1);
  const h = Math.max(1, view.bounds.y2 - view.bounds.y1);
  return Math.min(maxZoom, (viewport.width - 2 * FIT_PADDING) / w, (viewport.height - 2 * FIT_PADDING) / h);
}

/**
 * The view's labels as the canvas would draw them after fitting into `viewport`: CSS px boxes and font sizes,
 * in the shape `window.__plangraph.labelBoxes()` reports, so the same check runs on computed and drawn views.
 */
export function fittedLabelBoxes(view: AnswerView, viewport: Viewport) {
  const zoom = fittedZoom(view, viewport);
  const cx = (view.bounds.x1 + view.bounds.x2) / 2;
  const cy = (view.bounds.y1 + view.bounds.y2) / 2;
  const sx = (x: number) => viewport.width / 2 + (x - cx) * zoom;
  const sy = (y: number) => viewport.height / 2 + (y - cy) * zoom;
  return view.nodes.map((n) => {
    const b = labelBox(n);
    return {
      id: n.id,
      text: n.lines.join('\n'),
      fontPx: n.fontPx * zoom,
      x1: sx(b.x1),
      y1: sy(b.y1),
      x2: sx(b.x2),
      y2: sy(b.y2),
    };
  });
}

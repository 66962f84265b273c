/**
 * What the canvas shows, as plain data (positions, colours, shapes, wrapped labels, edge geometry): captured by
 * cytoscape/export-scene.ts, drawn again by features/export.
 */

export type Point = { x: number; y: number };

export type SceneNode = {
  id: string;
  /** The node's label (Institution, Zone…). */
  type: string;
  name: string;
  nameEn: string | null;
  /** Label lines as drawn (already wrapped). */
  lines: string[];
  x: number;
  y: number;
  w: number;
  h: number;
  shape: string;
  color: string;
  borderColor: string;
  borderWidth: number;
  borderStyle: 'solid' | 'dashed' | 'dotted';
  opacity: number;
  fontSize: number;
  fontWeight: 400 | 700;
  textColor: string;
  /** Centre of the label block and its size, in graph coordinates (as Cytoscape placed it). */
  label: { x: number; y: number; w: number; h: number } | null;
  textBackground: { color: string; opacity: number; padding: number } | null;
  /** Outline sections the node's facts are quoted from. */
  sections: string[];
  /** Each quote with its section (for the full citation list). */
  citations?: { section: string; quote: string }[];
};

export type SceneEdge = {
  id: string;
  type: string;
  source: string;
  target: string;
  caption: string;
  /** Source endpoint, bezier control points (quadratic, Cytoscape's convention), target endpoint. */
  points: Point[];
  color: string;
  width: number;
  lineStyle: 'solid' | 'dashed' | 'dotted';
  arrow: 'triangle' | 'none';
  arrowScale: number;
  opacity: number;
  sections: string[];
  citations?: { section: string; quote: string }[];
};

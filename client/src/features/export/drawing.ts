/** A composed picture as a flat list of paths and texts in page units: what every writer (SVG, PNG, PDF) draws. */

export type PathItem = {
  t: 'path';
  d: string;
  fill: string | null;
  fillOpacity?: number;
  stroke: string | null;
  strokeWidth?: number;
  dash?: number[];
  opacity?: number;
};
export type TextItem = {
  t: 'text';
  x: number;
  /** Baseline. */
  y: number;
  text: string;
  size: number;
  weight: 400 | 700;
  fill: string;
  anchor: 'start' | 'middle';
  opacity?: number;
  /** Set on node labels: the node's id. */
  node?: string;
  /** Set on relationship names: the edge's id. */
  edge?: string;
};
export type Item = PathItem | TextItem;

export type Box = { x: number; y: number; w: number; h: number };

export type Drawing = {
  width: number;
  height: number;
  /** null: transparent. */
  background: string | null;
  title: string;
  items: Item[];
  /** Where each node's label block ended up, in page units (tests look for glyphs there). */
  labelBoxes: Record<string, Box>;
  /** Where each edge's relationship name ended up (absent when hidden or when no free place was found). */
  edgeLabelBoxes?: Record<string, Box>;
  /** Node labels left out because no place was free of other labels. */
  hiddenLabels?: string[];
  /** The graph's area on the page. */
  graphBox: Box;
};

/** Width of a text run in page units; the browser passes a canvas measurer, tests and Node use the estimate. */
export type Measure = (text: string, size: number, weight: 400 | 700) => number;

/** The characters drawn at each weight (what the embedded font subset must cover). */
export function charsByWeight(drawing: Drawing): Record<400 | 700, string> {
  const sets = { 400: new Set<string>(), 700: new Set<string>() };
  for (const it of drawing.items) if (it.t === 'text') for (const ch of it.text) sets[it.weight].add(ch);
  return { 400: [...sets[400]].sort().join(''), 700: [...sets[700]].sort().join('') };
}

/** The characters drawn at each weight over several pages. */
export function charsOfPages(drawings: readonly Drawing[]): Record<400 | 700, string> {
  const merged = drawings.map(charsByWeight);
  const join = (w: 400 | 700) => [...new Set(merged.map((m) => m[w]).join(''))].sort().join('');
  return { 400: join(400), 700: join(700) };
}

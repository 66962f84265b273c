/**
 * Export capture: reads what the canvas shows (visible elements, model positions, computed styles, wrapped
 * label lines, edge geometry) into a plain scene for features/export. Styles are read from a headless copy
 * without the interaction classes (hover, selection, fading), so a picture shows the graph, not the pointer.
 */
import cytoscape, { type Collection, type Core, type EdgeSingular, type NodeSingular } from 'cytoscape';
import type { Point, SceneEdge, SceneNode } from '../graph/index.ts';
import { activeCanvas } from './registry.ts';

/** Classes that reflect the pointer or the selection, not the graph. */
const TRANSIENT = new Set(['hover', 'faded', 'incident']);

export type ElementInfo = {
  name?: string;
  nameEn?: string | null;
  sections: string[];
  citations?: { section: string; quote: string }[];
};

export type CaptureOptions = {
  /** 'selection': the selected elements and what is highlighted with them (falls back to everything). */
  scope: 'all' | 'selection';
  /** Names and cited sections per element id (from the store's graph). */
  info(id: string): ElementInfo | undefined;
};

export function hexColor(value: string): string {
  const m = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(value);
  if (!m) return value.startsWith('#') ? value.toLowerCase() : value;
  return `#${[m[1], m[2], m[3]].map((v) => Math.round(Number(v)).toString(16).padStart(2, '0')).join('')}`;
}

const lineStyle = (v: string): 'solid' | 'dashed' | 'dotted' => (v === 'dashed' || v === 'dotted' ? v : 'solid');

/** The elements in scope that are visible on the canvas. */
export function elementsInScope(cy: Core, scope: CaptureOptions['scope']): Collection {
  const visible = cy.elements().filter((e) => e.visible());
  if (scope === 'selection') {
    const sel = cy.elements(':selected');
    if (sel.nonempty()) {
      const nodes = sel.nodes().closedNeighborhood().nodes().union(sel.edges().connectedNodes());
      const edges = sel.edges().union(
        sel
          .nodes()
          .connectedEdges()
          .filter((e) => nodes.contains(e.source()) && nodes.contains(e.target())),
      );
      return nodes.union(edges).intersection(visible);
    }
  }
  return visible;
}

/** Captures the mounted canvas (see captureScene); an error when there is none. */
export function captureCanvas(options: CaptureOptions): { nodes: SceneNode[]; edges: SceneEdge[] } {
  const cy = activeCanvas()?.cy;
  if (!cy || cy.destroyed()) throw new Error('The canvas is not ready');
  return captureScene(cy, options);
}

/** Cytoscape types numericStyle() as `any`; it is a number for every property read here. */
const styleNumber = (el: cytoscape.SingularElementArgument, property: string) => el.numericStyle(property) as number;

/** Captures the canvas as scene nodes and edges (in model coordinates, Cytoscape's draw order). */
export function captureScene(cy: Core, options: CaptureOptions): { nodes: SceneNode[]; edges: SceneEdge[] } {
  const eles = elementsInScope(cy, options.scope);
  // Bring label dimensions and edge geometry up to date.
  eles.boundingBox({ includeLabels: true });
  const clone = cytoscape({
    headless: true,
    styleEnabled: true,
    style: (cy.style() as unknown as { json(): cytoscape.StylesheetJson }).json(),
    elements: eles.map((e) => ({
      group: e.group(),
      data: { ...(e.data() as Record<string, unknown>) },
      position: e.isNode() ? { ...e.position() } : undefined,
      classes: e.classes().filter((c) => !TRANSIENT.has(c)),
      selected: false,
    })),
  });
  try {
    const nodes: SceneNode[] = eles.nodes().map((live) => {
      const n = clone.getElementById(live.id()) as NodeSingular;
      const p = live.position();
      const priv = (
        live as unknown as { _private: { rscratch: Record<string, unknown>; rstyle: Record<string, number> } }
      )._private;
      const text = String(live.data('label') ?? '');
      const cached = priv.rscratch.labelWrapCachedLines as string[] | undefined;
      const lines = text
        ? Array.isArray(cached) && cached.join('').replace(/\s/g, '') === text.replace(/\s/g, '')
          ? cached
          : text.split('\n')
        : [];
      const fontSize = styleNumber(n, 'font-size');
      const w = n.width();
      const h = n.height();
      const lw = priv.rstyle.labelWidth ?? 0;
      const lh = priv.rstyle.labelHeight ?? lines.length * fontSize * Number(n.style('line-height') ?? 1.25);
      const valign = String(n.style('text-valign'));
      const halign = String(n.style('text-halign'));
      const mx = styleNumber(n, 'text-margin-x');
      const my = styleNumber(n, 'text-margin-y');
      const ax = halign === 'left' ? p.x - w / 2 - lw / 2 : halign === 'right' ? p.x + w / 2 + lw / 2 : p.x;
      const ay = valign === 'top' ? p.y - h / 2 - lh / 2 : valign === 'bottom' ? p.y + h / 2 + lh / 2 : p.y;
      const bgOpacity = styleNumber(n, 'text-background-opacity');
      const info = options.info(live.id());
      const weight = String(n.style('font-weight'));
      return {
        id: live.id(),
        type: String(live.data('type') ?? ''),
        name: info?.name ?? String(live.data('name') ?? text),
        nameEn: info?.nameEn ?? null,
        lines: lines.map((l) => l.trim()).filter(Boolean),
        x: p.x,
        y: p.y,
        w,
        h,
        shape: String(n.style('shape')),
        color: hexColor(String(n.style('background-color'))),
        borderColor: hexColor(String(n.style('border-color'))),
        borderWidth: styleNumber(n, 'border-width'),
        borderStyle: lineStyle(String(n.style('border-style'))),
        opacity: styleNumber(n, 'opacity'),
        fontSize,
        fontWeight: weight === 'bold' || Number(weight) >= 600 ? 700 : 400,
        textColor: hexColor(String(n.style('color'))),
        label: text && lw > 0 ? { x: ax + mx, y: ay + my, w: lw, h: lh } : null,
        textBackground:
          bgOpacity > 0
            ? {
                color: hexColor(String(n.style('text-background-color'))),
                opacity: bgOpacity,
                padding: styleNumber(n, 'text-background-padding'),
              }
            : null,
        sections: info?.sections ?? [],
        citations: info?.citations ?? [],
      };
    });
    const edges: SceneEdge[] = eles.edges().map((live: EdgeSingular) => {
      const e = clone.getElementById(live.id()) as EdgeSingular;
      const src = live.sourceEndpoint();
      const tgt = live.targetEndpoint();
      const cps: Point[] = (live.controlPoints() ?? []).map((c) => ({ x: c.x, y: c.y }));
      const valid = (q: Point | undefined) => q && Number.isFinite(q.x) && Number.isFinite(q.y);
      const points =
        valid(src) && valid(tgt)
          ? [src, ...cps.filter(valid), tgt]
          : [live.source().position(), live.target().position()];
      return {
        id: live.id(),
        type: String(live.data('type') ?? ''),
        source: live.source().id(),
        target: live.target().id(),
        caption: String(live.data('label') ?? ''),
        points: points.map((q) => ({ x: q.x, y: q.y })),
        color: hexColor(String(e.style('line-color'))),
        width: styleNumber(e, 'width'),
        lineStyle: lineStyle(String(e.style('line-style'))),
        arrow: String(e.style('target-arrow-shape')) === 'none' ? 'none' : 'triangle',
        arrowScale: styleNumber(e, 'arrow-scale'),
        opacity: styleNumber(e, 'opacity'),
        sections: options.info(live.id())?.sections ?? [],
        citations: options.info(live.id())?.citations ?? [],
      };
    });
    return { nodes, edges };
  } finally {
    clone.destroy();
  }
}

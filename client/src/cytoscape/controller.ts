/**
 * The canvas controller: creates the Cytoscape instance and composes the canvas's parts — events (events.ts),
 * element diffing (diff.ts), classes (classes.ts), layout runs (layoutRun.ts), viewport maths (viewport.ts) and
 * label fonts (labelFonts.ts). Only `cytoscape/` touches the instance.
 */
import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import dagre from 'cytoscape-dagre';
import type { StylesheetJson } from 'cytoscape';
import type { CanvasElement, Highlight, LayoutName, RankDir, Selection } from '../graph/index.ts';
import { applyHighlight, applyPinned, applySelection } from './classes.ts';
import { diffElements, mergedClasses, type Positions } from './diff.ts';
import { bindCanvasEvents, type CanvasHandlers } from './events.ts';
import { watchLabelFonts } from './labelFonts.ts';
import { createLayoutRunner } from './layoutRun.ts';
import { canvasChanged, forcedPositions, registerCanvas, unregisterCanvas } from './registry.ts';
import { bestFitViewport, fitViewport, focusViewport, freeCanvasAreas, type Area, type Box } from './viewport.ts';

export type { CanvasHandlers } from './events.ts';
export type { Positions } from './diff.ts';

let registered = false;
function register() {
  if (registered) return;
  cytoscape.use(fcose);
  cytoscape.use(dagre);
  registered = true;
}

export type Renderer = 'canvas' | 'webgl';

export type CanvasOptions = {
  /** WebGL draws thousands of elements at interactive rates; chosen above LARGE_VIEW_ELEMENTS. */
  renderer?: Renderer;
  /** The layout request the canvas starts as having answered (see LayoutRunOptions.request). */
  request?: number;
};

export type Viewport = { zoom: number; pan: { x: number; y: number } };

export type LayoutRunOptions = {
  added?: string[];
  around?: string | null;
  animate?: boolean;
  rankDir?: RankDir;
  /** Pinned nodes: locked before the run so the layout leaves them where they are (newcomers excepted). */
  pinned?: readonly string[];
  /** The store's layout request this run answers (the test hooks compare it with the latest one). */
  request?: number;
  /** Positions computed elsewhere (answer views): placed as they are, then fitted. */
  preset?: Positions;
  /**
   * Answer views: the box their layout planned (model units) and the free area it was planned for. Fits put that
   * box into that area, so they draw the labels at the size the plan chose; other layouts clear it.
   */
  fitTo?: AnswerFit;
};

export type AnswerFit = { area: Area; box: Box };

export type CanvasController = {
  readonly cy: Core;
  readonly renderer: Renderer;
  setElements(elements: readonly CanvasElement[], positions?: Positions): { added: string[] };
  layout(name: LayoutName, options?: LayoutRunOptions): void;
  select(selection: Selection): void;
  setPinned(ids: readonly string[]): void;
  highlight(highlight: Highlight | null): void;
  focus(id: string): void;
  fit(): void;
  /** Zoom and pan as they are now. */
  viewport(): Viewport;
  /** Sets zoom and pan at once; while a layout runs, when it stops (in place of the fit it would do). */
  setViewport(viewport: Viewport): void;
  /** The parts of the canvas not covered by overlays (the legend, the example questions), measured now. */
  freeAreas(): Area[];
  positions(): Positions;
  /** Where a node is on screen (client coordinates), for a keyboard-opened context menu. */
  clientPosition(id: string): { x: number; y: number } | null;
  nodeCount(): number;
  edgeCount(): number;
  /** The node labels' text, for loading the glyphs they need. */
  labelText(): string;
  /** True when no layout, viewport animation or label redraw is running or waiting: the view is final. */
  settled(): boolean;
  /** The `request` of the last layout run (0 before any). */
  readonly lastRequest: number;
  destroy(): void;
};

/** How far out the user can zoom, unless a fit of a wider graph needed more. */
const MIN_ZOOM = 0.15;

/** Above this many elements the canvas switches to WebGL, hides edges while panning and lays out cheaply. */
export const LARGE_VIEW_ELEMENTS = 800;

/**
 * Large views draw less: a label is a texture to rasterise (WebGL uploads every one to its atlas), and two
 * thousand of them are unreadable at overview zoom anyway. Labels show on the hovered, selected or highlighted
 * elements only; no hover transitions.
 */
const LARGE_VIEW_STYLE: StylesheetJson = [
  { selector: 'node', style: { label: '', 'transition-duration': 0 } },
  { selector: 'edge', style: { label: '' } },
  { selector: 'node.hover, node:selected, node.hl', style: { label: 'data(label)' } },
  { selector: 'edge.hover, edge:selected, edge.hl', style: { label: 'data(label)' } },
];

export function createCanvas(
  container: HTMLElement,
  style: StylesheetJson,
  handlers: CanvasHandlers,
  options: CanvasOptions = {},
): CanvasController {
  register();
  const renderer: Renderer = options.renderer ?? 'canvas';
  const large = renderer === 'webgl';
  const fullStyle = large ? [...style, ...LARGE_VIEW_STYLE] : style;
  const cy = cytoscape({
    container,
    style: fullStyle,
    elements: [],
    // Positions come from our own layout runs; the default grid layout would run on an empty graph.
    layout: { name: 'preset' },
    minZoom: MIN_ZOOM,
    maxZoom: 3,
    boxSelectionEnabled: false,
    selectionType: 'single',
    // Large views: WebGL, and no edges or label redraws mid-gesture (a cached texture moves instead).
    ...(large ? { renderer: { name: 'canvas', webgl: true }, hideEdgesOnViewport: true, textureOnViewport: true } : {}),
  } as cytoscape.CytoscapeOptions);
  const labelFonts = watchLabelFonts(cy, fullStyle);

  // The canvas narrows when a side panel opens, with no window resize: Cytoscape must re-measure itself.
  const resizeObserver =
    typeof ResizeObserver !== 'undefined' ? new ResizeObserver(() => !cy.destroyed() && cy.resize()) : null;
  resizeObserver?.observe(container);

  bindCanvasEvents(cy, container, handlers);

  let current: Selection = null;
  let pendingFocus: string | null = null;
  let pendingViewport: Viewport | null = null;
  let lastRequest = options.request ?? 0;
  let animations = 0;
  let pinnedIds = new Set<string>();
  let currentHighlight: Highlight | null = null;

  /** Viewport animations are counted, so the canvas can say when the view is final. */
  function animateViewport(
    to: { zoom: number; pan?: cytoscape.Position; center?: { eles: cytoscape.Collection } },
    duration: number,
  ) {
    animations += 1;
    canvasChanged();
    cy.animate(to, {
      duration,
      complete: () => {
        animations -= 1;
        canvasChanged();
      },
    });
  }

  const viewSize = () => ({ width: cy.width(), height: cy.height(), minZoom: cy.minZoom() });

  /** The free parts of the canvas: overlays that mark themselves `data-canvas-obstacle` cover the rest. */
  function freeAreas(): Area[] {
    const obstacles = [...container.ownerDocument.querySelectorAll('[data-canvas-obstacle]')].map((el) =>
      el.getBoundingClientRect(),
    );
    // The container's own box, measured now: Cytoscape's cached size lags a panel's opening until it resizes.
    const canvas = container.getBoundingClientRect();
    return freeCanvasAreas(canvas, { width: canvas.width, height: canvas.height }, obstacles);
  }

  /** Set while the canvas shows an answer view: where its plan fits it. */
  let answerFit: AnswerFit | null = null;

  /** Fits the graph into the free part of the canvas (an answer view into the area its layout was planned for). */
  function fitView(animate: boolean) {
    const eles = cy.elements();
    if (eles.empty()) return;
    const to = answerFit
      ? fitViewport(viewSize(), answerFit.box, answerFit.area)
      : bestFitViewport(viewSize(), eles.boundingBox({ includeLabels: true }), freeAreas());
    // A fit shows everything: a graph too wide for the usual minimum zoom lowers it (and zooming out stays
    // possible as far as the fit went).
    cy.minZoom(Math.min(MIN_ZOOM, to.zoom));
    if (animate) animateViewport(to, 300);
    else cy.viewport(to);
  }

  function doFocus(id: string) {
    const el = cy.getElementById(id);
    if (el.empty()) return;
    if (answerFit) {
      // The answer is the picture: keep its zoom, and only bring the node back into the free area if it left it.
      const p = el.renderedPosition();
      const a = answerFit.area;
      if (p.x >= a.left && p.x <= a.right && p.y >= a.top && p.y <= a.bottom) return;
      const pan = cy.pan();
      const to = { x: pan.x + (a.left + a.right) / 2 - p.x, y: pan.y + (a.top + a.bottom) / 2 - p.y };
      animateViewport({ zoom: cy.zoom(), pan: to }, 350);
      return;
    }
    const eles = el.closedNeighborhood();
    const to = focusViewport(viewSize(), eles.boundingBox({ includeLabels: true }), el.position(), large);
    if ('pan' in to) animateViewport(to, 350);
    else animateViewport({ zoom: to.zoom, center: { eles } }, 350);
  }

  const layouts = createLayoutRunner(cy, large, {
    started() {
      handlers.onLayoutState?.(true);
      canvasChanged();
    },
    finished() {
      applyPinned(cy, pinnedIds);
      // A focus requested while the layout animated waited for it, or the two animations would fight.
      if (pendingViewport) cy.viewport(pendingViewport);
      else if (pendingFocus) doFocus(pendingFocus);
      else fitView(!large);
      pendingFocus = null;
      pendingViewport = null;
      handlers.onLayoutState?.(false);
      canvasChanged();
    },
  });

  const controller: CanvasController = {
    cy,
    renderer,
    get lastRequest() {
      return lastRequest;
    },
    setElements(elements, positions) {
      const diff = diffElements(
        { nodes: cy.nodes().map((n) => n.id()), edges: cy.edges().map((e) => e.id()) },
        elements,
        positions,
      );
      // Removing nodes mid-animation can leave a layout's animations unresolved, and then layoutstop never
      // comes: stop that run first and finish it here.
      if (layouts.running() && diff.removedNodes.length > 0) layouts.interrupt();
      // Leaving an answer view (its elements carry the `answer` classes) ends fitting to its plan.
      if (answerFit && !elements.some((e) => e.classes.split(' ').some((c) => c.startsWith('answer'))))
        answerFit = null;
      cy.batch(() => {
        const removed = new Set([...diff.removedNodes, ...diff.removedEdges]);
        // Cytoscape keys its animation pool by id: a node removed mid-animation (a style transition or a layout)
        // stays pooled until that animation ends, and a node re-added with its id meanwhile (undo) is never
        // animated, so its layout never stops. Clearing the animations first lets the pool drop it.
        cy.elements()
          .filter((el) => removed.has(el.id()))
          .stop(true)
          .remove();
        for (const def of diff.updates) {
          const el = cy.getElementById(String(def.data.id));
          el.data(def.data);
          // Keep interaction classes; replace the data-derived ones.
          el.classes(mergedClasses(def.classes, (c) => el.hasClass(c)));
        }
        // One add call: thousands of single adds are slow.
        if (diff.adds.length > 0) cy.add(diff.adds);
      });
      applySelection(cy, current);
      applyPinned(cy, pinnedIds);
      applyHighlight(cy, currentHighlight);
      if (!large) labelFonts.load(elements.map((e) => String(e.data.label ?? '')));
      canvasChanged();
      return { added: diff.added };
    },
    layout(name, options = {}) {
      if (options.request !== undefined) lastRequest = options.request;
      answerFit = options.fitTo ?? null;
      if (cy.nodes().empty()) return;
      if (options.pinned) pinnedIds = new Set(options.pinned);
      const preset = options.preset ?? forcedPositions();
      layouts.run(name, preset ? { ...options, preset } : options);
    },
    select(selection) {
      current = selection;
      applySelection(cy, selection);
    },
    setPinned(ids) {
      pinnedIds = new Set(ids);
      // While a layout runs, newcomers stay free until it stops (layoutstop applies the pins).
      if (!layouts.running()) applyPinned(cy, pinnedIds);
    },
    highlight(h) {
      currentHighlight = h;
      applyHighlight(cy, h);
    },
    focus(id) {
      if (layouts.running()) pendingFocus = id;
      else doFocus(id);
    },
    fit() {
      fitView(!large);
    },
    viewport() {
      const pan = cy.pan();
      return { zoom: cy.zoom(), pan: { x: pan.x, y: pan.y } };
    },
    setViewport(viewport) {
      if (layouts.running()) pendingViewport = viewport;
      else {
        cy.viewport(viewport);
        canvasChanged();
      }
    },
    freeAreas,
    positions() {
      const out: Positions = {};
      cy.nodes().forEach((n) => {
        const p = n.position();
        out[n.id()] = { x: Math.round(p.x * 100) / 100, y: Math.round(p.y * 100) / 100 };
      });
      return out;
    },
    clientPosition(id) {
      const n = cy.getElementById(id);
      if (n.empty()) return null;
      const rect = container.getBoundingClientRect();
      const p = n.renderedPosition();
      return { x: rect.left + p.x, y: rect.top + p.y };
    },
    nodeCount: () => cy.nodes().length,
    edgeCount: () => cy.edges().length,
    labelText: () =>
      cy
        .nodes()
        .map((n) => String(n.data('label') ?? ''))
        .join(''),
    settled: () => !layouts.running() && animations === 0 && !labelFonts.pending() && !cy.animated(),
    destroy() {
      resizeObserver?.disconnect();
      labelFonts.stop();
      unregisterCanvas(controller);
      cy.destroy();
    },
  };
  registerCanvas(controller);
  return controller;
}

/** The only module that touches the Cytoscape instance: create, sync elements, lay out, select, and report events. */
import cytoscape, { type Core, type ElementDefinition, type NodeCollection } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import dagre from 'cytoscape-dagre';
import type { StylesheetJson } from 'cytoscape';
import {
  FONT_FAMILY,
  type CanvasElement,
  type Highlight,
  type LayoutName,
  type RankDir,
  type Selection,
} from '../graph/index.ts';
import { layoutOptions, withSeededRandom } from './layouts.ts';
import { canvasChanged, registerCanvas, unregisterCanvas } from './registry.ts';

let registered = false;
function register() {
  if (registered) return;
  cytoscape.use(fcose);
  cytoscape.use(dagre);
  registered = true;
}

export type CanvasHandlers = {
  onSelect(selection: Selection): void;
  onExpand(nodeId: string): void;
  /** Right-click on a node; x/y in viewport (client) coordinates. */
  onContextMenu?(nodeId: string, x: number, y: number): void;
  /** A layout started or finished (the canvas reports it as data-layout-busy). */
  onLayoutState?(running: boolean): void;
};

export type Renderer = 'canvas' | 'webgl';

export type CanvasOptions = {
  /** WebGL draws thousands of elements at interactive rates; chosen above LARGE_VIEW_ELEMENTS. */
  renderer?: Renderer;
  /** The layout request the canvas starts as having answered (see LayoutRunOptions.request). */
  request?: number;
};

export type Positions = Record<string, { x: number; y: number }>;

export type LayoutRunOptions = {
  added?: string[];
  around?: string | null;
  animate?: boolean;
  rankDir?: RankDir;
  /** Pinned nodes: locked before the run so the layout leaves them where they are (newcomers excepted). */
  pinned?: readonly string[];
  /** The store's layout request this run answers (the test hooks compare it with the latest one). */
  request?: number;
};

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
const LAYOUT_SEED = 20211231;
const MAX_FIT_ZOOM = 1.25;
/** Below this zoom, 11px labels are too small to read. */
const MIN_FOCUS_ZOOM = 0.75;

/**
 * Canvas text does not make the browser fetch a web font, and Noto Sans SC is split into unicode-range subsets:
 * load the subsets the labels need. Returns whether anything had to be loaded.
 */
async function loadLabelFonts(text: string): Promise<boolean> {
  const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
  if (!fonts || text.length === 0) return false;
  const specs = ['11px "Noto Sans SC"', 'bold 12px "Noto Sans SC"'];
  if (specs.every((f) => fonts.check(f, text))) return false;
  await Promise.all(specs.map((f) => fonts.load(f, text)));
  return true;
}

export function createCanvas(
  container: HTMLElement,
  style: StylesheetJson,
  handlers: CanvasHandlers,
  options: CanvasOptions = {},
): CanvasController {
  register();
  const renderer: Renderer = options.renderer ?? 'canvas';
  const large = renderer === 'webgl';
  let fontVersion = 0;
  /**
   * Cytoscape caches label textures by text and style, so a label first drawn with a fallback font (its
   * subset still loading) keeps it. A new, harmless font-family suffix changes the cache key: labels redraw.
   */
  const refreshLabels = () => {
    if (cy.destroyed()) return;
    fontVersion += 1;
    cy.style([
      ...style,
      ...(large ? LARGE_VIEW_STYLE : []),
      { selector: 'node, edge', style: { 'font-family': `${FONT_FAMILY}, "pg-refresh-${fontVersion}"` } },
    ]);
  };
  // One redraw once the fonts being loaded are all in (loadingdone comes once per batch of faces).
  let refreshPending = false;
  const scheduleRefresh = () => {
    if (refreshPending) return;
    refreshPending = true;
    canvasChanged();
    const done = () => {
      refreshPending = false;
      refreshLabels();
      canvasChanged();
    };
    if (fonts) void fonts.ready.then(done, done);
    else done();
  };
  const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
  fonts?.addEventListener?.('loadingdone', scheduleRefresh);
  const cy = cytoscape({
    container,
    style: large ? [...style, ...LARGE_VIEW_STYLE] : style,
    elements: [],
    // Positions come from our own layout runs; the default grid layout would run on an empty graph.
    layout: { name: 'preset' },
    minZoom: 0.15,
    maxZoom: 3,
    boxSelectionEnabled: false,
    selectionType: 'single',
    // Large views: WebGL, and no edges or label redraws mid-gesture (a cached texture moves instead).
    ...(large ? { renderer: { name: 'canvas', webgl: true }, hideEdgesOnViewport: true, textureOnViewport: true } : {}),
  } as cytoscape.CytoscapeOptions);

  // The canvas narrows when a side panel opens, with no window resize: Cytoscape must re-measure itself.
  const resizeObserver =
    typeof ResizeObserver !== 'undefined' ? new ResizeObserver(() => !cy.destroyed() && cy.resize()) : null;
  resizeObserver?.observe(container);

  cy.on('tap', 'node', (e) => handlers.onSelect({ kind: 'node', id: e.target.id() }));
  cy.on('tap', 'edge', (e) => handlers.onSelect({ kind: 'edge', id: e.target.id() }));
  cy.on('tap', (e) => {
    if (e.target === cy) handlers.onSelect(null);
  });
  cy.on('dbltap', 'node', (e) => handlers.onExpand(e.target.id()));
  cy.on('cxttap', 'node', (e) => {
    const ev = e.originalEvent as MouseEvent | undefined;
    const rect = container.getBoundingClientRect();
    const x = ev?.clientX ?? rect.left + e.renderedPosition.x;
    const y = ev?.clientY ?? rect.top + e.renderedPosition.y;
    handlers.onSelect({ kind: 'node', id: e.target.id() });
    handlers.onContextMenu?.(e.target.id(), x, y);
  });
  cy.on('mouseover', 'node, edge', (e) => {
    e.target.addClass('hover');
    if (e.target.isNode()) e.target.connectedEdges().addClass('hover');
    container.style.cursor = 'pointer';
  });
  cy.on('mouseout', 'node, edge', (e) => {
    e.target.removeClass('hover');
    if (e.target.isNode()) e.target.connectedEdges().removeClass('hover');
    container.style.cursor = '';
  });

  let current: Selection = null;
  let layoutRunning = false;
  let layoutRun = 0;
  let previousLayout: cytoscape.Layouts | null = null;
  let pendingFocus: string | null = null;
  let lastRequest = options.request ?? 0;
  let animations = 0;

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

  /** Fits the graph, but never zooms in past MAX_FIT_ZOOM: a handful of nodes should not fill the screen. */
  function fitView(animate: boolean) {
    const eles = cy.elements();
    if (eles.empty()) return;
    const bb = eles.boundingBox({ includeLabels: true });
    const pad = 56;
    const zoom = Math.max(
      cy.minZoom(),
      Math.min(MAX_FIT_ZOOM, (cy.width() - 2 * pad) / Math.max(bb.w, 1), (cy.height() - 2 * pad) / Math.max(bb.h, 1)),
    );
    const pan = { x: cy.width() / 2 - zoom * (bb.x1 + bb.w / 2), y: cy.height() / 2 - zoom * (bb.y1 + bb.h / 2) };
    if (animate) animateViewport({ zoom, pan }, 300);
    else cy.viewport({ zoom, pan });
  }

  /**
   * Brings a node and its neighbours into view, without zooming in further than is comfortable to read. When the
   * neighbourhood is too spread out to fit at a readable zoom (a hub, a trace root), centres the node itself at
   * that zoom instead: its labels and its nearest neighbours stay legible.
   */
  function doFocus(id: string) {
    const el = cy.getElementById(id);
    if (el.empty()) return;
    const eles = el.closedNeighborhood();
    const bb = eles.boundingBox({ includeLabels: true });
    const pad = 80;
    const zoom = Math.min(
      MAX_FIT_ZOOM,
      (cy.width() - 2 * pad) / Math.max(bb.w, 1),
      (cy.height() - 2 * pad) / Math.max(bb.h, 1),
    );
    if (zoom < MIN_FOCUS_ZOOM && !large) {
      // A third of the way from the node to its neighbourhood's centre: the node, and the side its neighbours
      // lie on.
      const p = el.position();
      const x = (2 * p.x + bb.x1 + bb.w / 2) / 3;
      const y = (2 * p.y + bb.y1 + bb.h / 2) / 3;
      const pan = { x: cy.width() / 2 - MIN_FOCUS_ZOOM * x, y: cy.height() / 2 - MIN_FOCUS_ZOOM * y };
      animateViewport({ zoom: MIN_FOCUS_ZOOM, pan }, 350);
    } else animateViewport({ zoom: Math.max(zoom, cy.minZoom()), center: { eles } }, 350);
  }

  function applySelection(selection: Selection) {
    current = selection;
    cy.batch(() => {
      cy.elements().unselect().removeClass('faded incident');
      if (!selection) return;
      const el = cy.getElementById(selection.id);
      if (el.empty()) return;
      el.select();
      const keep = selection.kind === 'node' ? el.closedNeighborhood() : el.union(el.connectedNodes());
      cy.elements().not(keep).addClass('faded');
      keep.edges().addClass('incident');
    });
  }

  /** New nodes start next to a placed neighbour (or the expanded node) so an incremental layout moves little. */
  function placeNew(added: NodeCollection, around: string | null) {
    const anchor = around ? cy.getElementById(around) : null;
    const count = added.length;
    added.forEach((n, i) => {
      const placed = n.neighborhood('node').filter((m) => !added.contains(m)) as NodeCollection;
      const base =
        anchor && anchor.nonempty()
          ? anchor.position()
          : placed.nonempty()
            ? placed.first().position()
            : { x: 0, y: 0 };
      const angle = (2 * Math.PI * i) / Math.max(count, 1);
      const r = 80 + 6 * Math.sqrt(count);
      n.position({ x: base.x + r * Math.cos(angle), y: base.y + r * Math.sin(angle) });
    });
  }

  let pinnedIds = new Set<string>();
  let currentHighlight: Highlight | null = null;

  function applyPinned() {
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        const pin = pinnedIds.has(n.id());
        if (pin && !n.locked()) n.lock();
        if (!pin && n.locked()) n.unlock();
        n.toggleClass('pinned', pin);
      });
    });
  }

  function applyHighlight() {
    const h = currentHighlight;
    cy.batch(() => {
      cy.elements().removeClass('hl hl-out hl-root hl-keep');
      if (!h) return;
      const ids = new Set([...h.nodeIds, ...h.edgeIds]);
      const keep = new Set(h.keep ?? []);
      cy.elements().forEach((el) => {
        el.addClass(ids.has(el.id()) ? 'hl' : keep.has(el.id()) ? 'hl-keep' : 'hl-out');
      });
      if (h.root) cy.getElementById(h.root).addClass('hl-root');
    });
  }

  /** Ends the running layout's run as if it had stopped (see setElements). */
  let finishRunning: (() => void) | null = null;

  const controller: CanvasController = {
    cy,
    renderer,
    get lastRequest() {
      return lastRequest;
    },
    setElements(elements, positions) {
      const want = new Map(elements.map((e) => [String(e.data.id), e]));
      const added: string[] = [];
      // Removing nodes mid-animation can leave a layout's animations unresolved, and then layoutstop never
      // comes: stop that run first and finish it here.
      if (
        layoutRunning &&
        cy
          .nodes()
          .filter((n) => !want.has(n.id()))
          .nonempty()
      ) {
        previousLayout?.stop();
        finishRunning?.();
      }
      cy.batch(() => {
        cy.elements()
          .filter((el) => !want.has(el.id()))
          .remove();
        // Nodes before edges: an edge needs its ends.
        const ordered = [...elements].sort((a, b) => (a.group === b.group ? 0 : a.group === 'nodes' ? -1 : 1));
        const adds: ElementDefinition[] = [];
        for (const def of ordered) {
          const el = cy.getElementById(String(def.data.id));
          if (el.nonempty()) {
            el.data(def.data);
            // Keep interaction classes; replace the data-derived ones.
            const transient = ['hover', 'faded', 'incident', 'pinned', 'hl', 'hl-out', 'hl-root', 'hl-keep'].filter(
              (c) => el.hasClass(c),
            );
            el.classes([
              ...String(def.classes ?? '')
                .split(' ')
                .filter(Boolean),
              ...transient,
            ]);
          } else {
            const pos = def.group === 'nodes' ? positions?.[String(def.data.id)] : undefined;
            adds.push(pos ? { ...def, position: pos } : def);
            if (def.group === 'nodes' && !pos) added.push(String(def.data.id));
          }
        }
        // One add call: thousands of single adds are slow.
        if (adds.length > 0) cy.add(adds);
      });
      applySelection(current);
      applyPinned();
      applyHighlight();
      if (!large) {
        const text = [...new Set(elements.map((e) => String(e.data.label ?? '')).join(''))].join('');
        loadLabelFonts(text)
          .then((loaded) => loaded && scheduleRefresh())
          .catch(() => {});
      }
      canvasChanged();
      return { added };
    },
    layout(name, options = {}) {
      if (options.request !== undefined) lastRequest = options.request;
      const nodes = cy.nodes();
      if (nodes.empty()) return;
      const addedSet = new Set(options.added ?? []);
      const added = cy.nodes().filter((n) => addedSet.has(n.id()));
      // Refine in place when most of the graph already has a layout; otherwise lay out from scratch.
      const incremental = name === 'fcose' && added.nonempty() && added.length < nodes.length;
      if (options.pinned) pinnedIds = new Set(options.pinned);
      // Newcomers have no place to keep yet: pinned or not, the layout places them, then they are locked.
      added.forEach((n) => {
        if (n.locked()) n.unlock();
      });
      if (incremental) placeNew(added, options.around ?? null);
      const opts = layoutOptions(name, {
        randomize: !incremental,
        animate: (options.animate ?? true) && !large,
        rankDir: options.rankDir,
        large,
      });
      // Only the latest run finishes the job: an older run's layoutstop (or its fallback) is ignored.
      const run = ++layoutRun;
      previousLayout?.stop();
      const layout = cy.layout(opts);
      previousLayout = layout;
      layoutRunning = true;
      handlers.onLayoutState?.(true);
      canvasChanged();
      let finished = false;
      const finish = () => {
        if (finished || run !== layoutRun || cy.destroyed()) return;
        finished = true;
        finishRunning = null;
        layoutRunning = false;
        applyPinned();
        // A focus requested while the layout animated waited for it, or the two animations would fight.
        if (pendingFocus) doFocus(pendingFocus);
        else fitView(!large);
        pendingFocus = null;
        handlers.onLayoutState?.(false);
        canvasChanged();
      };
      finishRunning = finish;
      layout.one('layoutstop', finish);
      withSeededRandom(LAYOUT_SEED, () => layout.run());
    },
    select: applySelection,
    setPinned(ids) {
      pinnedIds = new Set(ids);
      // While a layout runs, newcomers stay free until it stops (layoutstop applies the pins).
      if (!layoutRunning) applyPinned();
    },
    highlight(h) {
      currentHighlight = h;
      applyHighlight();
    },
    focus(id) {
      if (layoutRunning) pendingFocus = id;
      else doFocus(id);
    },
    fit() {
      fitView(!large);
    },
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
    settled: () => !layoutRunning && animations === 0 && !refreshPending && !cy.animated(),
    destroy() {
      resizeObserver?.disconnect();
      fonts?.removeEventListener?.('loadingdone', scheduleRefresh);
      unregisterCanvas(controller);
      cy.destroy();
    },
  };
  registerCanvas(controller);
  return controller;
}

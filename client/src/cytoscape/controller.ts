/** The only module that touches the Cytoscape instance: create, sync elements, lay out, select, and report events. */
import cytoscape, { type Core, type ElementDefinition, type NodeCollection } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import dagre from 'cytoscape-dagre';
import type { StylesheetJson } from 'cytoscape';
import { FONT_FAMILY } from '../graph/index.ts';
import type { LayoutName, Selection } from '../store/index.ts';
import { layoutOptions, withSeededRandom } from './layouts.ts';

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
};

export type CanvasController = {
  readonly cy: Core;
  setElements(elements: ElementDefinition[]): { added: string[] };
  layout(name: LayoutName, options?: { added?: string[]; around?: string | null; animate?: boolean }): void;
  select(selection: Selection): void;
  focus(id: string): void;
  fit(): void;
  destroy(): void;
};

const LAYOUT_SEED = 20211231;
const MAX_FIT_ZOOM = 1.25;

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
): CanvasController {
  register();
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
      { selector: 'node, edge', style: { 'font-family': `${FONT_FAMILY}, "pg-refresh-${fontVersion}"` } },
    ]);
  };
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  const scheduleRefresh = () => {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(refreshLabels, 120);
  };
  const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
  fonts?.addEventListener?.('loadingdone', scheduleRefresh);
  const cy = cytoscape({
    container,
    style,
    elements: [],
    // Positions come from our own layout runs; the default grid layout would run on an empty graph.
    layout: { name: 'preset' },
    minZoom: 0.15,
    maxZoom: 3,
    boxSelectionEnabled: false,
    selectionType: 'single',
  });

  cy.on('tap', 'node', (e) => handlers.onSelect({ kind: 'node', id: e.target.id() }));
  cy.on('tap', 'edge', (e) => handlers.onSelect({ kind: 'edge', id: e.target.id() }));
  cy.on('tap', (e) => {
    if (e.target === cy) handlers.onSelect(null);
  });
  cy.on('dbltap', 'node', (e) => handlers.onExpand(e.target.id()));
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
  let pendingFocus: string | null = null;

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
    if (animate) cy.animate({ zoom, pan }, { duration: 300 });
    else cy.viewport({ zoom, pan });
  }

  /** Brings a node and its neighbours into view, without zooming in further than is comfortable to read. */
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
    cy.animate({ zoom: Math.max(zoom, cy.minZoom()), center: { eles } }, { duration: 350 });
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

  return {
    cy,
    setElements(elements) {
      const want = new Map(elements.map((e) => [String(e.data.id), e]));
      const added: string[] = [];
      cy.batch(() => {
        cy.elements()
          .filter((el) => !want.has(el.id()))
          .remove();
        // Nodes before edges: an edge needs its ends.
        const ordered = [...elements].sort((a, b) => (a.group === b.group ? 0 : a.group === 'nodes' ? -1 : 1));
        for (const def of ordered) {
          const el = cy.getElementById(String(def.data.id));
          if (el.nonempty()) {
            el.data(def.data);
            // Keep interaction classes; replace the data-derived ones.
            const transient = ['hover', 'faded', 'incident'].filter((c) => el.hasClass(c));
            el.classes([
              ...String(def.classes ?? '')
                .split(' ')
                .filter(Boolean),
              ...transient,
            ]);
          } else {
            cy.add(def);
            if (def.group === 'nodes') added.push(String(def.data.id));
          }
        }
      });
      applySelection(current);
      const text = [...new Set(elements.map((e) => String(e.data.label ?? '')).join(''))].join('');
      loadLabelFonts(text)
        .then((loaded) => loaded && scheduleRefresh())
        .catch(() => {});
      return { added };
    },
    layout(name, options = {}) {
      const nodes = cy.nodes();
      if (nodes.empty()) return;
      const added = cy.nodes().filter((n) => options.added?.includes(n.id()) ?? false);
      // Refine in place when most of the graph already has a layout; otherwise lay out from scratch.
      const incremental = name === 'fcose' && added.nonempty() && added.length < nodes.length;
      if (incremental) placeNew(added, options.around ?? null);
      const opts = layoutOptions(name, { randomize: !incremental, animate: options.animate ?? true });
      const layout = cy.layout(opts);
      layoutRunning = true;
      // A focus requested while the layout animates waits for it, or the two animations fight.
      layout.one('layoutstop', () => {
        layoutRunning = false;
        if (pendingFocus) doFocus(pendingFocus);
        else fitView(true);
        pendingFocus = null;
      });
      withSeededRandom(LAYOUT_SEED, () => layout.run());
    },
    select: applySelection,
    focus(id) {
      if (layoutRunning) pendingFocus = id;
      else doFocus(id);
    },
    fit() {
      fitView(true);
    },
    destroy() {
      clearTimeout(refreshTimer);
      fonts?.removeEventListener?.('loadingdone', scheduleRefresh);
      cy.destroy();
    },
  };
}

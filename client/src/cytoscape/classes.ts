/** The interaction classes on the canvas: selection (with fading), pins and the highlighted path or trace. */
import type { Core } from 'cytoscape';
import type { Highlight, Selection } from '../graph/index.ts';

/** Classes set by interaction, not by the data: kept when an element's data is replaced (see diff.ts). */
export const TRANSIENT_CLASSES = ['hover', 'faded', 'incident', 'pinned', 'hl', 'hl-out', 'hl-root', 'hl-keep'];

/**
 * Selects an element and fades everything that is not it or its neighbourhood — except in an answer view (its
 * elements carry the `answer` classes), where the whole answer is the picture and nothing fades.
 */
export function applySelection(cy: Core, selection: Selection) {
  cy.batch(() => {
    cy.elements().unselect().removeClass('faded incident');
    if (!selection) return;
    const el = cy.getElementById(selection.id);
    if (el.empty()) return;
    el.select();
    const keep = selection.kind === 'node' ? el.closedNeighborhood() : el.union(el.connectedNodes());
    keep.edges().addClass('incident');
    if (!el.hasClass('answer') && !el.hasClass('answer-edge')) cy.elements().not(keep).addClass('faded');
  });
}

/** Pinned nodes are locked (layouts leave them in place) and marked. */
export function applyPinned(cy: Core, pinnedIds: ReadonlySet<string>) {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const pin = pinnedIds.has(n.id());
      if (pin && !n.locked()) n.lock();
      if (!pin && n.locked()) n.unlock();
      n.toggleClass('pinned', pin);
    });
  });
}

export function applyHighlight(cy: Core, h: Highlight | null) {
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

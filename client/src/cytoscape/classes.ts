/** The interaction classes on the canvas: selection (with fading), pins and the highlighted path or trace. */
import type { CollectionArgument, Core } from 'cytoscape';
import type { Highlight, Selection } from '../graph/index.ts';

/** Classes set by interaction, not by the data: kept when an element's data is replaced (see diff.ts). */
export const TRANSIENT_CLASSES = ['hover', 'faded', 'incident', 'pinned', 'hl', 'hl-out', 'hl-root', 'hl-keep'];

/**
 * Gives `cls` to exactly the elements of `want` (null: to none), touching only those whose class changes.
 * Cytoscape restyles every element it is asked to add or remove a class from, whether it had it or not: on a view of
 * thousands, clearing a class nobody has would restyle them all before the next frame.
 */
export function setClass(cy: Core, cls: string, want: CollectionArgument | null): void {
  const has = cy.elements(`.${cls}`);
  if (!want) {
    if (has.nonempty()) has.removeClass(cls);
    return;
  }
  const drop = has.difference(want);
  const add = want.difference(has);
  if (drop.nonempty()) drop.removeClass(cls);
  if (add.nonempty()) add.addClass(cls);
}

/**
 * Selects an element and fades everything that is not it or its neighbourhood — except in an answer view (its
 * elements carry the `answer` classes), where the whole answer is the picture and nothing fades.
 */
export function applySelection(cy: Core, selection: Selection) {
  cy.batch(() => {
    const el = selection ? cy.getElementById(selection.id) : cy.collection();
    if (el.empty()) {
      cy.$(':selected').unselect();
      setClass(cy, 'faded', null);
      setClass(cy, 'incident', null);
      return;
    }
    cy.$(':selected').difference(el).unselect();
    if (!el.selected()) el.select();
    const keep = selection!.kind === 'node' ? el.closedNeighborhood() : el.union(el.connectedNodes());
    setClass(cy, 'incident', keep.edges());
    const answer = el.hasClass('answer') || el.hasClass('answer-edge');
    setClass(cy, 'faded', answer ? null : cy.elements().difference(keep));
  });
}

/** Pinned nodes are locked (layouts leave them in place) and marked. */
export function applyPinned(cy: Core, pinnedIds: ReadonlySet<string>) {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const pin = pinnedIds.has(n.id());
      if (pin && !n.locked()) n.lock();
      if (!pin && n.locked()) n.unlock();
      if (n.hasClass('pinned') !== pin) n.toggleClass('pinned', pin);
    });
  });
}

export function applyHighlight(cy: Core, h: Highlight | null) {
  cy.batch(() => {
    if (!h) {
      for (const cls of ['hl', 'hl-out', 'hl-root', 'hl-keep']) setClass(cy, cls, null);
      return;
    }
    const ids = new Set([...h.nodeIds, ...h.edgeIds]);
    const keep = new Set(h.keep ?? []);
    const all = cy.elements();
    const lit = all.filter((el) => ids.has(el.id()));
    const kept = all.filter((el) => !ids.has(el.id()) && keep.has(el.id()));
    setClass(cy, 'hl', lit);
    setClass(cy, 'hl-keep', kept);
    setClass(cy, 'hl-out', all.difference(lit).difference(kept));
    setClass(cy, 'hl-root', h.root ? cy.getElementById(h.root) : null);
  });
}

import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { applyHighlight, applyPinned, applySelection } from './classes.ts';

/** A chain a – b – c, drawn as an answer view or as an ordinary graph. */
function chain(answer: boolean) {
  const node = answer ? 'answer' : '';
  const edge = answer ? 'answer-edge' : '';
  return cytoscape({
    headless: true,
    elements: [
      { group: 'nodes', data: { id: 'a' }, classes: node },
      { group: 'nodes', data: { id: 'b' }, classes: node },
      { group: 'nodes', data: { id: 'c' }, classes: node },
      { group: 'edges', data: { id: 'ab', source: 'a', target: 'b' }, classes: edge },
      { group: 'edges', data: { id: 'bc', source: 'b', target: 'c' }, classes: edge },
    ],
  });
}

describe('applySelection', () => {
  it('fades what is not next to the selected node in an ordinary view', () => {
    const cy = chain(false);
    applySelection(cy, { kind: 'node', id: 'a' });
    expect(cy.getElementById('a').selected()).toBe(true);
    expect(cy.$('.faded').map((e) => e.id())).toEqual(['c', 'bc']);
    expect(cy.getElementById('ab').hasClass('incident')).toBe(true);
  });

  it('fades nothing in an answer view: the whole answer is the picture', () => {
    const cy = chain(true);
    applySelection(cy, { kind: 'node', id: 'a' });
    expect(cy.getElementById('a').selected()).toBe(true);
    expect(cy.$('.faded').length).toBe(0);
    expect(cy.getElementById('ab').hasClass('incident')).toBe(true);
    applySelection(cy, { kind: 'edge', id: 'bc' });
    expect(cy.$('.faded').length).toBe(0);
  });
});

/** a – b – c – d, headless: the classes are checked on the model, no drawing needed. */
function line(): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...['a', 'b', 'c', 'd'].map((id) => ({ data: { id } })),
      { data: { id: 'a-b', source: 'a', target: 'b' } },
      { data: { id: 'b-c', source: 'b', target: 'c' } },
      { data: { id: 'c-d', source: 'c', target: 'd' } },
    ],
  });
}

const withClass = (cy: Core, cls: string) =>
  cy
    .elements(`.${cls}`)
    .map((el) => el.id())
    .sort();

/** How many elements changed class (and so are restyled) while `fn` ran. */
function classChanges(cy: Core, fn: () => void): number {
  let changed = 0;
  const count = () => void (changed += 1);
  cy.on('class', count);
  fn();
  cy.off('class', count);
  return changed;
}

describe('applySelection on a line a – b – c – d', () => {
  it('selects the node, fades what is not its neighbourhood and marks its edges', () => {
    const cy = line();
    applySelection(cy, { kind: 'node', id: 'b' });
    expect(cy.$(':selected').map((el) => el.id())).toEqual(['b']);
    expect(withClass(cy, 'faded')).toEqual(['c-d', 'd']);
    expect(withClass(cy, 'incident')).toEqual(['a-b', 'b-c']);
    applySelection(cy, { kind: 'edge', id: 'c-d' });
    expect(cy.$(':selected').map((el) => el.id())).toEqual(['c-d']);
    expect(withClass(cy, 'faded')).toEqual(['a', 'a-b', 'b', 'b-c']);
    applySelection(cy, null);
    expect(cy.$(':selected').length).toBe(0);
    expect(withClass(cy, 'faded')).toEqual([]);
    expect(withClass(cy, 'incident')).toEqual([]);
  });

  it('restyles only the elements whose classes change: none when nothing does', () => {
    const cy = line();
    expect(classChanges(cy, () => applySelection(cy, null))).toBe(0);
    applySelection(cy, { kind: 'node', id: 'b' });
    expect(classChanges(cy, () => applySelection(cy, { kind: 'node', id: 'b' }))).toBe(0);
    // From b's neighbourhood to c's: d and c-d stop fading, a and a-b start; the incident edges change likewise.
    expect(classChanges(cy, () => applySelection(cy, { kind: 'node', id: 'c' }))).toBe(6);
  });
});

describe('applyPinned', () => {
  it('locks and marks the pinned nodes only, and touches nothing when the pins are unchanged', () => {
    const cy = line();
    applyPinned(cy, new Set(['a', 'c']));
    expect(withClass(cy, 'pinned')).toEqual(['a', 'c']);
    expect(cy.nodes(':locked').map((n) => n.id())).toEqual(['a', 'c']);
    expect(classChanges(cy, () => applyPinned(cy, new Set(['a', 'c'])))).toBe(0);
    applyPinned(cy, new Set(['c']));
    expect(withClass(cy, 'pinned')).toEqual(['c']);
    expect(cy.nodes(':locked').map((n) => n.id())).toEqual(['c']);
  });
});

describe('applyHighlight', () => {
  it('marks the highlighted, the kept and the rest, and the root; clearing removes every mark', () => {
    const cy = line();
    const h = { nodeIds: ['a', 'b'], edgeIds: ['a-b'], keep: ['c'], root: 'a' };
    applyHighlight(cy, h);
    expect(withClass(cy, 'hl')).toEqual(['a', 'a-b', 'b']);
    expect(withClass(cy, 'hl-keep')).toEqual(['c']);
    expect(withClass(cy, 'hl-out')).toEqual(['b-c', 'c-d', 'd']);
    expect(withClass(cy, 'hl-root')).toEqual(['a']);
    expect(classChanges(cy, () => applyHighlight(cy, h))).toBe(0);
    applyHighlight(cy, null);
    for (const cls of ['hl', 'hl-keep', 'hl-out', 'hl-root']) expect(withClass(cy, cls)).toEqual([]);
    expect(classChanges(cy, () => applyHighlight(cy, null))).toBe(0);
  });
});

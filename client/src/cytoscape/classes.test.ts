import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { applySelection } from './classes.ts';

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

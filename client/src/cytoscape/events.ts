/** The canvas's pointer events, reported through the handlers: select, expand, context menu, hover. */
import type { Core, EventObject, SingularElementArgument } from 'cytoscape';
import type { Selection } from '../graph/index.ts';

export type CanvasHandlers = {
  onSelect(selection: Selection): void;
  onExpand(nodeId: string): void;
  /** Right-click on a node; x/y in viewport (client) coordinates. */
  onContextMenu?(nodeId: string, x: number, y: number): void;
  /** A layout started or finished (the canvas reports it as data-layout-busy). */
  onLayoutState?(running: boolean): void;
};

/** Cytoscape types an event's target as `any`; on the selectors below it is always one node or edge. */
const element = (e: EventObject) => e.target as SingularElementArgument;

export function bindCanvasEvents(cy: Core, container: HTMLElement, handlers: CanvasHandlers) {
  cy.on('tap', 'node', (e) => handlers.onSelect({ kind: 'node', id: element(e).id() }));
  cy.on('tap', 'edge', (e) => handlers.onSelect({ kind: 'edge', id: element(e).id() }));
  cy.on('tap', (e) => {
    if (e.target === cy) handlers.onSelect(null);
  });
  cy.on('dbltap', 'node', (e) => handlers.onExpand(element(e).id()));
  cy.on('cxttap', 'node', (e) => {
    const ev = e.originalEvent as MouseEvent | undefined;
    const rect = container.getBoundingClientRect();
    const x = ev?.clientX ?? rect.left + e.renderedPosition.x;
    const y = ev?.clientY ?? rect.top + e.renderedPosition.y;
    handlers.onSelect({ kind: 'node', id: element(e).id() });
    handlers.onContextMenu?.(element(e).id(), x, y);
  });
  cy.on('mouseover', 'node, edge', (e) => {
    const el = element(e);
    el.addClass('hover');
    if (el.isNode()) el.connectedEdges().addClass('hover');
    container.style.cursor = 'pointer';
  });
  cy.on('mouseout', 'node, edge', (e) => {
    const el = element(e);
    el.removeClass('hover');
    if (el.isNode()) el.connectedEdges().removeClass('hover');
    container.style.cursor = '';
  });
}

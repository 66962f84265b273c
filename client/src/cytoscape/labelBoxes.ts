/**
 * The node labels Cytoscape draws, in CSS px of the page: for the test hook `labelBoxes()` and the benchmarks.
 * A label counts when it has text, is not transparent, is drawn at this zoom (Cytoscape skips labels below
 * `min-zoomed-font-size`) and lies at least partly inside the visible canvas.
 */
import type { Core } from 'cytoscape';
import type { LabelBox } from '../graph/answer/index.ts';

export function drawnLabelBoxes(cy: Core): LabelBox[] {
  const container = cy.container();
  if (!container) return [];
  const rect = container.getBoundingClientRect();
  const zoom = cy.zoom();
  const pan = cy.pan();
  const out: LabelBox[] = [];
  cy.nodes().forEach((node) => {
    if (!node.visible()) return;
    const text = String(node.style('label') ?? '');
    if (!text.trim()) return;
    if (node.numericStyle('text-opacity') === 0 || node.effectiveOpacity() === 0) return;
    const fontPx = node.numericStyle('font-size') * zoom;
    if (fontPx < (node.numericStyle('min-zoomed-font-size') || 0)) return;
    const bb = node.boundingBox({
      includeNodes: false,
      includeEdges: false,
      includeLabels: true,
      includeOverlays: false,
    });
    if (!(bb.w > 0 && bb.h > 0)) return;
    const box: LabelBox = {
      id: node.id(),
      text,
      fontPx,
      x1: rect.left + bb.x1 * zoom + pan.x,
      y1: rect.top + bb.y1 * zoom + pan.y,
      x2: rect.left + bb.x2 * zoom + pan.x,
      y2: rect.top + bb.y2 * zoom + pan.y,
    };
    if (box.x2 < rect.left || box.x1 > rect.right || box.y2 < rect.top || box.y1 > rect.bottom) return;
    out.push(box);
  });
  return out;
}

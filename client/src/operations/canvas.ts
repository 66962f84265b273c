/**
 * One-shot canvas commands (fit, focus a node): sent to the canvas controller once it has drawn the store's
 * latest change, so a focus after an expansion lands on the laid-out nodes, not on where they start.
 */
import { untilCanvas, type CanvasController, type Viewport } from '../cytoscape/index.ts';
import { useStore } from '../store/index.ts';

function whenDrawn(command: (canvas: CanvasController) => void): void {
  const request = useStore.getState().layoutRequest.seq;
  void untilCanvas((canvas) => canvas.lastRequest >= request).then(command);
}

/** Brings a node and its neighbours into view (after the layout that is running, if any). */
export function focusNode(id: string): void {
  whenDrawn((canvas) => canvas.focus(id));
}

/** Fits the whole graph into the view. */
export function fitView(): void {
  whenDrawn((canvas) => canvas.fit());
}

/** Puts zoom and pan where a shared link had them, once the layout running now (if any) has placed the nodes. */
export function restoreViewport(viewport: Viewport): void {
  whenDrawn((canvas) => canvas.setViewport(viewport));
}

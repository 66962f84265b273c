import { useStore } from '../store/index.ts';
import { nodeClientPosition } from '../cytoscape/index.ts';

/** Opens the node menu at the node (keyboard: Menu key, Shift+F10). */
export function openNodeMenu(nodeId: string): void {
  const p = nodeClientPosition(nodeId) ?? { x: window.innerWidth / 2, y: window.innerHeight / 2 };
  useStore.getState().actions.openMenu({ nodeId, x: p.x + 12, y: p.y + 12 });
}

export { GraphCanvas } from './GraphCanvas.tsx';
export { Toolbar } from './Toolbar.tsx';
export { useVisibleElements } from './useVisibleGraph.ts';

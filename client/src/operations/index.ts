export * from './graph.ts';
export { fitView, focusNode, restoreViewport } from './canvas.ts';
export { openNodeMenu } from './menu.ts';

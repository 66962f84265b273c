export * from './graph.ts';
export { fitView, focusNode } from './canvas.ts';
export { openNodeMenu } from './menu.ts';

export { createCanvas, type CanvasController, type CanvasHandlers } from './controller.ts';
export { layoutOptions, withSeededRandom } from './layouts.ts';

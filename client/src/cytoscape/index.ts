export {
  createCanvas,
  LARGE_VIEW_ELEMENTS,
  type CanvasController,
  type CanvasHandlers,
  type CanvasOptions,
  type LayoutRunOptions,
  type Positions,
  type Renderer,
} from './controller.ts';
export { layoutOptions, withSeededRandom } from './layouts.ts';

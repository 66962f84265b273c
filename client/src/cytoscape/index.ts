export {
  createCanvas,
  LARGE_VIEW_ELEMENTS,
  type CanvasController,
  type CanvasHandlers,
  type CanvasOptions,
  type LayoutRunOptions,
  type Positions,
  type Renderer,
  type Viewport,
} from './controller.ts';
export { layoutOptions, withSeededRandom } from './layouts.ts';
export { buildStylesheet } from './stylesheet.ts';
export {
  activeCanvas,
  canvasPositions,
  canvasViewport,
  onViewportChange,
  forcePositions,
  forceRenderer,
  forcedPositions,
  forcedRenderer,
  nodeClientPosition,
  onLayoutStop,
  untilCanvas,
  watchCanvas,
} from './registry.ts';
export { captureCanvas, type CaptureOptions, type ElementInfo } from './export-scene.ts';

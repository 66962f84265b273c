export { EMPTY_GRAPH, type GraphData, type Language } from './model.ts';
export { normalize, merge, removeNodes, primaryLabel } from './normalize.ts';
export { applyFilters } from './filters.ts';
export {
  toElements,
  edgeCaption,
  type CanvasElement,
  type EdgeElement,
  type NodeElement,
  type ToElementsOptions,
} from './elements.ts';
export {
  COLOUR_MODES,
  communityLegend,
  DEFAULT_CANVAS_STYLE,
  formatMeasure,
  isColourMode,
  isSizeMeasure,
  NODE_SIZE,
  SIZE_MEASURES,
  sizeScale,
  type CanvasStyle,
  type ColourMode,
  type CommunityLegendRow,
  type SizeMeasure,
  type SizeScale,
} from './canvasStyle.ts';
export { wrapCjk, displayName, isCjk } from './text.ts';
export { legendEntries, LABEL_STYLE, FONT_FAMILY, type LegendEntry, type Shape } from './labelStyle.ts';
export { adjacency, collapsible, outsideNeighbourhood } from './prune.ts';
export { syntheticGraph } from './synthetic.ts';
export { buildOutline, type OutlineNode } from './outline.ts';
export {
  indicatorBars,
  indicatorPace,
  observationPace,
  requiredAnnualRate,
  BASE_YEAR,
  PLAN_YEARS,
  type IndicatorBar,
  type ObservationPace,
  type ObservedValue,
  type PaceStatus,
} from './indicators.ts';
export { LAYOUT_NAMES, type Highlight, type LayoutName, type RankDir, type Selection } from './view.ts';
export type { Point, SceneEdge, SceneNode } from './scene.ts';
export * from './insights/index.ts';
export {
  labelName,
  kindName,
  relationName,
  relationTypeName,
  propertyName,
  propertyValue,
  formatQuantity,
} from './vocabulary.ts';

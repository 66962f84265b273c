export { EMPTY_GRAPH, type GraphData, type Language } from './model.ts';
export { normalize, merge, removeNodes, primaryLabel } from './normalize.ts';
export { applyFilters } from './filters.ts';
export { toElements, edgeCaption, type ToElementsOptions } from './elements.ts';
export { wrapCjk, displayName, isCjk } from './text.ts';
export { buildStylesheet, legendEntries, LABEL_STYLE, FONT_FAMILY, type LegendEntry } from './stylesheet.ts';

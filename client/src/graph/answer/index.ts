export * from './answerView.ts';
export { checkLabels, type LabelBox, type LabelReport } from './labelCheck.ts';
export { measureLabel, textWidth, wrapLabel } from './labelMetrics.ts';
export { traceView, hopRanks, groupId, type TraceViewInput } from './traceView.ts';
export { pathView, filterHubPaths, hubReason, type HubReason, type FilteredPaths } from './pathView.ts';
export {
  firstView,
  selectFirstView,
  firstViewIds,
  STRATEGIC_CLUSTERS,
  FIRST_VIEW_MAX_NODES,
  FIRST_VIEW_RELATIONSHIPS,
} from './firstView.ts';
export { planInBestArea, type AnswerPlan, type FreeArea } from './plan.ts';
export { answerElements, type AnswerElement } from './elements.ts';

export { DetailsPanel } from './DetailsPanel.tsx';
export { SourceViewer } from './SourceViewer.tsx';
export { splitAroundQuote } from './highlight.ts';
export { visibleProperties, formatNumber } from './format.ts';

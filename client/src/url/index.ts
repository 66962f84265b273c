export { parseView, serializeView, hasView, DEFAULT_VIEW, type ViewState } from './viewState.ts';
export { useUrlSync, URL_DEBOUNCE_MS } from './useUrlSync.ts';

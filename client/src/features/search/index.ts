export { SearchBox, type SearchBoxProps } from './SearchBox.tsx';
export { useSearch, SEARCH_DEBOUNCE_MS } from './useSearch.ts';
export type { SearchState } from './types.ts';
export { focusSearch } from './focus.ts';

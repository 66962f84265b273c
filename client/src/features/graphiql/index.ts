import { lazy } from 'react';

/** Loaded on demand: GraphiQL and Monaco stay out of the explorer's first load. */
export const GraphiQLPage = lazy(() => import('./GraphiQLPage.tsx'));
export { EXAMPLE_TABS } from './examples.ts';

/** Graph operations that combine an API call with store updates; features call these rather than the API directly. */
import { CURATED_REL_TYPES } from '@plangraph/shared';
import * as api from '../api/index.ts';
import { isTransient } from '../api/index.ts';
import { useStore } from '../store/index.ts';

/** Every curated relationship: MENTIONED_IN would pull in outline sections and swamp the view. */
export const EXPAND_TYPES: string[] = [...CURATED_REL_TYPES];

/** The first view: the strategic industry clusters and what surrounds them (专栏 programmes, platforms). */
export const INITIAL_IDS = [
  'new-generation-it',
  'new-energy-intelligent-vehicles',
  'new-materials',
  'biosafety',
  'ai-digital-economy',
  'green-energy',
  'high-end-equipment',
  'nanotechnology',
];

const actions = () => useStore.getState().actions;

/** Runs an API call; transient failures raise the "unavailable" banner, which retries and clears it. */
export async function guarded<T>(fn: () => Promise<T>): Promise<T> {
  try {
    const result = await fn();
    actions().setUnavailable(false);
    return result;
  } catch (error) {
    if (isTransient(error)) actions().setUnavailable(true);
    throw error;
  }
}

export async function loadInitialView(): Promise<void> {
  const { setStatus, setGraph } = actions();
  setStatus('loading');
  try {
    const sub = await guarded(() =>
      api.neighborhood({ ids: INITIAL_IDS, depth: 1, relationshipTypes: EXPAND_TYPES, limit: 150 }),
    );
    setGraph(sub);
    setStatus('ready');
  } catch (error) {
    // Transient errors keep the "loading" look under the banner; the banner's retry reloads.
    setStatus(isTransient(error) ? 'loading' : 'error', (error as Error).message);
    throw error;
  }
}

/** Adds a node's 1-hop neighbourhood to the canvas; optionally selects and centres the node. */
export async function expandNode(id: string, options: { select?: boolean } = {}): Promise<void> {
  const sub = await guarded(() =>
    api.neighborhood({ ids: [id], depth: 1, relationshipTypes: EXPAND_TYPES, limit: 60 }),
  );
  const a = actions();
  a.addSubgraph(sub, id);
  a.setStatus('ready');
  if (options.select) {
    a.select({ kind: 'node', id });
    a.focus(id);
  }
}

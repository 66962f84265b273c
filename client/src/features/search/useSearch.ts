import { useEffect, useState } from 'react';
import { SEARCH_TEXT_MAX } from '@plangraph/shared';
import * as api from '../../api/index.ts';
import type { SearchHit } from '../../api/types.ts';
import { guarded } from '../../operations/index.ts';
import type { SearchState } from './types.ts';

export const SEARCH_DEBOUNCE_MS = 200;

type Answer = { query: string; hits: SearchHit[]; failed: boolean };

/** Debounced type-ahead: one request per pause in typing; stale answers are dropped. */
export function useSearch(text: string): SearchState {
  const query = text.trim();
  const tooLong = query.length > SEARCH_TEXT_MAX;
  const [answer, setAnswer] = useState<Answer | null>(null);
  useEffect(() => {
    // Text the API would refuse is not sent: the box says it is too long instead.
    if (query.length === 0 || tooLong) return;
    let live = true;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      guarded(() => api.search(query, { limit: 12, signal: controller.signal }))
        .then((hits) => live && setAnswer({ query, hits, failed: false }))
        .catch((error: unknown) => {
          if (live && (error as Error).name !== 'AbortError') setAnswer({ query, hits: [], failed: true });
        });
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, tooLong]);
  // Derived, not stored. While a new answer is pending, the previous hits stay only if the user is refining
  // the same text (they are still plausible choices); otherwise Enter could pick a hit for another query.
  if (query.length === 0) return { status: 'idle', hits: [] };
  if (tooLong) return { status: 'tooLong', hits: [] };
  if (!answer || answer.query !== query) {
    return { status: 'searching', hits: answer && query.startsWith(answer.query) ? answer.hits : [] };
  }
  return { status: answer.failed ? 'error' : 'done', hits: answer.hits };
}

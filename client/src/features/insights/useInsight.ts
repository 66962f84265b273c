import { useEffect, useState } from 'react';
import { guarded } from '../../operations/index.ts';

export type InsightState<T> = { data: T | null; loading: boolean; failed: boolean };

/** Runs a query whenever its key changes; until the answer for the current key arrives, the state is loading. */
export function useInsight<T>(key: string, run: () => Promise<T>): InsightState<T> {
  const [answer, setAnswer] = useState<{ key: string; data: T | null; failed: boolean } | null>(null);
  useEffect(() => {
    let live = true;
    guarded(run)
      .then((data) => live && setAnswer({ key, data, failed: false }))
      .catch(() => live && setAnswer({ key, data: null, failed: true }));
    return () => {
      live = false;
    };
    // The key names everything the query depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  if (!answer || answer.key !== key) return { data: null, loading: true, failed: false };
  return { data: answer.data, loading: false, failed: answer.failed };
}

import { useEffect } from 'react';
import * as api from '../api/index.ts';
import { useStore } from '../store/index.ts';
import { useT } from '../features/language/index.ts';
import { guarded, loadInitialView } from '../operations/index.ts';

export const RETRY_MS = 4000;

/** Shown while the database is unreachable; retries on its own and reloads the first view when it is back. */
export function UnavailableBanner() {
  const t = useT();
  const unavailable = useStore((s) => s.unavailable);
  useEffect(() => {
    if (!unavailable) return;
    const timer = setInterval(() => {
      const { graph } = useStore.getState();
      const retry = graph.nodes.size === 0 ? loadInitialView : () => guarded(api.stats);
      retry().catch(() => {});
    }, RETRY_MS);
    return () => clearInterval(timer);
  }, [unavailable]);
  if (!unavailable) return null;
  return (
    <div className="banner" role="alert" data-testid="unavailable-banner">
      <strong>数据库暂不可用 / The graph database is unavailable</strong>
      <span className="banner-sub">
        <span className="spinner small light" /> {t('retrying')}
      </span>
    </div>
  );
}

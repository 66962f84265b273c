import { useEffect } from 'react';
import { PLAN_TITLE } from '@plangraph/shared';
import type { SearchHit } from '../api/types.ts';
import { SearchBox } from '../features/search/index.ts';
import { GraphCanvas, Toolbar } from '../features/canvas/index.ts';
import { DetailsPanel, SourceViewer } from '../features/details/index.ts';
import { Legend } from '../features/legend/index.ts';
import { LanguageSwitch, useT } from '../features/language/index.ts';
import { useStore } from '../store/index.ts';
import { expandNode, loadInitialView } from './operations.ts';
import { UnavailableBanner } from './UnavailableBanner.tsx';

function onChoose(hit: SearchHit) {
  // The hit itself first, so it is on the canvas even if its neighbourhood is empty.
  useStore.getState().actions.addSubgraph({ nodes: [hit.node], edges: [], truncated: false });
  void expandNode(hit.node.id, { select: true }).catch(() => {});
}

export function Explorer() {
  const t = useT();
  const language = useStore((s) => s.language);
  useEffect(() => {
    loadInitialView().catch(() => {});
  }, []);
  return (
    <div className="app">
      <header className="topbar">
        <div className="brand">
          <div className="brand-mark" aria-hidden="true">
            图
          </div>
          <div>
            <h1>{t('appTitle')}</h1>
            <div className="brand-sub" title={PLAN_TITLE[language]}>
              {t('appSubtitle')}
            </div>
          </div>
        </div>
        <SearchBox onChoose={onChoose} />
        <div className="topbar-end">
          <Toolbar />
          <a className="nav-link" href="/graphiql">
            {t('graphiql')}
          </a>
          <LanguageSwitch />
        </div>
      </header>
      <UnavailableBanner />
      <main className="workspace">
        <GraphCanvas />
        <Legend />
        <SourceViewer />
        <DetailsPanel />
      </main>
    </div>
  );
}

import { useEffect, useState } from 'react';
import { PLAN_TITLE } from '@plangraph/shared';
import type { SearchHit } from '../api/types.ts';
import { SearchBox } from '../features/search/index.ts';
import { GraphCanvas, Toolbar } from '../features/canvas/index.ts';
import { DetailsPanel, SourceViewer } from '../features/details/index.ts';
import { Legend } from '../features/legend/index.ts';
import { LanguageSwitch, useT } from '../features/language/index.ts';
import { ContextMenu, ExpandConfirm } from '../features/contextmenu/index.ts';
import { Sidebar } from '../features/sidebar/index.ts';
import { Notice } from '../features/notice/index.ts';
import { CopyLinkButton, LinkNotice } from '../features/share/index.ts';
import { HelpButton, HelpOverlay } from '../features/help/index.ts';
import { useShortcuts } from '../features/actions/index.ts';
import { useStore } from '../store/index.ts';
import { parseView, useUrlSync } from '../url/index.ts';
import { installStoryAutomation } from '../features/story/automation.ts';
import { parseAnswer } from '../url/answerUrl.ts';
import { expandNode, loadInitialView, loadView, openPathAnswer, traceNode } from '../operations/index.ts';
import { installTestHooks } from './testHooks.ts';
import { UnavailableBanner } from './UnavailableBanner.tsx';

function onChoose(hit: SearchHit) {
  // The hit itself first, so it is on the canvas even if its neighbourhood is empty; one undo step for both. It
  // replaces the first view (an overview, not the user's work) rather than piling onto it.
  const { answer, graph, actions } = useStore.getState();
  const hitOnly = { nodes: [hit.node], edges: [], truncated: false };
  if (answer?.kind === 'first' && answer.graph === graph) actions.setGraph(hitOnly);
  else actions.addSubgraph(hitOnly);
  void expandNode(hit.node.id, { select: true, record: false }).catch(() => {});
}

export function Explorer() {
  const t = useT();
  const language = useStore((s) => s.language);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    installTestHooks();
    installStoryAutomation();
    // An answer link opens its answer view, a shared link rebuilds its view; otherwise the default first view.
    // The language comes first (`?lang=en` alone switches it).
    const view = parseView(window.location.search);
    const answer = parseAnswer(window.location.search);
    const { restoreView, setLinkNotice } = useStore.getState().actions;
    restoreView({ language: view.language, canvasStyle: view.canvasStyle });
    if (view.problem) setLinkNotice({ kind: 'unreadable', reason: view.problem });
    const load =
      answer?.kind === 'trace'
        ? traceNode(answer.id, answer.direction)
        : answer?.kind === 'paths'
          ? openPathAnswer(answer.from, answer.to, answer.path, {
              types: answer.types,
              includeHubs: answer.includeHubs,
            })
          : view.ids.length > 0
            ? loadView(view).then((missing) => {
                if (missing.nodes.length > 0 || missing.edges > 0)
                  setLinkNotice({
                    kind: 'missing',
                    nodes: missing.nodes,
                    total: view.ids.length,
                    edges: missing.edges,
                  });
              })
            : loadInitialView();
    load.catch(() => {}).finally(() => setLoaded(true));
  }, []);
  useUrlSync(loaded);
  useShortcuts();
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
          <CopyLinkButton />
          <HelpButton />
          <a className="nav-link" href="/graphiql">
            {t('graphiql')}
          </a>
          <LanguageSwitch />
        </div>
      </header>
      <UnavailableBanner />
      <LinkNotice />
      <main className="workspace">
        <Sidebar />
        <GraphCanvas />
        <Legend />
        <SourceViewer />
        <DetailsPanel />
      </main>
      <ContextMenu />
      <ExpandConfirm />
      <Notice />
      <HelpOverlay />
    </div>
  );
}

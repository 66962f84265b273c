/**
 * Opens a slide's view as its share link opens in the explorer: a trace (`?trace=…&dir=…`) or a path
 * (`?from=…&to=…&path=…`) as its answer view, any other link as the nodes it lists. Used to present and to export.
 */
import type { Language } from '../../graph/index.ts';
import { loadView, openPathAnswer, traceNode } from '../../operations/index.ts';
import { useStore } from '../../store/index.ts';
import { parseView } from '../../url/index.ts';
import { parseAnswer } from '../../url/answerUrl.ts';

export type OpenedLink = {
  kind: 'trace' | 'paths' | 'view';
  /** The node ids the link names (the nodes listed, the traced node, or both path ends). */
  requested: string[];
};

/** What a link asks for, without opening it. */
export function linkRequest(search: string): OpenedLink {
  const answer = parseAnswer(search);
  if (answer?.kind === 'trace') return { kind: 'trace', requested: [answer.id] };
  if (answer?.kind === 'paths') return { kind: 'paths', requested: [answer.from, answer.to] };
  return { kind: 'view', requested: parseView(search).ids };
}

/**
 * Opens the link in `language`. The canvas is emptied first, so a trace or path that finds nothing leaves an empty
 * view rather than the previous one. Answer views open their own side panel; the panel open before (the Story
 * panel, while it presents or exports) stays open instead.
 */
export async function openLink(search: string, language: Language): Promise<OpenedLink> {
  const request = linkRequest(search);
  const view = parseView(search);
  const answer = parseAnswer(search);
  const store = useStore;
  const { actions } = store.getState();
  const panel = store.getState().panel;
  const keepPanel = store.subscribe((s) => {
    if (s.panel !== panel) s.actions.openPanel(panel);
  });
  try {
    actions.setAnswer(null);
    actions.setGraph({ nodes: [], edges: [], truncated: false });
    actions.restoreView({ hiddenLabels: view.hiddenLabels, layout: view.layout, language, pinned: [] });
    if (answer?.kind === 'trace') await traceNode(answer.id, answer.direction);
    else if (answer?.kind === 'paths')
      await openPathAnswer(answer.from, answer.to, answer.path, {
        types: answer.types,
        includeHubs: answer.includeHubs,
      });
    else if (view.ids.length) await loadView({ ...view, language });
  } finally {
    keepPanel();
  }
  return request;
}

import { useMemo } from 'react';
import {
  answerElements,
  firstView,
  pathView,
  planInBestArea,
  traceView,
  type AnswerView,
  type FreeArea,
  type Viewport,
} from '../../graph/answer/index.ts';
import { useStore } from '../../store/index.ts';

/**
 * The answer view the canvas shows, laid out for whichever free part of the canvas (`areas`, as the canvas measured
 * them) draws it largest, with that area; null when the canvas shows the graph freely (no answer, or the graph
 * changed since the answer put it there).
 */
export function useAnswerView(areas: readonly FreeArea[] | null) {
  const answer = useStore((s) => s.answer);
  const graph = useStore((s) => s.graph);
  const language = useStore((s) => s.language);
  return useMemo(() => {
    if (!answer || answer.graph !== graph || !areas) return null;
    let root: string | null = null;
    let layOut: (viewport: Viewport) => AnswerView;
    if (answer.kind === 'trace') {
      root = answer.rootId;
      const expanded = new Set(answer.expanded);
      layOut = (viewport) =>
        traceView({ graph, rootId: answer.rootId, direction: answer.direction, language, viewport, expanded });
    } else if (answer.kind === 'paths') {
      const path = {
        nodeIds: answer.nodeIds,
        edgeIds: answer.edgeIds,
        length: answer.edgeIds.length,
        rank: answer.rank,
        explanation: '',
        explanationEn: '',
      };
      const result = { nodes: [...graph.nodes.values()], edges: [...graph.edges.values()], paths: [path] };
      layOut = (viewport) => pathView({ result, path, language, viewport });
    } else layOut = (viewport) => firstView({ graph, language, viewport });
    const plan = planInBestArea(areas, layOut);
    if (!plan) return null;
    const { view, area } = plan;
    const names = new Map([...graph.nodes.values()].map((n) => [n.id, n.name]));
    const { elements, positions } = answerElements(view, { root, names });
    if (answer.kind === 'paths') for (const e of elements) if (e.group === 'edges') e.classes += ' answer-caption';
    return { view, area, elements, positions, nodeCount: view.nodes.length, edgeCount: view.edges.length };
  }, [answer, graph, language, areas]);
}

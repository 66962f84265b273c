import { useMemo } from 'react';
import { answerElements, firstView, pathView, traceView, type AnswerView } from '../../graph/answer/index.ts';
import { useStore } from '../../store/index.ts';

export type Area = { width: number; height: number };

/**
 * The answer view the canvas shows, laid out for the free part of the canvas; null when the canvas shows the
 * graph freely (no answer, or the graph changed since the answer put it there).
 */
export function useAnswerView(area: Area | null) {
  const answer = useStore((s) => s.answer);
  const graph = useStore((s) => s.graph);
  const language = useStore((s) => s.language);
  return useMemo(() => {
    if (!answer || answer.graph !== graph || !area || area.width <= 0 || area.height <= 0) return null;
    let view: AnswerView;
    let root: string | null = null;
    if (answer.kind === 'trace') {
      root = answer.rootId;
      view = traceView({
        graph,
        rootId: answer.rootId,
        direction: answer.direction,
        language,
        viewport: area,
        expanded: new Set(answer.expanded),
      });
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
      view = pathView({ result, path, language, viewport: area });
    } else view = firstView({ graph, language, viewport: area });
    const names = new Map([...graph.nodes.values()].map((n) => [n.id, n.name]));
    const { elements, positions } = answerElements(view, { root, names });
    if (answer.kind === 'paths') for (const e of elements) if (e.group === 'edges') e.classes += ' answer-caption';
    return { view, elements, positions, nodeCount: view.nodes.length, edgeCount: view.edges.length };
  }, [answer, graph, language, area]);
}

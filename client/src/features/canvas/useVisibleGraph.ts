import { useMemo } from 'react';
import { applyFilters, toElements } from '../../graph/index.ts';
import { useStore } from '../../store/index.ts';

/**
 * The elements on screen: the graph minus hidden labels and hidden nodes, labelled in the current language and
 * styled by the canvas style options (the size scale spans the visible nodes).
 */
export function useVisibleElements() {
  const graph = useStore((s) => s.graph);
  const hiddenLabels = useStore((s) => s.hiddenLabels);
  const hiddenIds = useStore((s) => s.hiddenIds);
  const language = useStore((s) => s.language);
  const style = useStore((s) => s.canvasStyle);
  return useMemo(() => {
    const visible = applyFilters(graph, { hiddenLabels, hiddenIds });
    return {
      elements: toElements(visible, { language, style }),
      nodeCount: visible.nodes.size,
      edgeCount: visible.edges.size,
    };
  }, [graph, hiddenLabels, hiddenIds, language, style]);
}

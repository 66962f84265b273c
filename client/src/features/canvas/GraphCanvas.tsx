import { useEffect, useRef, useState } from 'react';
import {
  createCanvas,
  LARGE_VIEW_ELEMENTS,
  type CanvasController,
  type Positions,
  type Renderer,
  buildStylesheet,
  forcedRenderer,
} from '../../cytoscape/index.ts';
import { expandNode } from '../../operations/index.ts';
import { useActions, useStore } from '../../store/index.ts';
import { useT } from '../language/index.ts';
import { ExampleQuestions } from '../examples/index.ts';
import { useVisibleElements } from './useVisibleGraph.ts';
import type { FreeArea } from '../../graph/answer/index.ts';
import { useAnswerView } from './useAnswerView.ts';

const sameAreas = (a: readonly FreeArea[], b: readonly FreeArea[]) =>
  a.length === b.length &&
  a.every((x, i) => {
    const y = b[i]!;
    return x.left === y.left && x.top === y.top && x.right === y.right && x.bottom === y.bottom;
  });

export function GraphCanvas() {
  const t = useT();
  const containerRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<CanvasController | null>(null);
  const { select, openMenu, showHidden, setAnswer } = useActions();
  const visible = useVisibleElements();
  const [areas, setAreas] = useState<FreeArea[] | null>(null);
  const answerView = useAnswerView(areas);
  const { elements, nodeCount, edgeCount } = answerView ?? visible;
  const selection = useStore((s) => s.selection);
  const layout = useStore((s) => s.layout);
  const rankDir = useStore((s) => s.rankDir);
  const pinned = useStore((s) => s.pinned);
  const highlight = useStore((s) => s.highlight);
  const hiddenCount = useStore((s) => s.hiddenIds.length);
  const layoutRequest = useStore((s) => s.layoutRequest);
  const status = useStore((s) => s.status);
  const error = useStore((s) => s.error);
  const unavailable = useStore((s) => s.unavailable);
  const renderer: Renderer = forcedRenderer() ?? (elements.length > LARGE_VIEW_ELEMENTS ? 'webgl' : 'canvas');

  // Create per renderer (Cytoscape cannot switch renderers in place); positions carry over to the new instance.
  const carried = useRef<Positions | undefined>(undefined);
  // The layout request this component last handed to a canvas: a new canvas (renderer switch) starts from it.
  const lastLayoutSeq = useRef(0);
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const controller = createCanvas(
      container,
      buildStylesheet(),
      {
        onSelect: (selection) => {
          // A group node of an answer view opens in place; group edges stand for several and have no details.
          const id = selection?.id ?? '';
          const answer = useStore.getState().answer;
          if (selection?.kind === 'node' && id.startsWith('~group:') && answer?.kind === 'trace')
            setAnswer({ ...answer, expanded: [...answer.expanded, id] });
          else if (id.startsWith('~')) select(null);
          else select(selection);
        },
        onExpand: (id) => void expandNode(id).catch(() => {}),
        onContextMenu: (nodeId, x, y) => openMenu({ nodeId, x, y }),
        // Straight to the DOM: tests and tools wait on it, and a re-render per layout would be wasted.
        onLayoutState: (running) => container.setAttribute('data-layout-busy', String(running)),
      },
      { renderer, request: lastLayoutSeq.current },
    );
    controllerRef.current = controller;
    // The free parts of the canvas (panels narrow it, the legend covers a corner): answer views are laid out for
    // one of them and fitted into it. Measured again whenever a panel, the legend or the example questions change.
    const measure = () => {
      const next = controller.freeAreas();
      setAreas((prev) => (prev && sameAreas(prev, next) ? prev : next));
    };
    measure();
    const observer = typeof ResizeObserver !== 'undefined' ? new ResizeObserver(measure) : null;
    observer?.observe(container);
    // Overlays change the free part as they fold (the legend), appear or go (the example questions).
    const watchObstacles = () =>
      container.ownerDocument.querySelectorAll('[data-canvas-obstacle]').forEach((el) => observer?.observe(el));
    watchObstacles();
    const overlays =
      typeof MutationObserver !== 'undefined'
        ? new MutationObserver(() => {
            watchObstacles();
            measure();
          })
        : null;
    overlays?.observe(container.closest('.workspace') ?? container.ownerDocument.body, {
      childList: true,
      subtree: true,
    });
    return () => {
      overlays?.disconnect();
      observer?.disconnect();
      carried.current = controller.positions();
      controller.destroy();
      controllerRef.current = null;
    };
  }, [select, openMenu, setAnswer, renderer]);

  // Elements first, then the layout the store asked for (same commit, so new nodes are laid out at once).
  const lastController = useRef<CanvasController | null>(null);
  useEffect(() => {
    const c = controllerRef.current;
    if (!c) return;
    const fresh = lastController.current !== c;
    lastController.current = c;
    const { added } = c.setElements(elements, answerView ? answerView.positions : fresh ? carried.current : undefined);
    carried.current = undefined;
    const opts = { rankDir, pinned };
    if (answerView) {
      // An answer view places its nodes itself; it is laid out again whenever it changes (size, language, a group).
      lastLayoutSeq.current = layoutRequest.seq;
      const { x1, y1, x2, y2 } = answerView.view.bounds;
      const fitTo = { area: answerView.area, box: { x1, y1, w: x2 - x1, h: y2 - y1 } };
      c.layout(layout, { preset: answerView.positions, request: layoutRequest.seq, fitTo });
    } else if (layoutRequest.seq !== lastLayoutSeq.current) {
      lastLayoutSeq.current = layoutRequest.seq;
      c.layout(layout, {
        ...opts,
        added: layoutRequest.added,
        around: layoutRequest.around,
        request: layoutRequest.seq,
      });
    } else if (added.length > 0) {
      // Nodes shown again after un-hiding a label or a node, or a new renderer without saved positions.
      c.layout(layout, { ...opts, added });
    }
    // The pins only matter to layouts; rankDir, layout and pins join each layout request.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [elements, layoutRequest, renderer, answerView]);

  useEffect(() => {
    controllerRef.current?.setPinned(pinned);
  }, [pinned, renderer]);

  useEffect(() => {
    controllerRef.current?.highlight(highlight);
  }, [highlight, elements, renderer]);

  useEffect(() => {
    controllerRef.current?.select(selection);
  }, [selection, elements]);

  const empty = nodeCount === 0;
  return (
    <div className="canvas-wrap">
      <div
        ref={containerRef}
        className="canvas"
        data-testid="graph-canvas"
        data-node-count={nodeCount}
        data-edge-count={edgeCount}
        data-renderer={renderer}
        aria-label={`${nodeCount} ${t('nodes')}, ${edgeCount} ${t('edges')}`}
        role="img"
      />
      {empty && (status === 'loading' || status === 'idle') && !unavailable && (
        <div className="canvas-overlay">
          <span className="spinner" />
          <span>{t('loading')}</span>
        </div>
      )}
      {empty && status === 'ready' && <div className="canvas-overlay muted">{t('empty')}</div>}
      {status === 'error' && (
        <div className="canvas-overlay error">
          {t('error')}
          {error ? `: ${error}` : ''}
        </div>
      )}
      {hiddenCount > 0 && (
        <button type="button" className="show-hidden" data-testid="show-hidden" onClick={showHidden}>
          {t('showHidden')} ({hiddenCount})
        </button>
      )}
      <ExampleQuestions />
      <div className="canvas-hint">{t('hint')}</div>
    </div>
  );
}

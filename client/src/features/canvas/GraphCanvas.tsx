import { useEffect, useRef } from 'react';
import { createCanvas, type CanvasController } from '../../cytoscape/index.ts';
import { buildStylesheet } from '../../graph/index.ts';
import { expandNode } from '../../app/operations.ts';
import { useActions, useStore } from '../../store/index.ts';
import { useT } from '../language/index.ts';
import { useVisibleElements } from './useVisibleGraph.ts';

export function GraphCanvas() {
  const t = useT();
  const containerRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<CanvasController | null>(null);
  const { select } = useActions();
  const { elements, nodeCount, edgeCount } = useVisibleElements();
  const selection = useStore((s) => s.selection);
  const layout = useStore((s) => s.layout);
  const layoutRequest = useStore((s) => s.layoutRequest);
  const focusRequest = useStore((s) => s.focusRequest);
  const fitRequest = useStore((s) => s.fitRequest);
  const status = useStore((s) => s.status);
  const error = useStore((s) => s.error);
  const unavailable = useStore((s) => s.unavailable);

  // Create once; Cytoscape owns the container's children from here on.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const controller = createCanvas(container, buildStylesheet(), {
      onSelect: select,
      onExpand: (id) => void expandNode(id).catch(() => {}),
    });
    controllerRef.current = controller;
    return () => {
      controller.destroy();
      controllerRef.current = null;
    };
  }, [select]);

  // Elements first, then the layout the store asked for (same commit, so new nodes are laid out at once).
  const lastLayoutSeq = useRef(0);
  useEffect(() => {
    const c = controllerRef.current;
    if (!c) return;
    const { added } = c.setElements(elements);
    if (layoutRequest.seq !== lastLayoutSeq.current) {
      lastLayoutSeq.current = layoutRequest.seq;
      c.layout(layout, { added: layoutRequest.added, around: layoutRequest.around });
    } else if (added.length > 0) {
      // Nodes shown again after un-hiding a label.
      c.layout(layout, { added });
    }
  }, [elements, layout, layoutRequest]);

  useEffect(() => {
    controllerRef.current?.select(selection);
  }, [selection, elements]);

  useEffect(() => {
    if (focusRequest) controllerRef.current?.focus(focusRequest.id);
  }, [focusRequest]);

  useEffect(() => {
    if (fitRequest > 0) controllerRef.current?.fit();
  }, [fitRequest]);

  const empty = nodeCount === 0;
  return (
    <div className="canvas-wrap">
      <div
        ref={containerRef}
        className="canvas"
        data-testid="graph-canvas"
        data-node-count={nodeCount}
        data-edge-count={edgeCount}
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
      <div className="canvas-hint">{t('hint')}</div>
    </div>
  );
}

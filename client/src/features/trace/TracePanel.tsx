import { useMemo } from 'react';
import { LABEL_NAMES } from '@plangraph/shared';
import { focusNode, traceHighlight } from '../../operations/index.ts';
import { displayName, LABEL_STYLE, primaryLabel } from '../../graph/index.ts';
import { useActions, useStore } from '../../store/index.ts';
import { useT } from '../language/index.ts';

/** What the last trace found, grouped by label; a click selects the node on the canvas. */
export function TracePanel() {
  const t = useT();
  const language = useStore((s) => s.language);
  const trace = useStore((s) => s.trace);
  const nodes = useStore((s) => s.graph.nodes);
  const { select, setHighlight } = useActions();
  const groups = useMemo(() => {
    const out = new Map<string, { id: string; name: string }[]>();
    if (!trace) return out;
    for (const id of trace.nodeIds) {
      const n = nodes.get(id);
      if (!n || id === trace.rootId) continue;
      const label = primaryLabel(n);
      out.set(label, [...(out.get(label) ?? []), { id, name: displayName(n, language) }]);
    }
    for (const list of out.values()) list.sort((a, b) => a.name.localeCompare(b.name, language));
    return out;
  }, [trace, nodes, language]);
  if (!trace) {
    return (
      <section className="panel-body" data-testid="trace-panel" aria-label={t('trace')}>
        <p className="muted">{t('traceEmpty')}</p>
      </section>
    );
  }
  const root = nodes.get(trace.rootId);
  return (
    <section className="panel-body" data-testid="trace-panel" aria-label={t('trace')}>
      <h3 className="trace-title">
        {trace.direction === 'UPSTREAM' ? t('upstream') : t('downstream')}:{' '}
        <span data-testid="trace-root">{root ? displayName(root, language) : trace.rootId}</span>
      </h3>
      <p className="muted" data-testid="trace-summary">
        {t('found')} {trace.nodeIds.length - 1} {t('nodes')}, {trace.edgeIds.length} {t('edges')}
        {trace.truncated ? ` · ${t('truncated')}` : ''}
      </p>
      <button type="button" className="link" onClick={() => setHighlight(traceHighlight(trace))}>
        {t('trace')} ↺
      </button>
      {[...groups].map(([label, list]) => (
        <div key={label} className="trace-group">
          <h4>
            <span className="swatch" style={{ background: LABEL_STYLE[label as keyof typeof LABEL_STYLE].color }} />
            {LABEL_NAMES[label as keyof typeof LABEL_NAMES][language]} ({list.length})
          </h4>
          <ul>
            {list.map((n) => (
              <li key={n.id}>
                <button
                  type="button"
                  className="link"
                  data-testid="trace-node"
                  onClick={() => {
                    select({ kind: 'node', id: n.id });
                    focusNode(n.id);
                  }}
                >
                  {n.name}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

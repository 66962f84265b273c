import { useEffect, useRef } from 'react';
import { applyExpansion } from '../../operations/index.ts';
import { displayName } from '../../graph/index.ts';
import { useActions, useStore } from '../../store/index.ts';
import { useT } from '../language/index.ts';

/** Asks before an expansion adds more than the threshold: "show 30 of 120" — first N, all, or cancel. */
export function ExpandConfirm() {
  const t = useT();
  const pending = useStore((s) => s.pendingExpansion);
  const threshold = useStore((s) => s.expandThreshold);
  const language = useStore((s) => s.language);
  const name = useStore((s) => {
    const n = s.pendingExpansion ? s.graph.nodes.get(s.pendingExpansion.nodeId) : undefined;
    return n ? displayName(n, s.language) : (s.pendingExpansion?.nodeId ?? '');
  });
  const { setPendingExpansion } = useActions();
  const firstRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (pending) firstRef.current?.focus();
  }, [pending]);
  if (!pending) return null;
  const total = pending.newIds.length;
  return (
    <div
      className="dialog expand-confirm"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="expand-confirm-title"
      data-testid="expand-confirm"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          setPendingExpansion(null);
        }
      }}
    >
      <h2 id="expand-confirm-title">{t('expandConfirmTitle')}</h2>
      <p>
        {pending.section
          ? language === 'zh'
            ? `“${pending.section.title}”提到 ${total} 个不在画布上的实体,先显示 ${threshold} 个?`
            : `“${pending.section.title}” mentions ${total} entities not on the canvas. Show ${threshold} of ${total}?`
          : language === 'zh'
            ? `“${name}”有 ${total} 个新邻居,先显示 ${threshold} 个?`
            : `“${name}” has ${total} new neighbours. Show ${threshold} of ${total}?`}
      </p>
      <div className="dialog-actions">
        <button
          ref={firstRef}
          type="button"
          className="primary"
          data-testid="expand-first"
          onClick={() => applyExpansion(pending, threshold)}
        >
          {t('expandFirst')} {threshold}
        </button>
        <button type="button" data-testid="expand-all" onClick={() => applyExpansion(pending)}>
          {t('expandAll')} ({total})
        </button>
        <button type="button" className="ghost" data-testid="expand-cancel" onClick={() => setPendingExpansion(null)}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}

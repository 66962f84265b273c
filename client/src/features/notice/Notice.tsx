import { useEffect } from 'react';
import { displayName } from '../../graph/index.ts';
import { useActions, useStore, type Notice as NoticeState } from '../../store/index.ts';
import { useT } from '../language/index.ts';

/** How long a notice stays: long enough to read a sentence, short enough not to need closing. */
const NOTICE_MS = 5000;

/** A short status line at the bottom of the canvas for actions that changed nothing visible. */
export function Notice() {
  const t = useT();
  const notice = useStore((s) => s.notice);
  const name = useStore((s) => {
    const node = s.notice ? s.graph.nodes.get(s.notice.nodeId) : undefined;
    return node ? displayName(node, s.language) : (s.notice?.nodeId ?? '');
  });
  const { notify } = useActions();
  const seq = notice?.seq;
  useEffect(() => {
    if (seq === undefined) return;
    const timer = setTimeout(() => notify(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [seq, notify]);
  // The live region stays mounted so screen readers announce each new message.
  return (
    <div className="notice-region" role="status" aria-live="polite">
      {notice && (
        <div className="notice" data-testid="notice" data-kind={notice.kind}>
          <span>{message(t, notice, name)}</span>
          <button type="button" className="ghost" onClick={() => notify(null)}>
            {t('dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}

function message(t: ReturnType<typeof useT>, notice: NoticeState, name: string): string {
  return t(notice.kind, { name, count: notice.count });
}

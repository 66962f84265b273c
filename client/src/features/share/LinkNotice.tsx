import './share.css';
import { useActions, useStore } from '../../store/index.ts';
import { useT } from '../language/index.ts';

/** At most this many missing ids are named; the count says the rest. */
const NAMED = 5;

/** Says what a share link could not bring back (a damaged link, nodes gone from the graph), until dismissed. */
export function LinkNotice() {
  const t = useT();
  const notice = useStore((s) => s.linkNotice);
  const { setLinkNotice } = useActions();
  if (!notice) return null;
  const lines: string[] = [];
  if (notice.kind === 'unreadable') lines.push(`${t('linkUnreadable')} (${notice.reason})`);
  else {
    if (notice.nodes.length > 0) {
      const named = notice.nodes.slice(0, NAMED).join(', ');
      const more = notice.nodes.length > NAMED ? ', …' : '';
      lines.push(`${notice.nodes.length} / ${notice.total} ${t('linkMissingNodes')}: ${named}${more}`);
    }
    if (notice.edges > 0) lines.push(`${notice.edges} ${t('linkMissingEdges')}`);
  }
  return (
    <div className="banner link-notice" role="status" data-testid="link-notice">
      <span>{lines.join(' · ')}</span>
      <button type="button" className="link-notice-close" onClick={() => setLinkNotice(null)}>
        {t('close')}
      </button>
    </div>
  );
}

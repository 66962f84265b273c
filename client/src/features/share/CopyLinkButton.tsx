import { useState } from 'react';
import { currentSearch } from '../../url/useUrlSync.ts';
import { ICONS } from '../actions/index.ts';
import { useT } from '../language/index.ts';

/** Copies a link to the current view (built now, not read from the debounced address bar). */
export function CopyLinkButton() {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    const url = `${window.location.origin}${window.location.pathname}${currentSearch('')}`;
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      // No clipboard permission (e.g. plain http): the address bar holds the same link.
      window.history.replaceState(window.history.state, '', url);
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };
  return (
    <button
      type="button"
      className="tool-button"
      data-testid="copy-link"
      aria-label={copied ? t('copied') : t('copyLink')}
      title={t('copyLink')}
      onClick={() => void copy()}
    >
      {ICONS.link}
      <span className="btn-text">{copied ? t('copied') : t('copyLink')}</span>
    </button>
  );
}

import { useEffect, useRef } from 'react';
import { useActions, useStore } from '../../store/index.ts';
import { useT } from '../language/index.ts';
import { shortcutList } from '../actions/index.ts';

export function HelpButton() {
  const t = useT();
  const { setHelp } = useActions();
  return (
    <button
      type="button"
      className="tool-button"
      data-testid="help-button"
      aria-label={t('help')}
      title={`${t('help')} (?)`}
      onClick={() => setHelp(true)}
    >
      ?
    </button>
  );
}

/** The keyboard shortcuts, opened with "?" or the help button; Escape or the close button closes it. */
export function HelpOverlay() {
  const t = useT();
  const open = useStore((s) => s.helpOpen);
  const { setHelp } = useActions();
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const previous = document.activeElement as HTMLElement | null;
    closeRef.current?.focus();
    // Focus returns to where it was, so keyboard users keep their place.
    return () => previous?.focus?.();
  }, [open]);
  if (!open) return null;
  return (
    <div className="overlay" onMouseDown={(e) => e.target === e.currentTarget && setHelp(false)}>
      <div
        className="dialog help"
        role="dialog"
        aria-modal="true"
        aria-labelledby="help-title"
        data-testid="help-overlay"
      >
        <header>
          <h2 id="help-title">{t('help')}</h2>
          <button ref={closeRef} type="button" className="icon" aria-label={t('close')} onClick={() => setHelp(false)}>
            ×
          </button>
        </header>
        <table className="shortcut-table">
          <tbody>
            {shortcutList().map((s) => (
              <tr key={s.help}>
                <td>
                  {s.keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 && ' / '}
                      <kbd>{k}</kbd>
                    </span>
                  ))}
                </td>
                <td>{t(s.help)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted">{t('hint')}</p>
      </div>
    </div>
  );
}

import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useStore } from '../../store/index.ts';
import { ICONS } from '../actions/index.ts';
import { installExportAutomation } from './automation.ts';
import { UI } from './strings.ts';

// The dialog (and pdf-lib, pptxgenjs, opentype.js behind it) loads on first use.
const ExportDialog = lazy(() => import('./ExportDialog.tsx').then((m) => ({ default: m.ExportDialog })));

/** The toolbar's Export button; opens the export dialog. */
export function ExportButton() {
  const language = useStore((s) => s.language);
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  useEffect(() => installExportAutomation(), []);
  return (
    <>
      <button
        type="button"
        data-testid="export-button"
        onClick={() => setOpen(true)}
        title={UI.dialogTitle[language]}
        aria-haspopup="dialog"
        aria-label={UI.export[language]}
      >
        {ICONS.export}
        <span className="btn-text">{UI.export[language]}</span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <ExportDialog onClose={close} />
        </Suspense>
      )}
    </>
  );
}

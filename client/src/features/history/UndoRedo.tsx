import { useActions, useStore } from '../../store/index.ts';
import { useT } from '../language/index.ts';

/** Undo/redo buttons for canvas changes (Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y do the same). */
export function UndoRedo() {
  const t = useT();
  const canUndo = useStore((s) => s.past.length > 0);
  const canRedo = useStore((s) => s.future.length > 0);
  const { undo, redo } = useActions();
  return (
    <>
      <button
        type="button"
        data-testid="undo-button"
        onClick={undo}
        disabled={!canUndo}
        title={`${t('undo')} (Ctrl+Z)`}
        aria-label={t('undo')}
      >
        ↶
      </button>
      <button
        type="button"
        data-testid="redo-button"
        onClick={redo}
        disabled={!canRedo}
        title={`${t('redo')} (Ctrl+Shift+Z)`}
        aria-label={t('redo')}
      >
        ↷
      </button>
    </>
  );
}

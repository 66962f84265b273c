import { ActionButton } from '../actions/index.ts';

/** Undo/redo buttons for canvas changes (Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y do the same). */
export function UndoRedo() {
  return (
    <>
      <ActionButton id="undo" keyInTitle>
        ↶
      </ActionButton>
      <ActionButton id="redo" keyInTitle>
        ↷
      </ActionButton>
    </>
  );
}

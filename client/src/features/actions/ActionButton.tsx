import type { ReactNode } from 'react';
import { useStore } from '../../store/index.ts';
import { useT } from '../language/index.ts';
import { action, currentContext, isEnabled, labelOf, runAction, type ActionId } from './registry.ts';

export type ActionButtonProps = {
  id: ActionId;
  /** The button's face when it is not the label (an icon). */
  children?: ReactNode;
  /** Add the first shortcut to the tooltip ("Undo (Ctrl+Z)"). */
  keyInTitle?: boolean;
  /** A tooltip with the label even when the label is the face. */
  titled?: boolean;
  /** An icon before the label; narrow windows show the icon alone (the label stays the accessible name). */
  icon?: ReactNode;
};

/** A toolbar button for an action: disabled when it does not apply, pressed when it is a toggle that is on. */
export function ActionButton({ id, children, keyInTitle = false, titled = false, icon }: ActionButtonProps) {
  const t = useT();
  const a = action(id);
  const enabled = useStore((state) => isEnabled(a, { ...currentContext(), state }));
  const checked = useStore((state) => a.checked?.({ ...currentContext(), state }));
  const label = t(labelOf(a, currentContext()));
  const key = keyInTitle ? a.shortcut?.keys[0] : undefined;
  return (
    <button
      type="button"
      className={a.checked ? (checked ? 'on' : '') : undefined}
      aria-pressed={checked}
      data-testid={a.testId}
      disabled={!enabled}
      title={children || titled || icon ? (key ? `${label} (${key})` : label) : undefined}
      aria-label={children || icon ? label : undefined}
      onClick={() => runAction(a)}
    >
      {icon ? (
        <>
          {icon}
          <span className="btn-text">{label}</span>
        </>
      ) : (
        (children ?? label)
      )}
    </button>
  );
}

/** Key bindings as data, and whether a key press matches one. */

export type KeyLike = {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
  altKey?: boolean;
};

export type KeyBinding = {
  /** KeyboardEvent.key; with `mod`, compared case-insensitively (Shift turns "z" into "Z"). */
  key: string;
  /** Needs Ctrl (or ⌘). Bindings without it match only when neither is held. Alt never matches. */
  mod?: boolean;
  /** Shift must be held (true) or not (false); unset: either. */
  shift?: boolean;
  /** Matches whatever the modifiers, also while typing in a text field (Escape). */
  always?: boolean;
};

/**
 * Whether a key press triggers the binding. `typing`: the focus is in a text field, where only `always`
 * bindings apply (a "/" or an "e" there is text, and Ctrl+Z is the field's own undo).
 */
export function matches(binding: KeyBinding, e: KeyLike, typing: boolean): boolean {
  if (binding.always) return e.key === binding.key;
  if (typing || e.altKey) return false;
  const mod = Boolean(e.ctrlKey || e.metaKey);
  if (mod !== Boolean(binding.mod)) return false;
  if (binding.shift !== undefined && Boolean(e.shiftKey) !== binding.shift) return false;
  return binding.mod ? e.key.toLowerCase() === binding.key : e.key === binding.key;
}

/** The keyboard map, as data: the help overlay lists it and the key handler looks keys up in it. */
import type { StringKey } from '../language/index.ts';

export type Command = 'help' | 'search' | 'delete' | 'expand' | 'fit' | 'layout' | 'undo' | 'redo' | 'menu' | 'escape';

export type KeyLike = {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
  altKey?: boolean;
};

export const SHORTCUTS: { keys: string[]; label: StringKey }[] = [
  { keys: ['/'], label: 'shortcutSearch' },
  { keys: ['Delete'], label: 'shortcutDelete' },
  { keys: ['e'], label: 'shortcutExpand' },
  { keys: ['f'], label: 'shortcutFit' },
  { keys: ['l'], label: 'shortcutLayout' },
  { keys: ['Ctrl+Z'], label: 'shortcutUndo' },
  { keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], label: 'shortcutRedo' },
  { keys: ['Menu', 'Shift+F10'], label: 'shortcutMenu' },
  { keys: ['?'], label: 'shortcutHelp' },
  { keys: ['Esc'], label: 'shortcutEscape' },
  { keys: ['Tab', 'Shift+Tab'], label: 'shortcutTab' },
];

/**
 * The command for a key press, or null. `typing`: the focus is in a text field, where only Escape and the
 * Ctrl shortcuts apply (a "/" or an "e" there is text). Ctrl+Z in a field is the field's own undo.
 */
export function commandFor(e: KeyLike, typing: boolean): Command | null {
  const mod = e.ctrlKey || e.metaKey;
  if (e.key === 'Escape') return 'escape';
  if (typing) return null;
  if (mod && !e.altKey) {
    const k = e.key.toLowerCase();
    if (k === 'z') return e.shiftKey ? 'redo' : 'undo';
    if (k === 'y') return 'redo';
    return null;
  }
  if (e.altKey) return null;
  if (e.key === 'ContextMenu' || (e.shiftKey && e.key === 'F10')) return 'menu';
  switch (e.key) {
    case '?':
      return 'help';
    case '/':
      return 'search';
    case 'Delete':
    case 'Backspace':
      return 'delete';
    case 'e':
      return 'expand';
    case 'f':
      return 'fit';
    case 'l':
      return 'layout';
    default:
      return null;
  }
}

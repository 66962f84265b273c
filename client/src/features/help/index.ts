export { HelpOverlay, HelpButton } from './HelpOverlay.tsx';
export { useShortcuts, runCommand } from './useShortcuts.ts';
export { commandFor, SHORTCUTS, type Command } from './shortcuts.ts';

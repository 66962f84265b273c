import { useEffect } from 'react';
import { expandNode } from '../../operations/index.ts';
import { LAYOUT_NAMES, useStore } from '../../store/index.ts';
import { openNodeMenu } from '../contextmenu/index.ts';
import { commandFor, type Command } from './shortcuts.ts';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Runs a command against the store; returns false when it did not apply (the key then does its default). */
export function runCommand(command: Command): boolean {
  const s = useStore.getState();
  const a = s.actions;
  const node = s.selection?.kind === 'node' ? s.selection.id : null;
  switch (command) {
    case 'escape':
      if (s.menu) a.openMenu(null);
      else if (s.pendingExpansion) a.setPendingExpansion(null);
      else if (s.helpOpen) a.setHelp(false);
      else if (s.source) a.openSource(null);
      else if (s.highlight) a.setHighlight(null);
      else return false;
      return true;
    case 'help':
      a.setHelp(!s.helpOpen);
      return true;
    case 'search':
      a.focusSearch();
      return true;
    case 'delete':
      if (!node) return false;
      a.removeNodes([node]);
      return true;
    case 'expand':
      if (!node) return false;
      void expandNode(node).catch(() => {});
      return true;
    case 'fit':
      a.fit();
      return true;
    case 'layout':
      a.setLayout(LAYOUT_NAMES[(LAYOUT_NAMES.indexOf(s.layout) + 1) % LAYOUT_NAMES.length]!);
      return true;
    case 'undo':
      a.undo();
      return true;
    case 'redo':
      a.redo();
      return true;
    case 'menu':
      if (!node) return false;
      openNodeMenu(node);
      return true;
  }
}

/** The explorer's global keyboard shortcuts (see SHORTCUTS); off while GraphiQL is shown. */
export function useShortcuts() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const command = commandFor(e, isTyping(e.target));
      if (command && runCommand(command)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

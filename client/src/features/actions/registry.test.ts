import { beforeEach, describe, expect, it } from 'vitest';
import { useStore, initialState } from '../../store/index.ts';
import { normalize } from '../../graph/index.ts';
import { SUB } from '../../test/fixtures.ts';
import {
  ACTIONS,
  MENU_ACTIONS,
  action,
  actionForKey,
  currentContext,
  labelOf,
  runAction,
  shortcutList,
} from './registry.ts';
import type { KeyLike } from './keys.ts';

const idFor = (e: KeyLike, typing = false) => actionForKey(e, typing)?.id ?? null;

describe('keyboard map', () => {
  it('maps the documented keys', () => {
    expect(idFor({ key: '/' })).toBe('search');
    expect(idFor({ key: '?', shiftKey: true })).toBe('help');
    expect(idFor({ key: 'Delete' })).toBe('remove');
    expect(idFor({ key: 'Backspace' })).toBe('remove');
    expect(idFor({ key: 'e' })).toBe('expand');
    expect(idFor({ key: 'f' })).toBe('fit');
    expect(idFor({ key: 'n' })).toBe('startFresh');
    expect(idFor({ key: 'l' })).toBe('cycleLayout');
    expect(idFor({ key: 'z', ctrlKey: true })).toBe('undo');
    expect(idFor({ key: 'Z', ctrlKey: true, shiftKey: true })).toBe('redo');
    expect(idFor({ key: 'y', ctrlKey: true })).toBe('redo');
    expect(idFor({ key: 'z', metaKey: true })).toBe('undo');
    expect(idFor({ key: 'ContextMenu' })).toBe('menu');
    expect(idFor({ key: 'F10', shiftKey: true })).toBe('menu');
    expect(idFor({ key: 'Escape' })).toBe('escape');
    expect(idFor({ key: 'x' })).toBeNull();
    expect(idFor({ key: 'F10' })).toBeNull();
    expect(idFor({ key: 'c', ctrlKey: true })).toBeNull();
    expect(idFor({ key: 'e', ctrlKey: true })).toBeNull();
    expect(idFor({ key: 'z', ctrlKey: true, altKey: true })).toBeNull();
  });

  it('leaves typing alone, except Escape', () => {
    expect(idFor({ key: 'e' }, true)).toBeNull();
    expect(idFor({ key: '/' }, true)).toBeNull();
    expect(idFor({ key: 'z', ctrlKey: true }, true)).toBeNull();
    expect(idFor({ key: 'Escape' }, true)).toBe('escape');
  });

  it('lists every shortcut in the help, once, with its description', () => {
    const rows = shortcutList();
    const withKeys = Object.values(ACTIONS).filter((a) => 'shortcut' in a);
    expect(rows.map((r) => r.help)).toEqual([
      'shortcutSearch',
      'shortcutDelete',
      'shortcutExpand',
      'shortcutFit',
      'shortcutStartFresh',
      'shortcutLayout',
      'shortcutUndo',
      'shortcutRedo',
      'shortcutMenu',
      'shortcutHelp',
      'shortcutEscape',
      'shortcutTab',
    ]);
    expect(rows).toHaveLength(withKeys.length + 1);
  });
});

describe('actions', () => {
  beforeEach(() => {
    useStore.setState({ ...initialState });
    useStore.getState().actions.setGraph(SUB);
  });

  it('apply to the selected node only when there is one', () => {
    expect(runAction(ACTIONS.remove)).toBe(false);
    expect(useStore.getState().graph.nodes.size).toBe(normalize(SUB).nodes.size);
    useStore.getState().actions.select({ kind: 'node', id: 'guangzhou-laboratory' });
    expect(runAction(ACTIONS.remove)).toBe(true);
    expect(useStore.getState().graph.nodes.has('guangzhou-laboratory')).toBe(false);
  });

  it('run from the menu on the menu node, labelled by state', () => {
    const context = () => currentContext('guangzhou-laboratory');
    expect(labelOf(ACTIONS.pin, context())).toBe('pin');
    runAction(ACTIONS.pin, context());
    expect(useStore.getState().pinned).toEqual(['guangzhou-laboratory']);
    expect(labelOf(ACTIONS.pin, context())).toBe('unpin');
    expect(MENU_ACTIONS.filter(Boolean).every((id) => action(id!).testId?.startsWith('menu-'))).toBe(true);
  });

  it('undo is enabled by history, and Escape closes the innermost open thing first', () => {
    expect(runAction(ACTIONS.undo)).toBe(false);
    runAction(ACTIONS.pin, currentContext('guangzhou-laboratory'));
    expect(runAction(ACTIONS.undo)).toBe(true);
    expect(useStore.getState().pinned).toEqual([]);
    expect(runAction(ACTIONS.escape)).toBe(false);
    const a = useStore.getState().actions;
    a.setHelp(true);
    a.openMenu({ nodeId: 'guangzhou-laboratory', x: 0, y: 0 });
    runAction(ACTIONS.escape);
    expect(useStore.getState().menu).toBeNull();
    expect(useStore.getState().helpOpen).toBe(true);
    runAction(ACTIONS.escape);
    expect(useStore.getState().helpOpen).toBe(false);
  });

  it('start fresh empties the canvas in one undo step, and applies only to a canvas with nodes', () => {
    const before = useStore.getState().graph;
    expect(runAction(ACTIONS.startFresh)).toBe(true);
    expect(useStore.getState().graph.nodes.size).toBe(0);
    expect(runAction(ACTIONS.startFresh)).toBe(false);
    runAction(ACTIONS.undo);
    // The very graph comes back, so an answer view drawn from it (the first view) is drawn again.
    expect(useStore.getState().graph).toBe(before);
  });

  it('cycles the layouts and marks the current one', () => {
    runAction(ACTIONS.cycleLayout);
    expect(useStore.getState().layout).toBe('dagre');
    expect(action('layout-dagre').checked?.(currentContext())).toBe(true);
    expect(action('layout-fcose').checked?.(currentContext())).toBe(false);
  });
});

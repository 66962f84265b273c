/**
 * Every command the explorer offers, once: its label, its keyboard shortcut, what it does and when it applies.
 * The keyboard handler, the node context menu, the toolbar and the help overlay all read this list.
 */
import { LAYOUT_NAMES, useStore, type LayoutName, type State } from '../../store/index.ts';
import { expandNode, fitView, openNodeMenu, startFresh, traceNode } from '../../operations/index.ts';
import type { StringKey } from '../language/index.ts';
import { focusSearch } from '../search/index.ts';
import { matches, type KeyBinding, type KeyLike } from './keys.ts';

/** What an action applies to: the store, and the node in question (the menu's node, or the selected one). */
export type ActionContext = { state: State; nodeId: string | null };

export type Shortcut = {
  /** As the help overlay writes them. */
  keys: string[];
  bindings: KeyBinding[];
  /** The help overlay's description. */
  help: StringKey;
};

export type Action = {
  id: string;
  /** Menu and toolbar text (zh and en in the language strings). */
  label: StringKey | ((context: ActionContext) => StringKey);
  shortcut?: Shortcut;
  /** False: the action does not apply (its key does what it would otherwise, its button is disabled). */
  predicate?(context: ActionContext): boolean;
  /** Toolbar toggles: whether the action's state is on (a layout button shows the current layout). */
  checked?(context: ActionContext): boolean;
  perform(context: ActionContext): void;
  /** The test id of its context-menu item or toolbar button. */
  testId?: string;
};

const store = () => useStore.getState().actions;
const hasNode = ({ nodeId }: ActionContext) => nodeId !== null;
const ignore = () => {};

const LAYOUT_LABELS: Record<LayoutName, StringKey> = {
  fcose: 'layoutFcose',
  dagre: 'layoutDagre',
  concentric: 'layoutConcentric',
  grid: 'layoutGrid',
};

/** A toolbar button that switches to one layout (and shows whether it is the current one). */
function layoutAction(name: LayoutName): Action {
  return {
    id: `layout-${name}`,
    label: LAYOUT_LABELS[name],
    checked: ({ state }) => state.layout === name,
    perform: () => store().setLayout(name),
  };
}

export const ACTIONS = {
  search: {
    id: 'search',
    label: 'shortcutSearch',
    shortcut: { keys: ['/'], bindings: [{ key: '/' }], help: 'shortcutSearch' },
    perform: () => focusSearch(),
  },
  remove: {
    id: 'remove',
    label: 'remove',
    shortcut: { keys: ['Delete'], bindings: [{ key: 'Delete' }, { key: 'Backspace' }], help: 'shortcutDelete' },
    predicate: hasNode,
    perform: ({ nodeId }) => store().removeNodes([nodeId!]),
    testId: 'menu-remove',
  },
  expand: {
    id: 'expand',
    label: 'expand',
    shortcut: { keys: ['e'], bindings: [{ key: 'e' }], help: 'shortcutExpand' },
    predicate: hasNode,
    perform: ({ nodeId }) => void expandNode(nodeId!).catch(ignore),
  },
  fit: {
    id: 'fit',
    label: 'fit',
    shortcut: { keys: ['f'], bindings: [{ key: 'f' }], help: 'shortcutFit' },
    perform: () => fitView(),
    testId: 'fit-button',
  },
  startFresh: {
    id: 'startFresh',
    label: 'startFresh',
    shortcut: { keys: ['n'], bindings: [{ key: 'n' }], help: 'shortcutStartFresh' },
    predicate: ({ state }) => state.graph.nodes.size > 0,
    perform: () => startFresh(),
    testId: 'start-fresh',
  },
  cycleLayout: {
    id: 'cycleLayout',
    label: 'shortcutLayout',
    shortcut: { keys: ['l'], bindings: [{ key: 'l' }], help: 'shortcutLayout' },
    perform: ({ state }) =>
      store().setLayout(LAYOUT_NAMES[(LAYOUT_NAMES.indexOf(state.layout) + 1) % LAYOUT_NAMES.length]!),
  },
  undo: {
    id: 'undo',
    label: 'undo',
    shortcut: { keys: ['Ctrl+Z'], bindings: [{ key: 'z', mod: true, shift: false }], help: 'shortcutUndo' },
    predicate: ({ state }) => state.past.length > 0,
    perform: () => store().undo(),
    testId: 'undo-button',
  },
  redo: {
    id: 'redo',
    label: 'redo',
    shortcut: {
      keys: ['Ctrl+Shift+Z', 'Ctrl+Y'],
      bindings: [
        { key: 'z', mod: true, shift: true },
        { key: 'y', mod: true },
      ],
      help: 'shortcutRedo',
    },
    predicate: ({ state }) => state.future.length > 0,
    perform: () => store().redo(),
    testId: 'redo-button',
  },
  menu: {
    id: 'menu',
    label: 'menu',
    shortcut: {
      keys: ['Menu', 'Shift+F10'],
      bindings: [{ key: 'ContextMenu' }, { key: 'F10', shift: true }],
      help: 'shortcutMenu',
    },
    predicate: hasNode,
    perform: ({ nodeId }) => openNodeMenu(nodeId!),
  },
  help: {
    id: 'help',
    label: 'help',
    shortcut: { keys: ['?'], bindings: [{ key: '?' }], help: 'shortcutHelp' },
    perform: ({ state }) => store().setHelp(!state.helpOpen),
  },
  escape: {
    id: 'escape',
    label: 'close',
    shortcut: { keys: ['Esc'], bindings: [{ key: 'Escape', always: true }], help: 'shortcutEscape' },
    // The innermost open thing closes first.
    predicate: ({ state: s }) => Boolean(s.menu || s.pendingExpansion || s.helpOpen || s.source || s.highlight),
    perform: ({ state: s }) => {
      const a = store();
      if (s.menu) a.openMenu(null);
      else if (s.pendingExpansion) a.setPendingExpansion(null);
      else if (s.helpOpen) a.setHelp(false);
      else if (s.source) a.openSource(null);
      else a.setHighlight(null);
    },
  },
  collapse: {
    id: 'collapse',
    label: 'collapse',
    predicate: hasNode,
    perform: ({ nodeId }) => store().collapse(nodeId!),
    testId: 'menu-collapse',
  },
  hide: {
    id: 'hide',
    label: 'hide',
    predicate: hasNode,
    perform: ({ nodeId }) => store().hideNodes([nodeId!]),
    testId: 'menu-hide',
  },
  pin: {
    id: 'pin',
    label: ({ state, nodeId }) => (nodeId && state.pinned.includes(nodeId) ? 'unpin' : 'pin'),
    predicate: hasNode,
    perform: ({ nodeId }) => store().togglePin(nodeId!),
    testId: 'menu-pin',
  },
  onlyNeighbours: {
    id: 'onlyNeighbours',
    label: 'onlyNeighbours',
    predicate: hasNode,
    perform: ({ nodeId }) => store().keepNeighbourhood(nodeId!),
    testId: 'menu-only',
  },
  pathFrom: {
    id: 'pathFrom',
    label: 'pathFrom',
    predicate: hasNode,
    perform: ({ nodeId }) => store().setPathEnd('from', nodeId),
    testId: 'menu-path-from',
  },
  pathTo: {
    id: 'pathTo',
    label: 'pathTo',
    predicate: hasNode,
    perform: ({ nodeId }) => store().setPathEnd('to', nodeId),
    testId: 'menu-path-to',
  },
  traceUp: {
    id: 'traceUp',
    label: 'traceUp',
    predicate: hasNode,
    perform: ({ nodeId }) => void traceNode(nodeId!, 'UPSTREAM').catch(ignore),
    testId: 'menu-trace-up',
  },
  traceDown: {
    id: 'traceDown',
    label: 'traceDown',
    predicate: hasNode,
    perform: ({ nodeId }) => void traceNode(nodeId!, 'DOWNSTREAM').catch(ignore),
    testId: 'menu-trace-down',
  },
  'layout-fcose': layoutAction('fcose'),
  'layout-dagre': layoutAction('dagre'),
  'layout-concentric': layoutAction('concentric'),
  'layout-grid': layoutAction('grid'),
} satisfies Record<string, Action>;

export type ActionId = keyof typeof ACTIONS;

/** The node context menu, top to bottom; null is a separator ("Expand neighbours…" with its form comes first). */
export const MENU_ACTIONS: (ActionId | null)[] = [
  'collapse',
  'hide',
  'remove',
  'pin',
  'onlyNeighbours',
  null,
  'pathFrom',
  'pathTo',
  'traceUp',
  'traceDown',
];

/** The toolbar's layout buttons, then its history and view buttons (Export opens its own dialog). */
export const LAYOUT_ACTIONS = LAYOUT_NAMES.map((name) => `layout-${name}`) as ActionId[];

/** Keys the browser handles itself, listed in the help next to the actions' shortcuts. */
export const BROWSER_KEYS: { keys: string[]; help: StringKey }[] = [
  { keys: ['Tab', 'Shift+Tab'], help: 'shortcutTab' },
];

export function action(id: ActionId): Action {
  return ACTIONS[id];
}

/** The help overlay's rows: every action's shortcut in the registry's order, then the browser's keys. */
export function shortcutList(): { keys: string[]; help: StringKey }[] {
  const own = Object.values(ACTIONS as Record<string, Action>).flatMap((a) => (a.shortcut ? [a.shortcut] : []));
  return [...own.map(({ keys, help }) => ({ keys, help })), ...BROWSER_KEYS];
}

/** The action a key press triggers, or null. */
export function actionForKey(e: KeyLike, typing: boolean): Action | null {
  for (const a of Object.values(ACTIONS as Record<string, Action>)) {
    if (a.shortcut?.bindings.some((b) => matches(b, e, typing))) return a;
  }
  return null;
}

/** The context an action runs in now; `nodeId` defaults to the selected node. */
export function currentContext(nodeId?: string | null): ActionContext {
  const state = useStore.getState();
  const selected = state.selection?.kind === 'node' ? state.selection.id : null;
  return { state, nodeId: nodeId === undefined ? selected : nodeId };
}

export function isEnabled(a: Action, context: ActionContext): boolean {
  return a.predicate ? a.predicate(context) : true;
}

export function labelOf(a: Action, context: ActionContext): StringKey {
  return typeof a.label === 'function' ? a.label(context) : a.label;
}

/** Runs the action if it applies; returns whether it did (a key that did nothing keeps its default). */
export function runAction(a: Action, context: ActionContext = currentContext()): boolean {
  if (!isEnabled(a, context)) return false;
  a.perform(context);
  return true;
}

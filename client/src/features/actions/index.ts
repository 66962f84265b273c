export {
  ACTIONS,
  MENU_ACTIONS,
  LAYOUT_ACTIONS,
  action,
  actionForKey,
  currentContext,
  isEnabled,
  labelOf,
  runAction,
  shortcutList,
  type Action,
  type ActionContext,
  type ActionId,
} from './registry.ts';
export { matches, type KeyBinding, type KeyLike } from './keys.ts';
export { useShortcuts } from './useShortcuts.ts';
export { ActionButton } from './ActionButton.tsx';
export { ICONS } from './icons.tsx';

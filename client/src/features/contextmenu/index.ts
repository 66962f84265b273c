export { ContextMenu } from './ContextMenu.tsx';
export { ExpandConfirm } from './ExpandConfirm.tsx';

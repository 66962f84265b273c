export { UndoRedo } from './UndoRedo.tsx';

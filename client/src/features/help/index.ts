export { HelpOverlay, HelpButton } from './HelpOverlay.tsx';

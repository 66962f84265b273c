export { OutlinePanel, openSection } from './OutlinePanel.tsx';

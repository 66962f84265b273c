export { StoryPanel } from './StoryPanel.tsx';

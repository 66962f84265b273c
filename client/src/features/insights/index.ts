export { InsightsPanel } from './InsightsPanel.tsx';

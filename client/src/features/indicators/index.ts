export { IndicatorsPanel } from './IndicatorsPanel.tsx';

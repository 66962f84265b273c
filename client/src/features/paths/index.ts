export { PathsPanel, pathSubgraph } from './PathsPanel.tsx';

export { TracePanel } from './TracePanel.tsx';

import { PLAN_TITLE } from '@plangraph/shared';
import { useStore } from '../../store/index.ts';
import { useT } from '../language/index.ts';
import { EdgeDetails } from './EdgeDetails.tsx';
import { NodeDetails } from './NodeDetails.tsx';

export function DetailsPanel() {
  const t = useT();
  const selection = useStore((s) => s.selection);
  const node = useStore((s) => (s.selection?.kind === 'node' ? s.graph.nodes.get(s.selection.id) : undefined));
  const edge = useStore((s) => (s.selection?.kind === 'edge' ? s.graph.edges.get(s.selection.id) : undefined));
  const language = useStore((s) => s.language);
  return (
    <aside className="details" data-testid="details-panel" aria-live="polite">
      {node ? (
        <NodeDetails node={node} />
      ) : edge ? (
        <EdgeDetails edge={edge} />
      ) : (
        <div className="details-empty">
          <div className="details-plan">{PLAN_TITLE[language]}</div>
          <p>{selection ? selection.id : t('detailsEmpty')}</p>
          <p className="muted">{t('hint')}</p>
        </div>
      )}
    </aside>
  );
}

import { REL_PHRASES, isRelType } from '@plangraph/shared';
import type { GraphEdge } from '../../api/types.ts';
import { displayName, relationTypeName } from '../../graph/index.ts';
import { useActions, useStore } from '../../store/index.ts';
import { useT } from '../language/index.ts';
import { visibleProperties } from './format.ts';
import { ProvenanceList } from './ProvenanceList.tsx';
import { PropertyList } from './PropertyList.tsx';

export function EdgeDetails({ edge }: { edge: GraphEdge }) {
  const t = useT();
  const language = useStore((s) => s.language);
  const nodes = useStore((s) => s.graph.nodes);
  const { select } = useActions();
  const source = nodes.get(edge.source);
  const target = nodes.get(edge.target);
  const phrase = isRelType(edge.type) ? REL_PHRASES[edge.type][language] : edge.type;
  const props = visibleProperties(edge.properties);
  const end = (id: string, n: typeof source) => (
    <button type="button" className="link" onClick={() => select({ kind: 'node', id })}>
      {n ? displayName(n, language) : id}
    </button>
  );
  return (
    <article className="details-body">
      <header>
        <span className="badge rel">{t('relationship')}</span>
        <h2 className="details-name" title={edge.type}>
          {relationTypeName(edge.type, language)}
        </h2>
      </header>
      <p className="edge-sentence">
        {end(edge.source, source)} <span className="phrase">{phrase}</span> {end(edge.target, target)}
      </p>
      {props.length > 0 && <PropertyList entries={props} />}
      <ProvenanceList items={edge.provenance} />
    </article>
  );
}

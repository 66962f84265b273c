import { LABEL_NAMES } from '@plangraph/shared';
import type { GraphNode } from '../../api/types.ts';
import { displayName, formatQuantity, kindName, LABEL_STYLE, primaryLabel } from '../../graph/index.ts';
import { expandNode } from '../../operations/index.ts';
import { useActions, useStore } from '../../store/index.ts';
import { useT } from '../language/index.ts';
import { visibleProperties } from './format.ts';
import { ProvenanceList } from './ProvenanceList.tsx';
import { PropertyList } from './PropertyList.tsx';

function IndicatorValues({ node }: { node: GraphNode }) {
  const t = useT();
  const language = useStore((s) => s.language);
  const p = node.properties;
  const unit = typeof p.unit === 'string' ? p.unit : null;
  // The unit goes with each figure, in the reader's units ("181 亿元" / "18.1 billion yuan").
  const figure = (v: unknown) => (typeof v === 'number' ? formatQuantity(v, unit, language) : '—');
  return (
    <div className="indicator">
      <div>
        <div className="indicator-caption">{t('value2020')}</div>
        <div className="indicator-value">{figure(p.value2020)}</div>
      </div>
      <div className="indicator-arrow" aria-hidden="true">
        →
      </div>
      <div>
        <div className="indicator-caption">{t('target2025')}</div>
        <div className="indicator-value target">{figure(p.target2025)}</div>
      </div>
    </div>
  );
}

export function NodeDetails({ node }: { node: GraphNode }) {
  const t = useT();
  const language = useStore((s) => s.language);
  const { removeNodes } = useActions();
  const label = primaryLabel(node);
  const name = displayName(node, language);
  const other = language === 'zh' ? node.nameEn : node.name;
  const description =
    language === 'en' ? (node.descriptionEn ?? node.description) : (node.description ?? node.descriptionEn);
  const props = visibleProperties(node.properties);
  // The dataset words every note in both languages; an English-only note is marked as such in the Chinese UI.
  const textIssueZh = language === 'zh' ? node.textIssueZh : null;
  return (
    <article className="details-body">
      <header>
        <span className="badge" style={{ background: LABEL_STYLE[label].color }}>
          {LABEL_NAMES[label][language]}
        </span>
        {node.kind && <span className="kind">{kindName(node.kind, language)}</span>}
        <h2 className="details-name">{name}</h2>
        {other && other !== name && <div className="details-other">{other}</div>}
      </header>
      {description && <p className="description">{description}</p>}
      {node.textIssue && (
        <div className="text-issue" role="note">
          <strong>{t('textIssue')}:</strong>{' '}
          {textIssueZh ? (
            textIssueZh
          ) : (
            <>
              {language === 'zh' && <span className="muted">{t('textIssueInEnglish')}</span>}
              <span lang="en">{node.textIssue}</span>
            </>
          )}
        </div>
      )}
      {label === 'Indicator' && <IndicatorValues node={node} />}
      {node.aliases.length > 0 && (
        <section>
          <h3>{t('aliases')}</h3>
          <div className="chips">
            {node.aliases.map((a) => (
              <span className="chip" key={a}>
                {a}
              </span>
            ))}
          </div>
        </section>
      )}
      {props.length > 0 && (
        <section>
          <h3>{t('properties')}</h3>
          <PropertyList entries={props} />
        </section>
      )}
      <div className="details-actions">
        <button type="button" onClick={() => void expandNode(node.id).catch(() => {})}>
          {t('expand')}
        </button>
        <button type="button" className="ghost" onClick={() => removeNodes([node.id])}>
          {t('remove')}
        </button>
      </div>
      <ProvenanceList items={node.provenance} />
    </article>
  );
}

import { useState } from 'react';
import * as api from '../../api/index.ts';
import type { EdgeDirection } from '../../api/types.ts';
import { displayName, kindName, labelName, relationTypeName } from '../../graph/index.ts';
import { useStore } from '../../store/index.ts';
import { Choice, CsvButton, InsightBody, labelOptions, NodeName, relationTypeOptions, showNodes } from './common.tsx';
import { useInsightsT } from './strings.ts';
import { useInsight } from './useInsight.ts';

/** Entities with no link of a type in a direction; by default industries no platform supports. */
export function GapsTab() {
  const t = useInsightsT();
  const language = useStore((s) => s.language);
  const [label, setLabel] = useState<string>('Industry');
  const [type, setType] = useState<string>('SUPPORTS');
  const [direction, setDirection] = useState<EdgeDirection>('INCOMING');
  const state = useInsight(`${label}/${type}/${direction}`, () => api.gaps(label, type, direction));
  const title = `${labelName(label, language)} · ${relationTypeName(type, language)} · ${t(direction === 'INCOMING' ? 'incoming' : 'outgoing')}`;
  return (
    <div className="insight" data-testid="insights-gaps">
      <p className="insight-question">{t('gapsQuestion')}</p>
      <div className="insight-controls">
        <Choice
          caption={t('gapsWhat')}
          testId="gaps-label"
          value={label}
          options={labelOptions(language)}
          onChange={setLabel}
        />
        <Choice
          caption={t('gapsLink')}
          testId="gaps-type"
          value={type}
          options={relationTypeOptions(language)}
          onChange={setType}
        />
        <Choice
          caption={t('gapsDirection')}
          testId="gaps-direction"
          value={direction}
          options={[
            { value: 'INCOMING', text: t('incoming') },
            { value: 'OUTGOING', text: t('outgoing') },
          ]}
          onChange={setDirection}
        />
      </div>
      <InsightBody state={state}>
        {(nodes) => (
          <>
            <p className="muted" data-testid="gaps-count">
              {nodes.length ? t('gapsCount', { n: nodes.length }) : t('gapsNone')}
            </p>
            <ul className="insight-list">
              {nodes.map((n) => (
                <li key={n.id}>
                  <button
                    type="button"
                    className="insight-row"
                    data-testid="insight-row"
                    data-id={n.id}
                    onClick={() => showNodes([n.id])}
                  >
                    <NodeName node={n} />
                    {n.kind && <span className="insight-score">{kindName(n.kind, language)}</span>}
                  </button>
                </li>
              ))}
            </ul>
            <CsvButton
              title={title}
              header={[t('name'), t('type')]}
              rows={() => nodes.map((n) => [displayName(n, language), n.kind ? kindName(n.kind, language) : ''])}
            />
          </>
        )}
      </InsightBody>
    </div>
  );
}

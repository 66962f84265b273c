import { useState } from 'react';
import { ENTITY_LABELS } from '@plangraph/shared';
import * as api from '../../api/index.ts';
import type { CentralityMeasure } from '../../api/types.ts';
import { CENTRALITY_MEASURES, displayName, formatScore, labelName, primaryLabel } from '../../graph/index.ts';
import { useStore } from '../../store/index.ts';
import { CsvButton, InsightBody, NodeName, showNodes } from './common.tsx';
import { useInsightsT } from './strings.ts';
import { useInsight } from './useInsight.ts';

/**
 * Most depended-upon platforms. The default, institutions by links in either direction, counts both what a platform
 * supports and what is backed by it or part of it (docs/explorer.md#insights).
 */
export function PlatformsTab() {
  const t = useInsightsT();
  const language = useStore((s) => s.language);
  const [measure, setMeasure] = useState<CentralityMeasure>('DEGREE');
  const [label, setLabel] = useState<string>('Institution');
  const state = useInsight(`${measure}/${label}`, () => api.centrality(measure, label ? [label] : null, 20));
  const title = `${t('platformsQuestion')} (${t(`measure${measure}`)})`;
  return (
    <div className="insight" data-testid="insights-platforms">
      <p className="insight-question">{t('platformsQuestion')}</p>
      <div className="insight-controls">
        <label>
          {t('measure')}{' '}
          <select
            data-testid="insights-measure"
            value={measure}
            onChange={(e) => setMeasure(e.target.value as CentralityMeasure)}
          >
            {CENTRALITY_MEASURES.map((m) => (
              <option key={m} value={m}>
                {t(`measure${m}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('ofLabel')}{' '}
          <select data-testid="insights-label" value={label} onChange={(e) => setLabel(e.target.value)}>
            <option value="">{t('allEntities')}</option>
            {ENTITY_LABELS.map((l) => (
              <option key={l} value={l}>
                {labelName(l, language)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <InsightBody state={state}>
        {(ranked) => (
          <>
            <ol className="insight-list">
              {ranked.map((r) => (
                <li key={r.node.id}>
                  <button
                    type="button"
                    className="insight-row"
                    data-testid="insight-row"
                    data-id={r.node.id}
                    onClick={() => showNodes([r.node.id])}
                  >
                    <span className="insight-rank">{r.rank}</span> <NodeName node={r.node} />
                    <span className="insight-score">{formatScore(r.score, measure)}</span>
                  </button>
                </li>
              ))}
            </ol>
            <CsvButton
              title={title}
              header={[t('rank'), t('name'), t('type'), t('score')]}
              rows={() =>
                ranked.map((r) => [
                  r.rank,
                  displayName(r.node, language),
                  labelName(primaryLabel(r.node), language),
                  r.score,
                ])
              }
            />
          </>
        )}
      </InsightBody>
    </div>
  );
}

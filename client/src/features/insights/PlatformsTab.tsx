import { useState } from 'react';
import * as api from '../../api/index.ts';
import type { CentralityMeasure } from '../../api/types.ts';
import { CENTRALITY_MEASURES, displayName, formatScore, labelName, primaryLabel } from '../../graph/index.ts';
import { useStore } from '../../store/index.ts';
import { Choice, CsvButton, InsightBody, labelOptions, NodeName, showNodes } from './common.tsx';
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
        <Choice
          caption={t('measure')}
          testId="insights-measure"
          value={measure}
          options={CENTRALITY_MEASURES.map((m) => ({ value: m, text: t(`measure${m}`) }))}
          onChange={setMeasure}
        />
        <Choice
          caption={t('ofLabel')}
          testId="insights-label"
          value={label}
          options={[{ value: '', text: t('allEntities') }, ...labelOptions(language)]}
          onChange={setLabel}
        />
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

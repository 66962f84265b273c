import * as api from '../../api/index.ts';
import { displayName } from '../../graph/index.ts';
import { useStore } from '../../store/index.ts';
import { CsvButton, InsightBody, showNodes } from './common.tsx';
import { useInsightsT } from './strings.ts';
import { useInsight } from './useInsight.ts';

/** Louvain communities, largest first; a row puts its members on the canvas. */
export function CommunitiesTab() {
  const t = useInsightsT();
  const language = useStore((s) => s.language);
  const state = useInsight('communities', () => api.communities(30, 12));
  return (
    <div className="insight" data-testid="insights-communities">
      <p className="insight-question">{t('communitiesQuestion')}</p>
      <InsightBody state={state}>
        {(communities) => (
          <>
            <ul className="insight-list">
              {communities.map((c) => (
                <li key={c.id}>
                  <button
                    type="button"
                    className="insight-row"
                    data-testid="insight-row"
                    data-id={c.id}
                    onClick={() => showNodes(c.members.map((m) => m.id))}
                  >
                    <span className="insight-name">{language === 'en' ? c.nameEn : c.name}</span>
                    <span className="insight-score">{c.size}</span>
                    <span className="insight-members muted">
                      {c.members.map((m) => displayName(m, language)).join(language === 'zh' ? '、' : ', ')}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
            <CsvButton
              title={t('communitiesQuestion')}
              header={[t('name'), t('size'), t('members')]}
              rows={() =>
                communities.map((c) => [
                  language === 'en' ? c.nameEn : c.name,
                  c.size,
                  c.members.map((m) => displayName(m, language)).join('; '),
                ])
              }
            />
          </>
        )}
      </InsightBody>
    </div>
  );
}

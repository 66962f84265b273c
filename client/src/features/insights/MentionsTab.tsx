import { useState } from 'react';
import * as api from '../../api/index.ts';
import type { Mention } from '../../api/types.ts';
import { displayName } from '../../graph/index.ts';
import { useStore } from '../../store/index.ts';
import { CsvButton, InsightBody, showNodes } from './common.tsx';
import { useInsightsT } from './strings.ts';
import { useInsight } from './useInsight.ts';

/** Every occurrence of a word in the plan, grouped by section; a hit opens the source viewer at its sentence. */
export function MentionsTab() {
  const t = useInsightsT();
  const [draft, setDraft] = useState('氢能');
  const [text, setText] = useState('氢能');
  return (
    <div className="insight" data-testid="insights-mentions">
      <p className="insight-question">{t('mentionsQuestion')}</p>
      <form
        className="insight-controls"
        onSubmit={(e) => {
          e.preventDefault();
          if (draft.trim()) setText(draft.trim());
        }}
      >
        <input
          type="search"
          data-testid="mentions-input"
          value={draft}
          placeholder={t('mentionsPlaceholder')}
          aria-label={t('mentionsPlaceholder')}
          onChange={(e) => setDraft(e.target.value)}
        />
        <button type="submit" className="small" data-testid="mentions-submit">
          {t('mentionsSearch')}
        </button>
      </form>
      <MentionResults key={text} text={text} />
    </div>
  );
}

function MentionResults({ text }: { text: string }) {
  const t = useInsightsT();
  const language = useStore((s) => s.language);
  const openSource = useStore((s) => s.actions.openSource);
  const state = useInsight(text, () => api.mentions(text, 200));
  return (
    <InsightBody state={state}>
      {(result) => {
        const bySection = new Map<string, Mention[]>();
        for (const hit of result.hits) bySection.set(hit.sectionId, [...(bySection.get(hit.sectionId) ?? []), hit]);
        return (
          <>
            <p data-testid="mentions-total">
              {t('mentionsTotal', { n: result.total })} · {t('mentionsShown', { n: result.hits.length })}
            </p>
            {result.sections.map((s) => (
              <section
                key={s.sectionId}
                className="mention-section"
                data-testid="mention-section"
                data-section-id={s.sectionId}
              >
                <h4>
                  {s.sectionTitle} <span className="insight-score">{s.count}</span>
                </h4>
                <ul className="insight-list">
                  {(bySection.get(s.sectionId) ?? []).map((hit) => (
                    <li key={hit.start}>
                      <button
                        type="button"
                        className="insight-quote"
                        data-testid="mention-hit"
                        onClick={() =>
                          openSource({ sectionId: hit.sectionId, quote: hit.quote, start: hit.start, end: hit.end })
                        }
                      >
                        {highlight(hit.quote, text)}
                      </button>
                      {hit.entities.length > 0 && (
                        <button
                          type="button"
                          className="small"
                          data-testid="mention-entities"
                          title={hit.entities
                            .map((e) => displayName(e, language))
                            .join(language === 'zh' ? '、' : ', ')}
                          onClick={() => showNodes(hit.entities.map((e) => e.id))}
                        >
                          {t('showOnCanvas')} ({hit.entities.length})
                        </button>
                      )}
                    </li>
                  ))}
                </ul>
              </section>
            ))}
            <CsvButton
              title={`${t('mentionsQuestion').replace(/……|…/, text)}`}
              header={[t('section'), t('quote'), t('entities')]}
              rows={() =>
                result.hits.map((h) => [
                  h.sectionTitle,
                  h.quote,
                  h.entities.map((e) => displayName(e, language)).join('; '),
                ])
              }
            />
          </>
        );
      }}
    </InsightBody>
  );
}

/** The sentence with each occurrence of the text marked. */
function highlight(sentence: string, text: string) {
  const parts = sentence.split(text);
  return parts.flatMap((part, i) => (i === 0 ? [part] : [<mark key={i}>{text}</mark>, part]));
}

import type { Provenance } from '../../api/types.ts';
import { useActions, useStore } from '../../store/index.ts';
import { useT } from '../language/index.ts';

export function ProvenanceList({ items }: { items: Provenance[] }) {
  const t = useT();
  const { openSource } = useActions();
  const open = useStore((s) => s.source);
  const language = useStore((s) => s.language);
  if (items.length === 0) return null;
  return (
    <section className="provenance">
      <h3>{t('provenance')}</h3>
      <ol>
        {items.map((p, i) => {
          const isOpen = open?.sectionId === p.sectionId && open.start === p.start;
          return (
            <li key={`${p.sectionId}:${p.start}:${i}`}>
              <button
                type="button"
                className={`quote${isOpen ? ' on' : ''}`}
                data-testid="provenance-quote"
                onClick={() => openSource({ sectionId: p.sectionId, quote: p.quote, start: p.start, end: p.end })}
                title={t('source')}
              >
                <span className="quote-text">“{p.quote}”</span>
                {p.sectionTitle && (
                  <span className="quote-section">
                    {language === 'en' ? (p.sectionTitleEn ?? p.sectionTitle) : p.sectionTitle}
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

import { useMemo } from 'react';
import { legendEntries, primaryLabel } from '../../graph/index.ts';
import { useActions, useStore } from '../../store/index.ts';
import { useT } from '../language/index.ts';

const ENTRIES = legendEntries();

/** Colour and shape per label, with counts on the canvas; a click hides or shows the label. */
export function Legend() {
  const t = useT();
  const language = useStore((s) => s.language);
  const hidden = useStore((s) => s.hiddenLabels);
  const nodes = useStore((s) => s.graph.nodes);
  const { toggleLabel } = useActions();
  const counts = useMemo(() => {
    const c = new Map<string, number>();
    for (const n of nodes.values()) c.set(primaryLabel(n), (c.get(primaryLabel(n)) ?? 0) + 1);
    return c;
  }, [nodes]);
  return (
    <section className="legend" aria-label={t('legend')}>
      <h3 title={t('legendHint')}>{t('legend')}</h3>
      <ul>
        {ENTRIES.filter((e) => e.label !== 'Section' || counts.has('Section')).map((e) => {
          const off = hidden.includes(e.label);
          return (
            <li key={e.label}>
              <button
                type="button"
                className={`${off ? 'off' : ''}${counts.has(e.label) ? '' : ' zero'}`}
                aria-pressed={!off}
                data-label={e.label}
                onClick={() => toggleLabel(e.label)}
                title={t('legendHint')}
              >
                <span className={`swatch shape-${e.shape}`} style={{ background: e.color }} />
                <span className="legend-name">{e.name[language]}</span>
                <span className="legend-count">{counts.get(e.label) ?? 0}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

import { useMemo, useState } from 'react';
import { legendEntries, primaryLabel } from '../../graph/index.ts';
import { useActions, useStore } from '../../store/index.ts';
import { useT } from '../language/index.ts';
import { StyleOptions } from './StyleOptions.tsx';

/** Label swatches keep only their shape while nodes are coloured by community. */
const SHAPE_ONLY = '#7b8794';

const ENTRIES = legendEntries();
/** Whether the legend is folded is kept between visits. */
const FOLDED_KEY = 'plangraph:legend-folded';

function storedOpen(): boolean {
  try {
    return localStorage.getItem(FOLDED_KEY) !== '1';
  } catch {
    return true;
  }
}

function storeOpen(open: boolean): void {
  try {
    if (open) localStorage.removeItem(FOLDED_KEY);
    else localStorage.setItem(FOLDED_KEY, '1');
  } catch {
    // Storage refused (private mode): the legend simply unfolds next time.
  }
}

/**
 * Colour and shape per label, with counts on the canvas; a click hides or shows the label. Below, the style options
 * (size by a measure, colour by community) with their scale or communities. The legend folds to its title so it
 * covers less of the canvas (kept between visits); fitting the view keeps nodes out from under it either way
 * (`data-canvas-obstacle`).
 */
export function Legend() {
  const t = useT();
  const language = useStore((s) => s.language);
  const hidden = useStore((s) => s.hiddenLabels);
  const nodes = useStore((s) => s.graph.nodes);
  const byCommunity = useStore((s) => s.canvasStyle.colourBy === 'community');
  const { toggleLabel } = useActions();
  const [open, setOpenState] = useState(storedOpen);
  const setOpen = (next: boolean) => {
    setOpenState(next);
    storeOpen(next);
  };
  const counts = useMemo(() => {
    const c = new Map<string, number>();
    for (const n of nodes.values()) c.set(primaryLabel(n), (c.get(primaryLabel(n)) ?? 0) + 1);
    return c;
  }, [nodes]);
  return (
    <section className={`legend${open ? '' : ' folded'}`} aria-label={t('legend')} data-canvas-obstacle="">
      <h2>
        <button
          type="button"
          className="legend-toggle"
          aria-expanded={open}
          data-testid="legend-toggle"
          title={open ? t('legendFold') : t('legendUnfold')}
          onClick={() => setOpen(!open)}
        >
          {t('legend')}
          <span aria-hidden="true">{open ? '▾' : '▸'}</span>
        </button>
      </h2>
      <ul hidden={!open} title={t('legendHint')}>
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
                <span
                  className={`swatch shape-${e.shape}`}
                  style={{ background: byCommunity ? SHAPE_ONLY : e.color }}
                />
                <span className="legend-name">{e.name[language]}</span>
                <span className="legend-count">{counts.get(e.label) ?? 0}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {open && <StyleOptions />}
    </section>
  );
}

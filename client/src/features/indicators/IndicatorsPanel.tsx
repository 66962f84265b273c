import { useEffect, useMemo, useState } from 'react';
import * as api from '../../api/index.ts';
import type { IndicatorRow, Observation } from '../../api/types.ts';
import { addNodes, guarded } from '../../operations/index.ts';
import { formatQuantity, indicatorBars, indicatorPace } from '../../graph/index.ts';
import { useStore } from '../../store/index.ts';
import { formatNumber } from '../details/index.ts';
import { useT } from '../language/index.ts';

/**
 * Table 2.1: 2020 value vs 2025 target per indicator, as plain CSS bars, with the growth and the compound annual rate
 * the target requires; a row adds its node and selects it. Observed values (seed/data/observations.yaml) are listed
 * under their row against the path to the target, each on pace or behind; with none, the panel says where to add them.
 */
export function IndicatorsPanel() {
  const t = useT();
  const language = useStore((s) => s.language);
  const [rows, setRows] = useState<IndicatorRow[] | null>(null);
  const [observed, setObserved] = useState<Observation[]>([]);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    Promise.all([guarded(api.indicators), guarded(api.observations)])
      .then(([r, o]) => {
        if (!live) return;
        setObserved(o);
        setRows(r);
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, []);
  const bars = useMemo(() => indicatorBars(rows ?? []), [rows]);
  const byIndicator = useMemo(() => {
    const m = new Map<string, Observation[]>();
    for (const o of observed) m.set(o.indicatorId, [...(m.get(o.indicatorId) ?? []), o]);
    return m;
  }, [observed]);
  return (
    <section className="panel-body" data-testid="indicators-panel" aria-label={t('indicators')}>
      <h3>{t('table21')}</h3>
      <div className="bar-legend" aria-hidden="true">
        <span className="bar-key v2020" /> {t('value2020')} <span className="bar-key v2025" /> {t('target2025')}
      </div>
      {!rows && !failed && <span className="spinner small" />}
      {failed && <p className="muted">{t('error')}</p>}
      <ol className="indicator-list">
        {bars.map((b) => {
          const name = language === 'en' ? (b.row.nameEn ?? b.row.name) : b.row.name;
          const unit = b.row.unit ?? null;
          const figure = (v: number | null | undefined) => (v == null ? '—' : formatQuantity(v, unit, language));
          return (
            <li key={b.row.id}>
              <button
                type="button"
                className="indicator-row"
                data-testid="indicator-row"
                data-id={b.row.id}
                onClick={() => void addNodes([b.row.id], { select: true }).catch(() => {})}
              >
                <span className="indicator-name">
                  <span className="indicator-no">{b.row.tableRow}</span> {name}
                </span>
                <span className="bars">
                  <span className="bar v2020" style={{ width: `${b.value * 100}%` }}>
                    <span className="bar-val">{figure(b.row.value2020)}</span>
                  </span>
                  <span className="bar v2025" style={{ width: `${b.target * 100}%` }}>
                    <span className="bar-val">{figure(b.row.target2025)}</span>
                  </span>
                </span>
                {b.gap !== null && (
                  <span className="indicator-gap">
                    {t('gap')}: {formatQuantity(b.gap, unit, language, true)}
                    {b.growth !== null && ` (${b.growth > 0 ? '+' : ''}${formatNumber(b.growth, language)}%)`}
                  </span>
                )}
                {b.annualRate !== null && (
                  <span className="indicator-gap" data-testid="indicator-rate">
                    {t('annualRate')}: {b.annualRate > 0 ? '+' : ''}
                    {formatNumber(b.annualRate, language)}% {t('perYear')}
                  </span>
                )}
              </button>
              {byIndicator.has(b.row.id) && (
                <ul className="observations" data-testid="indicator-observations">
                  {indicatorPace(b.row, byIndicator.get(b.row.id)!).map((o) => (
                    <li key={o.year} data-year={o.year} data-status={o.status ?? 'unknown'} title={o.source}>
                      <span className="observation-year">{o.year}</span>{' '}
                      {formatQuantity(o.value, o.unit ?? null, language)}
                      {o.expected !== null && (
                        <span className="muted">
                          {' '}
                          ({t('onPath')} {formatQuantity(o.expected, o.unit ?? null, language)})
                        </span>
                      )}
                      {o.status && (
                        <span className={`pace pace-${o.status}`} data-testid="pace-status">
                          {t(o.status === 'on-pace' ? 'onPace' : 'behindPace')}
                        </span>
                      )}
                      <cite className="observation-source">{o.source}</cite>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
      {rows && (
        <p className="muted observations-hint" data-testid="observations-hint">
          {t(observed.length === 0 ? 'observationsNone' : 'observationsSome')} <code>seed/data/observations.yaml</code>{' '}
          {t('observationsWhere')}
        </p>
      )}
    </section>
  );
}

import { useEffect, useMemo, useState } from 'react';
import * as api from '../../api/index.ts';
import type { IndicatorRow } from '../../api/types.ts';
import { addNodes, guarded } from '../../operations/index.ts';
import { indicatorBars } from '../../graph/index.ts';
import { useStore } from '../../store/index.ts';
import { formatNumber } from '../details/index.ts';
import { useT } from '../language/index.ts';

/**
 * Table 2.1: 2020 value vs 2025 target per indicator, as plain CSS bars, with the growth and the compound annual rate
 * the target requires; a row adds its node and selects it.
 */
export function IndicatorsPanel() {
  const t = useT();
  const language = useStore((s) => s.language);
  const [rows, setRows] = useState<IndicatorRow[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    guarded(api.indicators)
      .then((r) => live && setRows(r))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, []);
  const bars = useMemo(() => indicatorBars(rows ?? []), [rows]);
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
          const unit = b.row.unit ?? '';
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
                  {unit && <span className="indicator-unit-small"> ({unit})</span>}
                </span>
                <span className="bars">
                  <span className="bar v2020" style={{ width: `${b.value * 100}%` }}>
                    <span className="bar-val">{formatNumber(b.row.value2020, language)}</span>
                  </span>
                  <span className="bar v2025" style={{ width: `${b.target * 100}%` }}>
                    <span className="bar-val">{formatNumber(b.row.target2025, language)}</span>
                  </span>
                </span>
                {b.gap !== null && (
                  <span className="indicator-gap">
                    {t('gap')}: {b.gap > 0 ? '+' : ''}
                    {formatNumber(b.gap, language)} {unit}
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
            </li>
          );
        })}
      </ol>
    </section>
  );
}

import { useState } from 'react';
import * as api from '../../api/index.ts';
import type { CoverageMatrix } from '../../api/types.ts';
import {
  cellShade,
  coverageGrid,
  displayName,
  findCell,
  labelName,
  relationName,
  relationTypeName,
} from '../../graph/index.ts';
import { useStore } from '../../store/index.ts';
import { Choice, CsvButton, InsightBody, labelOptions, relationTypeOptions, showNodes } from './common.tsx';
import { downloadMatrixPicture } from './matrixPicture.ts';
import { useInsightsT } from './strings.ts';
import { useInsight } from './useInsight.ts';

/** Column choices: the strategic clusters (industries of that kind) or every entity of a label. */
const CLUSTERS = 'clusters';

/** Platforms × strategic clusters by SUPPORTS unless the reader chooses other rows, columns or link. */
export function CoverageTab() {
  const t = useInsightsT();
  const language = useStore((s) => s.language);
  const [rowLabel, setRowLabel] = useState('Institution');
  const [columns, setColumns] = useState<string>(CLUSTERS);
  const [type, setType] = useState('SUPPORTS');
  const state = useInsight(`${rowLabel}/${columns}/${type}`, () =>
    api.coverage({
      rowLabel,
      columnLabel: columns === CLUSTERS ? 'Industry' : columns,
      columnKinds: columns === CLUSTERS ? ['strategic-cluster'] : undefined,
      relationshipTypes: [type],
    }),
  );
  const columnName = columns === CLUSTERS ? t('clusters') : labelName(columns, language);
  const title = t('coverageTitle', {
    rows: labelName(rowLabel, language),
    columns: columnName,
    link: relationTypeName(type, language),
  });
  return (
    <div className="insight" data-testid="insights-coverage">
      <p className="insight-question">{t('coverageQuestion')}</p>
      <div className="insight-controls">
        <Choice
          caption={t('coverageRows')}
          testId="coverage-rows"
          value={rowLabel}
          options={labelOptions(language)}
          onChange={setRowLabel}
        />
        <Choice
          caption={t('coverageColumns')}
          testId="coverage-columns"
          value={columns}
          options={[{ value: CLUSTERS, text: t('clusters') }, ...labelOptions(language)]}
          onChange={setColumns}
        />
        <Choice
          caption={t('gapsLink')}
          testId="coverage-type"
          value={type}
          options={relationTypeOptions(language)}
          onChange={setType}
        />
      </div>
      <p className="muted">{t('coverageHint')}</p>
      <InsightBody state={state}>{(matrix) => <CoverageGrid key={title} matrix={matrix} title={title} />}</InsightBody>
    </div>
  );
}

function CoverageGrid({ matrix, title }: { matrix: CoverageMatrix; title: string }) {
  const t = useInsightsT();
  const language = useStore((s) => s.language);
  const openSource = useStore((s) => s.actions.openSource);
  const [open, setOpen] = useState<{ row: string; column: string } | null>(null);
  const grid = coverageGrid(matrix);
  const cell = open ? findCell(matrix, open.row, open.column) : undefined;
  const nameOf = (id: string) => {
    const n = [...matrix.rows, ...matrix.columns].find((x) => x.id === id);
    return n ? displayName(n, language) : id;
  };
  if (grid.rows.length === 0)
    return (
      <p className="muted" data-testid="coverage-empty">
        {t('coverageEmpty')}
      </p>
    );
  return (
    <>
      <div className="coverage-scroll">
        <table className="coverage-grid" data-testid="coverage-grid">
          <thead>
            <tr>
              <th />
              {grid.columns.map((c, ci) => (
                <th key={c.id} scope="col" className={grid.columnTotals[ci] ? '' : 'uncovered'}>
                  <button
                    type="button"
                    className="link"
                    onClick={() => showNodes([c.id])}
                    title={grid.columnTotals[ci] ? undefined : t('coverageUncovered')}
                  >
                    {displayName(c, language)}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((r, ri) => (
              <tr key={r.id}>
                <th scope="row">
                  <button
                    type="button"
                    className="link"
                    data-testid="coverage-row"
                    data-id={r.id}
                    onClick={() =>
                      showNodes([r.id, ...grid.columns.filter((_, ci) => grid.counts[ri]![ci]! > 0).map((c) => c.id)])
                    }
                  >
                    {displayName(r, language)}
                  </button>
                </th>
                {grid.columns.map((c, ci) => {
                  const count = grid.counts[ri]![ci]!;
                  return (
                    <td key={c.id} style={{ '--shade': cellShade(count, grid.max) } as React.CSSProperties}>
                      {count > 0 && (
                        <button
                          type="button"
                          data-testid="coverage-cell"
                          data-row={r.id}
                          data-column={c.id}
                          aria-label={t('cellLinks', {
                            row: displayName(r, language),
                            column: displayName(c, language),
                            n: count,
                          })}
                          aria-pressed={open?.row === r.id && open.column === c.id}
                          onClick={() => setOpen({ row: r.id, column: c.id })}
                        >
                          {count}
                        </button>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {cell && (
        <div className="coverage-cell-detail" data-testid="coverage-cell-detail">
          <p>
            <strong>{t('cellLinks', { row: nameOf(cell.row), column: nameOf(cell.column), n: cell.count })}</strong>{' '}
            <button
              type="button"
              className="small"
              data-testid="coverage-cell-show"
              onClick={() => showNodes([cell.row, cell.column, ...cell.edges.flatMap((e) => [e.source, e.target])])}
            >
              {t('showOnCanvas')}
            </button>
          </p>
          <ul className="insight-list">
            {cell.edges.map((e) => (
              <li key={e.id}>
                {nameOf(e.source)} {relationName(e.type, language)} {nameOf(e.target)}
                {e.provenance.map((p, i) => (
                  <button
                    key={i}
                    type="button"
                    className="insight-quote"
                    data-testid="coverage-quote"
                    onClick={() => openSource({ sectionId: p.sectionId, quote: p.quote, start: p.start, end: p.end })}
                  >
                    “{p.quote}”
                  </button>
                ))}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="insight-actions">
        <CsvButton
          title={title}
          header={['', ...grid.columns.map((c) => displayName(c, language))]}
          rows={() => grid.rows.map((r, ri) => [displayName(r, language), ...grid.counts[ri]!])}
        />
        {(['svg', 'png'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className="small"
            data-testid={`coverage-${format}`}
            onClick={() => void downloadMatrixPicture(grid, title, language, format)}
          >
            {t(format)}
          </button>
        ))}
      </div>
    </>
  );
}

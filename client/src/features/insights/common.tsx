import type { ReactNode } from 'react';
import { displayName, labelName, primaryLabel, type CsvValue } from '../../graph/index.ts';
import type { GraphNode } from '../../api/types.ts';
import { addNodes } from '../../operations/index.ts';
import { useStore } from '../../store/index.ts';
import { downloadCsv } from './exportTable.ts';
import { useInsightsT } from './strings.ts';
import type { InsightState } from './useInsight.ts';

/** Puts nodes on the canvas and selects the first. */
export function showNodes(ids: string[]): void {
  void addNodes(ids, { select: true }).catch(() => {});
}

export function NodeName({ node }: { node: Pick<GraphNode, 'name' | 'nameEn' | 'labels'> }) {
  const language = useStore((s) => s.language);
  return (
    <>
      <span className="insight-name">{displayName(node, language)}</span>{' '}
      <span className="insight-label">{labelName(primaryLabel(node), language)}</span>
    </>
  );
}

/** Spinner, failure or the content. */
export function InsightBody<T>({ state, children }: { state: InsightState<T>; children: (data: T) => ReactNode }) {
  const t = useInsightsT();
  if (state.failed) return <p className="muted">{t('failed')}</p>;
  if (!state.data) return <span className="spinner small" aria-label={t('loadingInsight')} />;
  return <>{children(state.data)}</>;
}

export function CsvButton({
  title,
  header,
  rows,
}: {
  title: string;
  header: readonly string[];
  rows: () => readonly (readonly CsvValue[])[];
}) {
  const t = useInsightsT();
  const language = useStore((s) => s.language);
  return (
    <button
      type="button"
      className="small"
      data-testid="insights-csv"
      onClick={() => void downloadCsv(title, header, rows(), language)}
    >
      {t('csv')}
    </button>
  );
}

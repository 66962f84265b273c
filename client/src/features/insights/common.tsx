import type { ReactNode } from 'react';
import { CURATED_REL_TYPES, ENTITY_LABELS } from '@plangraph/shared';
import {
  displayName,
  labelName,
  primaryLabel,
  relationTypeName,
  type CsvValue,
  type Language,
} from '../../graph/index.ts';
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

export type ChoiceOption = { value: string; text: string };

/** One labelled drop-down of an insight's controls. */
export function Choice<V extends string>({
  caption,
  testId,
  value,
  options,
  onChange,
}: {
  caption: string;
  testId: string;
  value: V;
  options: readonly ChoiceOption[];
  onChange: (value: V) => void;
}) {
  return (
    <label>
      {caption}{' '}
      <select data-testid={testId} value={value} onChange={(e) => onChange(e.target.value as V)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Every entity label, by its human name. */
export const labelOptions = (language: Language): ChoiceOption[] =>
  ENTITY_LABELS.map((l) => ({ value: l, text: labelName(l, language) }));

/** Every curated relationship type, by its human name. */
export const relationTypeOptions = (language: Language): ChoiceOption[] =>
  CURATED_REL_TYPES.map((r) => ({ value: r, text: relationTypeName(r, language) }));

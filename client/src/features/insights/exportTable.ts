/** Saves an Insights table as CSV with the plan cited below it. */
import { PLAN_TITLE } from '@plangraph/shared';
import { toCsv, type CsvValue, type Language } from '../../graph/index.ts';

export function csvFilename(title: string): string {
  const safe = title.replace(/[\\/:*?"<>|\s]+/g, '-').replace(/^-+|-+$/g, '');
  return `${safe || 'insights'}.csv`;
}

export async function downloadCsv(
  title: string,
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
  language: Language,
): Promise<void> {
  // Loaded on demand, like the export dialog's own code.
  const { download } = await import('../export/run.ts');
  const source = language === 'zh' ? `来源：${PLAN_TITLE.zh}` : `Source: ${PLAN_TITLE.en}`;
  const text = toCsv(header, rows, [title, source]);
  download({ bytes: new TextEncoder().encode(text), filename: csvFilename(title), mime: 'text/csv;charset=utf-8' });
}

/** Tables as CSV (RFC 4180): fields with commas, quotes or line breaks are quoted; lines end in CRLF. */
export type CsvValue = string | number | null | undefined;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The header and rows as one CSV text, with a byte-order mark so spreadsheet programs read Chinese as UTF-8;
 * the citation lines (title, source) follow the table after an empty line.
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
  footer: readonly string[] = [],
): string {
  const lines = [header, ...rows].map((r) => r.map(csvField).join(','));
  if (footer.length) lines.push('', ...footer.map((f) => csvField(f)));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

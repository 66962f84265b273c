/** File names for exports and story decks: the title and the date, in characters every file system accepts. */

/** The local calendar date as YYYY-MM-DD. */
export function isoDate(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
}

const MAX_STEM = 80;

/**
 * `<title parts>-<date>.<ext>`: letters (any script), digits and `_ . ( ) （ ）` kept, every other run of characters
 * (spaces, slashes, quotes, colons…) becomes one "-". An empty title gives "plangraph".
 */
export function exportFileName(title: string | readonly string[], date: Date | string, ext: string): string {
  const parts = typeof title === 'string' ? [title] : title;
  const safe = parts
    .map((p) =>
      p
        .normalize('NFC')
        .replace(/[^\p{L}\p{N}\p{M}_.()（）]+/gu, '-')
        .replace(/^[-.]+|[-.]+$/g, ''),
    )
    .filter(Boolean)
    .join('-');
  const stem = [...(safe || 'plangraph')]
    .slice(0, MAX_STEM)
    .join('')
    .replace(/[-.]+$/, '');
  const day = typeof date === 'string' ? date : isoDate(date);
  const extension = ext.replace(/^\.+/, '').replace(/[^a-z0-9.]/gi, '');
  return `${stem}-${day}.${extension}`;
}

/**
 * Splits a section's text around a quote. Offsets are into the whole source; the section starts at sectionStart.
 * Falls back to searching for the quote when the offsets do not match (e.g. a quote pinned to another line).
 */
export function splitAroundQuote(
  text: string,
  sectionStart: number,
  quote: { quote: string; start: number; end: number },
): { before: string; match: string; after: string } | null {
  const s = quote.start - sectionStart;
  const e = quote.end - sectionStart;
  if (s >= 0 && e <= text.length && e > s && text.slice(s, e) === quote.quote) {
    return { before: text.slice(0, s), match: text.slice(s, e), after: text.slice(e) };
  }
  const i = text.indexOf(quote.quote);
  if (i < 0 || quote.quote.length === 0) return null;
  return { before: text.slice(0, i), match: quote.quote, after: text.slice(i + quote.quote.length) };
}

/**
 * Citations as a short numbered list: "[1] 生物医药 · [2] 专栏13 …". The picture carries at most two lines of it;
 * the full list, with each quote, goes where there is room (PPTX notes, a PDF's last page, SVG metadata).
 */
import type { Language } from '../../graph/index.ts';
import type { Measure } from './drawing.ts';

export type Citation = {
  /** 1-based, in order of first appearance. */
  n: number;
  section: string;
  /** Distinct quotes from that section, in order of first appearance. */
  quotes: string[];
};

/** Numbers the cited sections in order of first appearance and gathers each section's distinct quotes. */
export function numberCitations(sources: readonly { section: string; quote?: string | null }[]): Citation[] {
  const bySection = new Map<string, Citation>();
  for (const s of sources) {
    if (!s.section) continue;
    let c = bySection.get(s.section);
    if (!c) {
      c = { n: bySection.size + 1, section: s.section, quotes: [] };
      bySection.set(s.section, c);
    }
    const q = s.quote?.trim();
    if (q && !c.quotes.includes(q)) c.quotes.push(q);
  }
  return [...bySection.values()];
}

const MORE = { zh: '等共 {n} 节', en: '… {n} sections in all' } satisfies Record<Language, string>;
const SEP = ' · ';
/** A section title longer than this (in em) is cut with an ellipsis on the picture. */
const MAX_ENTRY_EM = 18;

function shorten(text: string, size: number, measure: Measure): string {
  const limit = MAX_ENTRY_EM * size;
  if (measure(text, size, 400) <= limit) return text;
  const chars = [...text];
  while (chars.length > 1 && measure(`${chars.join('')}…`, size, 400) > limit) chars.pop();
  return `${chars.join('')}…`;
}

/** Greedy line filling of whole entries (an entry never breaks across lines unless it alone is too wide). */
function fill(entries: string[], width: number, size: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const e of entries) {
    const next = line ? line + SEP + e : e;
    if (line && measure(next, size, 400) > width) {
      lines.push(line);
      line = e;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The footer's lines: the source (plan title) followed by the numbered sections, in at most `maxLines` lines of
 * `width`; when they do not fit, trailing entries give way to a count of all sections.
 */
export function citationFooter(
  source: string,
  citations: readonly Citation[],
  language: Language,
  opts: { width: number; size: number; measure: Measure; maxLines?: number },
): string[] {
  const maxLines = opts.maxLines ?? 2;
  const entries = citations.map((c) => `[${c.n}] ${shorten(c.section, opts.size, opts.measure)}`);
  for (let shown = entries.length; shown >= 0; shown--) {
    const more = shown < entries.length ? [MORE[language].replace('{n}', String(entries.length))] : [];
    const lines = fill([source, ...entries.slice(0, shown), ...more], opts.width, opts.size, opts.measure);
    if (lines.length <= maxLines) return lines;
  }
  // Even the source alone is too long: cut it.
  return [shorten(source, opts.size, (t, s, w) => (opts.measure(t, s, w) * MAX_ENTRY_EM * opts.size) / opts.width)];
}

/** The full list, one citation a line with its quotes: "[1] 生物医药 — “…”; “…”". */
export function citationList(source: string, citations: readonly Citation[]): string[] {
  return [
    source,
    ...citations.map(
      (c) => `[${c.n}] ${c.section}${c.quotes.length ? ` — ${c.quotes.map((q) => `“${q}”`).join('; ')}` : ''}`,
    ),
  ];
}

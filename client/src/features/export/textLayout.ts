/** Text measuring and wrapping for composed pictures. */
import { isCjk } from '../../graph/index.ts';
import type { Measure } from './drawing.ts';

/** Noto Sans SC's advance widths, roughly: CJK and full-width forms 1 em, Latin about 0.55 em. */
export const estimateWidth: Measure = (text, size, weight) => {
  let em = 0;
  for (const ch of text) {
    if (isCjk(ch) || ch === '“' || ch === '”') em += 1;
    else if (ch === ' ') em += 0.26;
    else if (/[A-Z0-9]/.test(ch)) em += 0.62;
    else if (/[il.,:;'|!]/.test(ch)) em += 0.26;
    else em += 0.53;
  }
  return em * size * (weight === 700 ? 1.03 : 1);
};

/** Wraps text to a width: at spaces for Latin text, anywhere between CJK characters. */
export function wrapText(text: string, width: number, size: number, weight: 400 | 700, measure: Measure): string[] {
  const out: string[] = [];
  // Tokens: a CJK character alone, or a run of non-space Latin with its trailing space.
  const tokens =
    text.match(
      /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef“”]|[^\s\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef“”]+\s*|\s+/g,
    ) ?? [];
  let line = '';
  for (const tok of tokens) {
    if (line && measure((line + tok).trimEnd(), size, weight) > width) {
      out.push(line.trimEnd());
      line = tok.trimStart();
    } else line += tok;
  }
  if (line.trim()) out.push(line.trimEnd());
  return out;
}

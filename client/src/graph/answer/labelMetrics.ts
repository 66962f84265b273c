/**
 * Label sizes estimated without a browser, so answer views can be laid out before anything is drawn. Widths
 * err on the wide side (a CJK character is one em, Latin letters a little over their Noto Sans advance): a
 * layout that leaves room for the estimate leaves room for the real text.
 */
import { isCjk } from '../text.ts';

/** Line height as the canvas stylesheet sets it (`line-height: 1.25`). */
export const LINE_HEIGHT = 1.25;

function charEm(ch: string): number {
  if (isCjk(ch)) return 1;
  if (/[A-Z]/.test(ch)) return 0.72;
  if (/[mwMW]/.test(ch)) return 0.9;
  if (/[a-z]/.test(ch)) return 0.58;
  if (/[0-9]/.test(ch)) return 0.6;
  if (ch === ' ') return 0.3;
  if (/[.,:;'’!|()[\]ilIj-]/.test(ch)) return 0.35;
  return 0.62;
}

export function textWidth(text: string, fontPx: number): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * fontPx;
}

/**
 * Breaks a label into lines no wider than `maxWidthPx`: Latin text at spaces and after hyphens, CJK text between
 * any two characters (never before closing punctuation). A word wider than the line is split where it must be.
 */
export function wrapLabel(text: string, fontPx: number, maxWidthPx: number): string[] {
  const tokens =
    text.match(
      /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\s\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]+-?|\s+/g,
    ) ?? [];
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim()) lines.push(line.trim());
    line = '';
  };
  for (const raw of tokens) {
    if (/^\s+$/.test(raw)) {
      if (line) line += ' ';
      continue;
    }
    // Closing punctuation stays on the line it closes, even if that line runs a little over.
    if (/^[,，。、:：;；)）”’》」』!！?？·]$/.test(raw)) {
      line += raw;
      continue;
    }
    if (textWidth(line + raw, fontPx) <= maxWidthPx || line.trim() === '') {
      if (textWidth(raw, fontPx) > maxWidthPx && line.trim() === '') {
        // A single word wider than the line: split it by characters.
        for (const ch of raw) {
          if (textWidth(line + ch, fontPx) > maxWidthPx && line) push();
          line += ch;
        }
      } else line += raw;
      continue;
    }
    push();
    line = raw;
  }
  push();
  return lines.length > 0 ? lines : [''];
}

export type LabelSize = { lines: string[]; width: number; height: number };

export function measureLabel(text: string, fontPx: number, maxWidthPx: number): LabelSize {
  const lines = wrapLabel(text, fontPx, maxWidthPx);
  return {
    lines,
    width: Math.max(...lines.map((l) => textWidth(l, fontPx))),
    height: lines.length * fontPx * LINE_HEIGHT,
  };
}

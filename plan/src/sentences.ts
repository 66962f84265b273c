/**
 * The plan's sentences with their offsets and owning section: what `mentions` searches (through a full-text index),
 * so every occurrence of a term in the plan comes back as a quotable sentence.
 */
import { lineAt, type Outline } from './outline.ts';

export type Sentence = { id: string; text: string; start: number; end: number; sectionId: string };

/** A sentence ends after 。！？； (full-width or Latin) or at the end of its line (the text has one paragraph a line). */
const SENTENCE = /[^\n。！？；!?;]*(?:[。！？；!?;]+[”’」』)）]*|(?=\n)|$)/gu;

export function splitSentences(text: string, outline: Outline): Sentence[] {
  const sentences: Sentence[] = [];
  for (const m of text.matchAll(SENTENCE)) {
    const raw = m[0];
    if (raw.length === 0) continue;
    // Trim the indentation and trailing blanks, keeping offsets exact.
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body.length === 0) continue;
    const start = m.index + lead;
    const end = start + body.length;
    sentences.push({ id: `s${start}`, text: body, start, end, sectionId: owningSection(outline, start) });
  }
  return sentences;
}

function owningSection(outline: Outline, offset: number): string {
  // The deepest section that owns the sentence's line; lines before the first heading belong to the first section.
  return outline.lineOwner[lineAt(outline, offset)] ?? outline.sections[0]!.id;
}

/** The plan as published: its text, its outline and the English titles of its sections. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export { parseOutline, sectionPath, lineAt, displayTitle } from './outline.ts';
export type { Outline, Section, SectionKind } from './outline.ts';

/** The plan's text, verbatim (UTF-8, one paragraph per line). */
export const PLAN_TEXT_FILE = fileURLToPath(new URL('../source/plan-zh.txt', import.meta.url));

/** English titles of the outline's sections, keyed by section id (validated by the seed loader). */
export const SECTION_TITLES_EN_FILE = fileURLToPath(new URL('../source/outline-en.yaml', import.meta.url));

export function readPlanText(file: string = PLAN_TEXT_FILE): string {
  return readFileSync(file, 'utf8');
}

/** The English section titles; empty when the file is absent or not a `sections:` map of strings. */
export function readSectionTitlesEn(file: string = SECTION_TITLES_EN_FILE): Record<string, string> {
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch {
    return {};
  }
  const sections = (data as { sections?: unknown } | null)?.sections;
  if (typeof sections !== 'object' || sections === null) return {};
  return Object.fromEntries(
    Object.entries(sections).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}
export { splitSentences } from './sentences.ts';
export type { Sentence } from './sentences.ts';

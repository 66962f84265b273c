import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLAN_TEXT_FILE } from './index.ts';
import { parseOutline } from './outline.ts';
import { splitSentences } from './sentences.ts';

const text = readFileSync(PLAN_TEXT_FILE, 'utf8');
const outline = parseOutline(text);
const sentences = splitSentences(text, outline);

const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('splitSentences', () => {
  it('cuts the plan into sentences whose offsets point at their text', () => {
    expect(sentences.length).toBeGreaterThan(500);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('ends a sentence after 。 and keeps a closing quote with it', () => {
    const sample = '前言\n  甲说“好。”乙走了；丙来\n丁。';
    const small = splitSentences(sample, parseOutline(sample)).map((s) => s.text);
    expect(small).toEqual(['前言', '甲说“好。”', '乙走了；', '丙来', '丁。']);
  });

  it('loses no occurrence of a term: counts over sentences equal counts over the whole text', () => {
    for (const term of ['氢能', '生物医药', '5G', '人工智能', '知识城', '专栏']) {
      const inSentences = sentences.reduce((n, s) => n + occurrences(s.text, term), 0);
      expect(inSentences, term).toBe(occurrences(text, term));
    }
  });

  it('assigns every sentence the deepest section that owns its line', () => {
    const ids = new Set(outline.sections.map((s) => s.id));
    for (const s of sentences) expect(ids.has(s.sectionId)).toBe(true);
    const heading = sentences.find((s) => s.text.startsWith('专栏13'));
    expect(heading && outline.byId.get(heading.sectionId)?.number).toBe('专栏13');
  });
});

import { describe, expect, it } from 'vitest';
import {
  MAX_SLIDES,
  StoryError,
  addSlide,
  moveSlide,
  parseStory,
  removeSlide,
  serializeStory,
  updateSlide,
  viewQuery,
  type Story,
} from './story.ts';

const slide = (i: number) => ({ title: `视图 ${i}`, caption: `说明 ${i}`, view: `?n=v${i}&lang=zh` });
const story = (slides: unknown[]) => ({ title: '生物医药', subtitle: '2026-12', lang: 'zh', slides });

describe('story file', () => {
  it('reads a story, ignoring unknown fields and keeping only the query string of a whole link', () => {
    const parsed = parseStory(
      JSON.stringify({
        ...story([
          { ...slide(1), extra: true },
          { title: 'Path', caption: '', view: 'http://localhost:4000/?p=a~b&lang=en#x' },
        ]),
        author: 'ignored',
      }),
    );
    expect(parsed).toEqual({
      title: '生物医药',
      subtitle: '2026-12',
      lang: 'zh',
      slides: [slide(1), { title: 'Path', caption: '', view: '?p=a~b&lang=en' }],
    });
  });

  it('names the slide (1-based) and the field that is missing or malformed', () => {
    expect(() => parseStory(story([slide(1), { caption: 'x', view: '?n=a' }]))).toThrow('slide 2: "title" is missing');
    expect(() => parseStory(story([slide(1), slide(2), { title: 't', view: 42 }]))).toThrow(
      'slide 3: "view" must be a string, not number',
    );
    expect(() => parseStory(story([{ title: 't', caption: 'c', view: 'no query here' }]))).toThrow(
      /slide 1: "view" must be a share link/,
    );
    expect(() => parseStory(story([{ title: 't', caption: 3, view: '?n=a' }]))).toThrow(
      'slide 1: "caption" must be a string',
    );
    expect(() => parseStory({ ...story([slide(1)]), lang: 'fr' })).toThrow('story: "lang" must be "zh" or "en"');
    expect(() => parseStory({ slides: [slide(1)] })).toThrow('story: "title" is missing');
    expect(() => parseStory('{ not json')).toThrow(/not valid JSON/);
  });

  it('refuses an empty story and more than the slide limit, naming the limit', () => {
    expect(() => parseStory(story([]))).toThrow(/"slides" is empty/);
    const many = Array.from({ length: MAX_SLIDES + 1 }, (_, i) => slide(i));
    expect(() => parseStory(story(many))).toThrow(`${MAX_SLIDES + 1} slides; at most ${MAX_SLIDES} are allowed`);
    expect(parseStory(story(many.slice(0, MAX_SLIDES))).slides).toHaveLength(MAX_SLIDES);
  });

  it('writes the same bytes for the same story and reads them back', () => {
    const s = parseStory(story([slide(1), slide(2)]));
    const text = serializeStory(s);
    expect(serializeStory(parseStory(text))).toBe(text);
    expect(text.indexOf('"title"')).toBeLessThan(text.indexOf('"slides"'));
  });

  it('takes views as query strings, bare parameters or links', () => {
    expect(viewQuery('?n=a')).toBe('?n=a');
    expect(viewQuery('n=a&lang=en')).toBe('?n=a&lang=en');
    expect(viewQuery('https://example.org/app/?t=x')).toBe('?t=x');
    expect(viewQuery('https://example.org/app/')).toBeNull();
    expect(viewQuery('')).toBeNull();
  });
});

describe('story edits', () => {
  const base: Story = parseStory(story([slide(1), slide(2), slide(3)]));

  it('adds, moves, renames and removes slides without touching the input', () => {
    const added = addSlide(base, { title: 'four', caption: '', view: 'http://h/?n=d' });
    expect(added.slides.map((s) => s.view)).toEqual(['?n=v1&lang=zh', '?n=v2&lang=zh', '?n=v3&lang=zh', '?n=d']);
    expect(base.slides).toHaveLength(3);
    expect(moveSlide(base, 2, 0).slides.map((s) => s.title)).toEqual(['视图 3', '视图 1', '视图 2']);
    expect(moveSlide(base, 0, 5)).toBe(base);
    expect(updateSlide(base, 1, { title: 'renamed' }).slides[1]).toEqual({ ...slide(2), title: 'renamed' });
    expect(removeSlide(base, 0).slides.map((s) => s.title)).toEqual(['视图 2', '视图 3']);
  });

  it('refuses a view without a query and a slide past the limit', () => {
    expect(() => addSlide(base, { title: 'x', caption: '', view: 'http://h/' })).toThrow(StoryError);
    const full: Story = { ...base, slides: Array.from({ length: MAX_SLIDES }, (_, i) => slide(i)) };
    expect(() => addSlide(full, slide(99))).toThrow(`at most ${MAX_SLIDES} slides`);
  });
});

/**
 * A story: a titled sequence of views (share-link query strings), each with a title and a caption. This is the
 * model behind the Story panel and the `.story.json` file format (documented in docs/exports.md, a contract):
 * parsing checks every field and names the slide and the field that is wrong.
 */
import type { Language } from '../../graph/index.ts';

export type StorySlide = {
  title: string;
  caption: string;
  /** The query string of a share link, starting with "?". */
  view: string;
};

export type Story = {
  title: string;
  subtitle: string;
  lang: Language;
  slides: StorySlide[];
};

/** A deck longer than this is refused: a briefing, not an archive. */
export const MAX_SLIDES = 50;

export class StoryError extends Error {
  override name = 'StoryError';
}

export const EMPTY_STORY: Story = { title: '', subtitle: '', lang: 'zh', slides: [] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The query string of a view: "?n=…", "n=…" or a whole link to the app (whose query string is used).
 * Returns null when the value holds no query parameters at all.
 */
export function viewQuery(view: string): string | null {
  const text = view.trim();
  if (!text) return null;
  let query: string;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    try {
      query = new URL(text).search;
    } catch {
      return null;
    }
  } else if (text.startsWith('?')) query = text;
  else if (/^[^/?#\s]+=/.test(text)) query = `?${text}`;
  else if (text.includes('?')) query = text.slice(text.indexOf('?'));
  else return null;
  query = query.replace(/#.*$/, '');
  const params = new URLSearchParams(query);
  return [...params.keys()].length ? query : null;
}

function text(where: string, value: unknown, field: string, required: boolean): string {
  if (value === undefined || value === null) {
    if (required) throw new StoryError(`${where}: "${field}" is missing`);
    return '';
  }
  if (typeof value !== 'string') throw new StoryError(`${where}: "${field}" must be a string, not ${typeof value}`);
  return value;
}

/** A story from parsed JSON (or JSON text). Unknown fields are ignored; everything else is checked. */
export function parseStory(input: unknown): Story {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input) as unknown;
    } catch (err) {
      throw new StoryError(`the story is not valid JSON: ${(err as Error).message}`);
    }
  }
  if (!isObject(data)) throw new StoryError('the story must be a JSON object with "title" and "slides"');
  const title = text('story', data.title, 'title', true).trim();
  if (!title) throw new StoryError('story: "title" is empty');
  const subtitle = text('story', data.subtitle, 'subtitle', false).trim();
  const lang = data.lang ?? 'zh';
  if (lang !== 'zh' && lang !== 'en')
    throw new StoryError(`story: "lang" must be "zh" or "en", not ${JSON.stringify(lang)}`);
  if (data.slides === undefined) throw new StoryError('story: "slides" is missing');
  if (!Array.isArray(data.slides)) throw new StoryError('story: "slides" must be a list');
  if (data.slides.length === 0) throw new StoryError('story: "slides" is empty: a story needs at least one view');
  if (data.slides.length > MAX_SLIDES) {
    throw new StoryError(`story: ${data.slides.length} slides; at most ${MAX_SLIDES} are allowed`);
  }
  const slides = data.slides.map((raw: unknown, i): StorySlide => {
    const where = `slide ${i + 1}`;
    if (!isObject(raw)) throw new StoryError(`${where}: must be an object with "title", "caption" and "view"`);
    const slideTitle = text(where, raw.title, 'title', true).trim();
    if (!slideTitle) throw new StoryError(`${where}: "title" is empty`);
    const caption = text(where, raw.caption, 'caption', false).trim();
    const view = text(where, raw.view, 'view', true);
    const query = viewQuery(view);
    if (!query) {
      throw new StoryError(
        `${where}: "view" must be a share link or its query string (like "?n=…"), not ${JSON.stringify(view)}`,
      );
    }
    return { title: slideTitle, caption, view: query };
  });
  return { title, subtitle, lang, slides };
}

/** The `.story.json` text: fixed key order and indentation, so the same story gives the same bytes. */
export function serializeStory(story: Story): string {
  const out = {
    title: story.title,
    subtitle: story.subtitle,
    lang: story.lang,
    slides: story.slides.map((s) => ({ title: s.title, caption: s.caption, view: s.view })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** Edits used by the Story panel; each returns a new story and leaves the input alone. */
export function addSlide(story: Story, slide: StorySlide): Story {
  if (story.slides.length >= MAX_SLIDES) throw new StoryError(`a story holds at most ${MAX_SLIDES} slides`);
  const view = viewQuery(slide.view);
  if (!view) throw new StoryError(`not a view: ${JSON.stringify(slide.view)}`);
  return { ...story, slides: [...story.slides, { ...slide, view }] };
}

export function moveSlide(story: Story, from: number, to: number): Story {
  if (from < 0 || from >= story.slides.length || to < 0 || to >= story.slides.length || from === to) return story;
  const slides = [...story.slides];
  const [moved] = slides.splice(from, 1);
  slides.splice(to, 0, moved!);
  return { ...story, slides };
}

export function removeSlide(story: Story, index: number): Story {
  return { ...story, slides: story.slides.filter((_, i) => i !== index) };
}

export function updateSlide(story: Story, index: number, patch: Partial<Pick<StorySlide, 'title' | 'caption'>>): Story {
  return { ...story, slides: story.slides.map((s, i) => (i === index ? { ...s, ...patch } : s)) };
}

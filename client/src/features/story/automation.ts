/** The page side of `npm run export -- --story`: `window.__plangraphStory.render` runs the Story panel's deck export. */
import { untilStore } from '../export/automation.ts';
import type { DeckFormat, SlideReport } from './render.ts';
import { parseStory } from './story.ts';

export type StoryAutomationOutput = {
  base64: string;
  filename: string;
  pages: number;
  warnings: string[];
  slides: SlideReport[];
  ms: number;
};

export type StoryAutomation = {
  render(
    story: unknown,
    options: { format: DeckFormat; width?: number; height?: number; date?: string },
  ): Promise<StoryAutomationOutput>;
};

declare global {
  interface Window {
    __plangraphStory?: StoryAutomation;
  }
}

export function installStoryAutomation(): void {
  if (typeof window === 'undefined') return;
  window.__plangraphStory = {
    async render(input, options) {
      const { renderStory } = await import('./render.ts');
      // The explorer's first view must not land on top of the first slide.
      await untilStore((s) => s.status === 'ready' || s.status === 'error');
      const { toBase64 } = await import('../export/run.ts');
      // The CLI prints the page's console with --verbose: one line per view as it is opened.
      const onSlide = (index: number, total: number) => console.info(`story: view ${index + 1} of ${total}`);
      const out = await renderStory(parseStory(input), { ...options, onSlide });
      return {
        base64: toBase64(out.bytes),
        filename: out.filename,
        pages: out.pages,
        warnings: out.warnings,
        slides: out.slides,
        ms: out.ms,
      };
    },
  };
}

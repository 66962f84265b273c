/** The plan text and its outline, held in memory: the source viewer and provenance titles read from it. */
import {
  displayTitle,
  parseOutline,
  readPlanText,
  readSectionTitlesEn,
  sectionPath,
  type Outline,
  type Section,
} from '@plangraph/plan';
import type { SectionRef } from './generated/resolvers.ts';

export type SourceText = {
  text: string;
  outline: Outline;
  section(id: string): Section | undefined;
  sectionTitle(id: string): string | null;
  sectionTitleEn(id: string): string | null;
  path(id: string): SectionRef[];
  children(id: string): SectionRef[];
};

export function loadSourceText(): SourceText {
  const text = readPlanText();
  const outline = parseOutline(text);
  const titlesEn = new Map(Object.entries(readSectionTitlesEn()));
  // Built once: every quote of every answer names its section's title, and building it per quote allocated a string.
  const titles = new Map(outline.sections.map((s) => [s.id, displayTitle(s)]));
  const title = (s: Section) => titles.get(s.id) ?? displayTitle(s);
  const ref = (s: Section): SectionRef => ({ id: s.id, title: title(s), titleEn: titlesEn.get(s.id) ?? null });
  return {
    text,
    outline,
    section: (id) => outline.byId.get(id),
    sectionTitle: (id) => titles.get(id) ?? null,
    sectionTitleEn: (id) => titlesEn.get(id) ?? null,
    path: (id) => sectionPath(outline, id).map(ref),
    children: (id) => outline.sections.filter((s) => s.parentId === id).map(ref),
  };
}

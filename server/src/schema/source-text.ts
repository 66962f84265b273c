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
  const titlesEn = readSectionTitlesEn();
  const title = displayTitle;
  const ref = (s: Section): SectionRef => ({ id: s.id, title: title(s), titleEn: titlesEn[s.id] ?? null });
  return {
    text,
    outline,
    section: (id) => outline.byId.get(id),
    sectionTitle: (id) => {
      const s = outline.byId.get(id);
      return s ? title(s) : null;
    },
    sectionTitleEn: (id) => titlesEn[id] ?? null,
    path: (id) => sectionPath(outline, id).map(ref),
    children: (id) => outline.sections.filter((s) => s.parentId === id).map(ref),
  };
}

/**
 * The export scene: a plain description of what is on the canvas (positions, colours, shapes, labels) plus the
 * briefing texts (title, subtitle, legend, citations). Captured from Cytoscape by cytoscape/export-scene.ts; every
 * builder in this folder is a pure function of a scene.
 */
import { LABEL_NAMES, PLAN_TITLE, REL_PHRASES, isNodeLabel, isRelType } from '@plangraph/shared';
import { numberCitations, citationList, type Citation } from './citations.ts';
import { LABEL_STYLE, type Language, type SceneEdge, type SceneNode } from '../../graph/index.ts';

export type { Point, SceneEdge, SceneNode } from '../../graph/index.ts';

export type LegendItem = {
  label: string;
  name: string;
  color: string;
  shape: string;
  /** A node label (default), a relationship type (drawn as a line) or a marker such as the text-issue outline. */
  kind?: 'node' | 'edge' | 'marker';
  lineStyle?: 'solid' | 'dashed' | 'dotted';
};

export type SceneTexts = {
  title: string;
  subtitle: string;
  /** "Source: <plan>" line. */
  source: string;
  /** Sections the visible facts are quoted from, in order of first appearance. */
  sections: string[];
  /** The cited sections numbered, with their quotes (derived from the elements when absent). */
  citations?: Citation[];
};

export type ExportScene = {
  language: Language;
  nodes: SceneNode[];
  edges: SceneEdge[];
  legend: LegendItem[];
  texts: SceneTexts;
};

/** A relationship's name in a picture: 支撑 / supports, 位于 / located in. */
export function relationName(type: string, language: Language): string {
  if (!isRelType(type)) return type.replace(/_/g, ' ').toLowerCase();
  return language === 'zh' ? REL_PHRASES[type].zh : REL_PHRASES[type].en.replace(/^is /, '');
}

/** The text-issue outline (cytoscape/stylesheet.ts `node.text-issue`). */
const TEXT_ISSUE_COLOR = '#d6455d';

function hexColor(c: string): string {
  const m = /rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/i.exec(c);
  if (!m) return c.trim().toLowerCase();
  return `#${[m[1], m[2], m[3]].map((v) => Number(v).toString(16).padStart(2, '0')).join('')}`;
}

export function hasTextIssueOutline(n: Pick<SceneNode, 'borderStyle' | 'borderColor'>): boolean {
  return n.borderStyle === 'dashed' && hexColor(n.borderColor) === TEXT_ISSUE_COLOR;
}

/**
 * Legend rows: the labels present (canonical order), then the relationship types present with their line
 * style, then the markers drawn (the text-issue outline).
 */
export function legendFor(
  nodes: readonly Pick<SceneNode, 'type' | 'borderStyle' | 'borderColor'>[],
  language: Language,
  edges: readonly Pick<SceneEdge, 'type' | 'color' | 'lineStyle'>[] = [],
): LegendItem[] {
  const present = new Set(nodes.map((n) => n.type));
  const labels = (Object.keys(LABEL_STYLE) as (keyof typeof LABEL_STYLE)[])
    .filter((l) => present.has(l))
    .map((l): LegendItem => ({
      label: l,
      name: LABEL_NAMES[l][language],
      color: LABEL_STYLE[l].color,
      shape: LABEL_STYLE[l].shape,
    }))
    .concat(
      [...present]
        .filter((l) => !isNodeLabel(l))
        .sort()
        .map((l) => ({ label: l, name: l, color: '#98a2ae', shape: 'ellipse' })),
    );
  const relations = new Map<string, LegendItem>();
  for (const e of edges) {
    if (!relations.has(e.type)) {
      relations.set(e.type, {
        label: e.type,
        name: relationName(e.type, language),
        color: hexColor(e.color),
        shape: 'line',
        kind: 'edge',
        lineStyle: e.lineStyle,
      });
    }
  }
  const markers: LegendItem[] = nodes.some((n) => n.borderStyle && hasTextIssueOutline(n))
    ? [
        {
          label: 'text-issue',
          name: EXPORT_STRINGS.textIssue[language],
          color: TEXT_ISSUE_COLOR,
          shape: 'round-rectangle',
          kind: 'marker',
          lineStyle: 'dashed',
        },
      ]
    : [];
  return [...labels, ...[...relations.values()].sort((a, b) => a.label.localeCompare(b.label)), ...markers];
}

/** Distinct sections, nodes first then edges, in order of first appearance. */
export function sectionsOf(scene: Pick<ExportScene, 'nodes' | 'edges'>): string[] {
  const out = new Set<string>();
  for (const n of scene.nodes) for (const s of n.sections) if (s) out.add(s);
  for (const e of scene.edges) for (const s of e.sections) if (s) out.add(s);
  return [...out];
}

export const EXPORT_STRINGS = {
  defaultTitle: { zh: '科技创新“十四五”规划知识图谱', en: 'S&T Innovation Plan Knowledge Graph' },
  source: { zh: '来源:', en: 'Source: ' },
  sections: { zh: '涉及章节:', en: 'Sections cited: ' },
  andMore: { zh: '等 {n} 节', en: 'and {n} more' },
  legend: { zh: '图例', en: 'Legend' },
  nodes: { zh: '节点', en: 'nodes' },
  edges: { zh: '关系', en: 'edges' },
  textIssue: { zh: '原文问题(虚线框)', en: 'Text issue in the plan (dashed outline)' },
} satisfies Record<string, Record<Language, string>>;

/** The citation line: the plan's title in the view's language. */
export function sourceLine(language: Language): string {
  return language === 'zh'
    ? `${EXPORT_STRINGS.source.zh}《${PLAN_TITLE.zh}》`
    : `${EXPORT_STRINGS.source.en}${PLAN_TITLE.en} (${PLAN_TITLE.zh})`;
}

/** Title, subtitle and citations for a scene; blank title/subtitle fall back to the defaults. */
export function sceneTexts(
  scene: Pick<ExportScene, 'nodes' | 'edges' | 'language'>,
  options: { title?: string; subtitle?: string } = {},
): SceneTexts {
  const lang = scene.language;
  return {
    title: options.title?.trim() || EXPORT_STRINGS.defaultTitle[lang],
    subtitle: options.subtitle?.trim() ?? '',
    source: sourceLine(lang),
    sections: sectionsOf(scene),
    citations: citationsOf(scene),
  };
}

/** Every cited section numbered (nodes first, then edges), with the quotes the visible facts come from. */
export function citationsOf(scene: Pick<ExportScene, 'nodes' | 'edges'>): Citation[] {
  const sources = [...scene.nodes, ...scene.edges].flatMap((el): { section: string; quote: string | null }[] =>
    el.citations?.length ? el.citations : el.sections.map((section) => ({ section, quote: null })),
  );
  return numberCitations(sources);
}

/** The full citation as plain text lines (PDF last page and subject, PPTX notes, SVG metadata): "[n] section — “quote”". */
export function citationLines(scene: ExportScene): string[] {
  return citationList(scene.texts.source, sceneCitations(scene));
}

export function sceneCitations(scene: ExportScene): Citation[] {
  return scene.texts.citations ?? numberCitations(scene.texts.sections.map((section) => ({ section })));
}

/** Rounds to 2 decimals: the same layout gives the same bytes even if a float wobbles in the last bits. */
export function r2(v: number): number {
  return Math.round(v * 100) / 100;
}

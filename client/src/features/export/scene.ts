/**
 * The export scene: a plain description of what is on the canvas (positions, colours, shapes, labels) plus the
 * briefing texts (title, subtitle, legend, citations). Captured from Cytoscape by cytoscape/export-scene.ts; every
 * builder in this folder is a pure function of a scene.
 */
import { LABEL_NAMES, PLAN_TITLE, isNodeLabel } from '@plangraph/shared';
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
};

export type ExportScene = {
  language: Language;
  nodes: SceneNode[];
  edges: SceneEdge[];
  legend: LegendItem[];
  texts: SceneTexts;
};

/** Legend rows for the labels present, in the canonical label order. */
export function legendFor(nodes: readonly Pick<SceneNode, 'type'>[], language: Language): LegendItem[] {
  const present = new Set(nodes.map((n) => n.type));
  return (Object.keys(LABEL_STYLE) as (keyof typeof LABEL_STYLE)[])
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
  };
}

/** The citation as plain text lines (PDF/PPTX notes, CSV headers): the plan, then every section. */
export function citationLines(scene: ExportScene): string[] {
  const lang = scene.language;
  return [scene.texts.source, ...(scene.texts.sections.length ? [EXPORT_STRINGS.sections[lang]] : [])].concat(
    scene.texts.sections.map((s) => `· ${s}`),
  );
}

/** Rounds to 2 decimals: the same layout gives the same bytes even if a float wobbles in the last bits. */
export function r2(v: number): number {
  return Math.round(v * 100) / 100;
}

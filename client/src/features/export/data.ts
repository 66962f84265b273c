/** Scene → data files: Cytoscape JSON, GraphML and CSV of exactly what is on the canvas. */
import { escapeXml } from './svg.ts';
import { citationLines, r2, type ExportScene } from './scene.ts';

/** Cytoscape's elements JSON (cy.json() shape), positions included, so `cy.add()` restores the view. */
export function buildCytoscapeJson(scene: ExportScene): string {
  const doc = {
    format: 'cytoscape-json',
    generatedBy: 'plangraph',
    language: scene.language,
    title: scene.texts.title,
    citation: { source: scene.texts.source, sections: scene.texts.sections },
    elements: {
      nodes: scene.nodes.map((n) => ({
        data: {
          id: n.id,
          label: n.lines.join('\n'),
          type: n.type,
          name: n.name,
          nameEn: n.nameEn,
          color: n.color,
          shape: n.shape,
          sections: n.sections,
        },
        position: { x: r2(n.x), y: r2(n.y) },
        classes: `label-${n.type}`,
      })),
      edges: scene.edges.map((e) => ({
        data: {
          id: e.id,
          source: e.source,
          target: e.target,
          type: e.type,
          label: e.caption,
          sections: e.sections,
        },
        classes: `rel-${e.type}`,
      })),
    },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

type Key = { id: string; for: 'node' | 'edge' | 'graph'; name: string; type: 'string' | 'double' | 'int' };

const KEYS: Key[] = [
  { id: 'g_title', for: 'graph', name: 'title', type: 'string' },
  { id: 'g_source', for: 'graph', name: 'source', type: 'string' },
  { id: 'n_label', for: 'node', name: 'label', type: 'string' },
  { id: 'n_type', for: 'node', name: 'type', type: 'string' },
  { id: 'n_name', for: 'node', name: 'name', type: 'string' },
  { id: 'n_nameEn', for: 'node', name: 'nameEn', type: 'string' },
  { id: 'n_x', for: 'node', name: 'x', type: 'double' },
  { id: 'n_y', for: 'node', name: 'y', type: 'double' },
  { id: 'n_color', for: 'node', name: 'color', type: 'string' },
  { id: 'n_shape', for: 'node', name: 'shape', type: 'string' },
  { id: 'n_sections', for: 'node', name: 'sections', type: 'string' },
  { id: 'e_type', for: 'edge', name: 'type', type: 'string' },
  { id: 'e_label', for: 'edge', name: 'label', type: 'string' },
  { id: 'e_sections', for: 'edge', name: 'sections', type: 'string' },
];

/** A property value as text: scalars as they print, lists and objects as JSON (never "[object Object]"). */
function valueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value) ?? '';
}

/** GraphML 1.0: every attribute declared as a <key> before the graph; sections joined with " | ". */
export function buildGraphml(scene: ExportScene): string {
  const data = (key: string, value: unknown) =>
    value === null || value === undefined || value === ''
      ? ''
      : `<data key="${key}">${escapeXml(valueText(value))}</data>`;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...KEYS.map((k) => `  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>`),
    '  <graph id="G" edgedefault="directed">',
    `    ${data('g_title', scene.texts.title)}${data('g_source', citationLines(scene).join('\n'))}`,
  ];
  for (const n of scene.nodes) {
    out.push(
      `    <node id="${escapeXml(n.id)}">` +
        data('n_label', n.lines.join(' ')) +
        data('n_type', n.type) +
        data('n_name', n.name) +
        data('n_nameEn', n.nameEn) +
        data('n_x', r2(n.x)) +
        data('n_y', r2(n.y)) +
        data('n_color', n.color) +
        data('n_shape', n.shape) +
        data('n_sections', n.sections.join(' | ')) +
        '</node>',
    );
  }
  const ids = new Set(scene.nodes.map((n) => n.id));
  for (const e of scene.edges) {
    if (!ids.has(e.source) || !ids.has(e.target)) continue;
    out.push(
      `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">` +
        data('e_type', e.type) +
        data('e_label', e.caption) +
        data('e_sections', e.sections.join(' | ')) +
        '</edge>',
    );
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

/** RFC 4180 field: quoted when it holds a comma, quote or line break. */
export function csvField(value: unknown): string {
  const s = value === null || value === undefined ? '' : valueText(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const row = (fields: unknown[]) => fields.map(csvField).join(',');

/** nodes.csv and edges.csv (UTF-8 with a BOM so spreadsheet software reads the Chinese right; CRLF lines). */
export function buildCsv(scene: ExportScene): { 'nodes.csv': string; 'edges.csv': string } {
  const BOM = '\ufeff';
  const nodes = [
    row(['id', 'type', 'name', 'name_en', 'label', 'x', 'y', 'sections']),
    ...scene.nodes.map((n) =>
      row([n.id, n.type, n.name, n.nameEn, n.lines.join(' '), r2(n.x), r2(n.y), n.sections.join(' | ')]),
    ),
  ];
  const ids = new Set(scene.nodes.map((n) => n.id));
  const edges = [
    row(['id', 'type', 'source', 'target', 'label', 'sections']),
    ...scene.edges
      .filter((e) => ids.has(e.source) && ids.has(e.target))
      .map((e) => row([e.id, e.type, e.source, e.target, e.caption, e.sections.join(' | ')])),
  ];
  return { 'nodes.csv': BOM + nodes.join('\r\n') + '\r\n', 'edges.csv': BOM + edges.join('\r\n') + '\r\n' };
}

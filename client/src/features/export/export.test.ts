import { describe, expect, it } from 'vitest';
import { PLAN_TITLE } from '@plangraph/shared';
import { compose } from './compose.ts';
import { charsByWeight } from './drawing.ts';
import { shapePath } from './shapes.ts';
import { estimateWidth, wrapText } from './textLayout.ts';
import { buildCsv, buildCytoscapeJson, buildGraphml, csvField } from './data.ts';
import { buildSvg, fontFaceCss } from './svg.ts';
import { parseUnicodeRange } from './fonts.ts';
import {
  citationLines,
  legendFor,
  sceneTexts,
  sectionsOf,
  type ExportScene,
  type SceneEdge,
  type SceneNode,
} from './scene.ts';

function sceneNode(id: string, type: string, name: string, x: number, y: number, sections: string[]): SceneNode {
  return {
    id,
    type,
    name,
    nameEn: null,
    lines: [name],
    x,
    y,
    w: 30,
    h: 30,
    shape: type === 'Zone' ? 'round-hexagon' : 'round-rectangle',
    color: type === 'Zone' ? '#2e9a62' : '#3567d6',
    borderColor: '#ffffff',
    borderWidth: 2,
    borderStyle: 'solid',
    opacity: 1,
    fontSize: 12,
    fontWeight: 400,
    textColor: '#1f2933',
    label: { x, y: y + 15 + 4 + 8, w: name.length * 12, h: 15 },
    textBackground: { color: '#ffffff', opacity: 0.75, padding: 1 },
    sections,
  };
}

function sceneEdge(type: string, source: string, target: string, pts: [number, number][]): SceneEdge {
  return {
    id: `${type}:${source}:${target}`,
    type,
    source,
    target,
    caption: '位于',
    points: pts.map(([x, y]) => ({ x, y })),
    color: '#c3cad4',
    width: 1.4,
    lineStyle: 'solid',
    arrow: 'triangle',
    arrowScale: 0.8,
    opacity: 1,
    sections: ['1. 生物岛'],
  };
}

function makeScene(language: 'zh' | 'en' = 'zh', title?: string): ExportScene {
  const nodes = [
    sceneNode('guangzhou-laboratory', 'Institution', '广州实验室', 0, 0, ['四、强化战略创新平台建设']),
    sceneNode('bio-island', 'Zone', '广州国际生物岛', 200, 80, ['1. 生物岛']),
    sceneNode('a,"odd" <id>', 'Institution', 'R&D "lab"', -150, 120, []),
  ];
  const edges = [
    sceneEdge('LOCATED_IN', 'guangzhou-laboratory', 'bio-island', [
      [15, 5],
      [100, 20],
      [185, 75],
    ]),
    sceneEdge('SUPPORTS', 'a,"odd" <id>', 'guangzhou-laboratory', [
      [-140, 110],
      [-10, 10],
    ]),
  ];
  const base = { language, nodes, edges };
  return { ...base, legend: legendFor(nodes, language), texts: sceneTexts(base, { title, subtitle: '2024年5月' }) };
}

const parseXml = (xml: string, type: DOMParserSupportedType = 'application/xml') => {
  const doc = new DOMParser().parseFromString(xml, type);
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
};

describe('scene texts', () => {
  it('cites the plan and the sections of the visible facts, nodes first, once each', () => {
    const scene = makeScene();
    expect(sectionsOf(scene)).toEqual(['四、强化战略创新平台建设', '1. 生物岛']);
    expect(scene.texts.source).toContain(PLAN_TITLE.zh);
    expect(citationLines(scene)).toContain('[2] 1. 生物岛');
    expect(makeScene('en').texts.source).toContain(PLAN_TITLE.en);
  });
  it('lists the labels present in canonical order, in the view language', () => {
    expect(makeScene().legend.map((l) => l.name)).toEqual(['机构', '区域']);
    expect(makeScene('en').legend.map((l) => l.name)).toEqual(['Institution', 'Zone']);
  });
  it('falls back to the default title', () => {
    expect(makeScene().texts.title).toBe('科技创新“十四五”规划知识图谱');
    expect(makeScene('zh', '  我的标题 ').texts.title).toBe('我的标题');
  });
});

describe('compose', () => {
  it('draws every node, label, edge with arrow, legend and footer', () => {
    const d = compose(makeScene());
    const texts = d.items.filter((i) => i.t === 'text').map((i) => (i.t === 'text' ? i.text : ''));
    expect(texts).toContain('广州实验室');
    expect(texts).toContain('科技创新“十四五”规划知识图谱');
    expect(texts).toContain('2024年5月');
    expect(texts).toContain('机构');
    expect(texts.join('')).toContain(PLAN_TITLE.zh);
    expect(texts.join('')).toContain('1. 生物岛');
    expect(Object.keys(d.labelBoxes)).toHaveLength(3);
    // 3 node shapes + 2 edge lines + 2 arrowheads + 3 label backgrounds + 2 relationship-name backgrounds
    // + 2 legend swatches + the footer rule.
    expect(d.items.filter((i) => i.t === 'path')).toHaveLength(15);
    expect(texts.filter((t) => t === '位于')).toHaveLength(2);
  });
  it('fits a fixed page and keeps the graph inside it', () => {
    const d = compose(makeScene(), { width: 960, height: 540 });
    expect([d.width, d.height]).toEqual([960, 540]);
    expect(d.graphBox.x).toBeGreaterThanOrEqual(0);
    expect(d.graphBox.y + d.graphBox.h).toBeLessThanOrEqual(540);
    for (const b of Object.values(d.labelBoxes)) expect(b.x + b.w).toBeLessThanOrEqual(960);
  });
  it('leaves out what is switched off, and the background when transparent', () => {
    const d = compose(makeScene(), {
      showTitle: false,
      showLegend: false,
      showFooter: false,
      edgeLabels: false,
      background: null,
    });
    const texts = d.items.flatMap((i) => (i.t === 'text' ? [i.text] : []));
    expect(texts.sort()).toEqual(['R&D "lab"', '广州国际生物岛', '广州实验室'].sort());
    expect(d.background).toBeNull();
  });
  it('is deterministic and collects the characters per weight', () => {
    expect(JSON.stringify(compose(makeScene()))).toBe(JSON.stringify(compose(makeScene())));
    const chars = charsByWeight(compose(makeScene()));
    expect(chars[700]).toContain('谱');
    expect(chars[400]).toContain('岛');
  });
  it('wraps CJK anywhere and Latin at spaces', () => {
    expect(wrapText('一二三四五六', 36, 12, 400, estimateWidth)).toEqual(['一二三', '四五六']);
    expect(
      wrapText('alpha beta gamma', 60, 12, 400, estimateWidth).every(
        (l) => !l.includes(' ') || l.split(' ').length <= 2,
      ),
    ).toBe(true);
  });
  it('draws Cytoscape shapes as closed paths', () => {
    for (const s of [
      'ellipse',
      'round-rectangle',
      'round-hexagon',
      'round-diamond',
      'round-octagon',
      'barrel',
      'round-triangle',
      'round-pentagon',
      'rectangle',
    ]) {
      expect(shapePath(s, 10, 10, 20, 20), s).toMatch(/^M.*Z$/);
    }
  });
});

describe('buildSvg', () => {
  it('is well-formed SVG with <text> labels and the embedded font', () => {
    const svg = buildSvg(compose(makeScene()), {
      fonts: [{ family: 'PG Noto Sans SC', weight: 400, mime: 'font/otf', base64: 'AAAA' }],
      pixelWidth: 1920,
      pixelHeight: 1080,
    });
    const doc = parseXml(svg, 'image/svg+xml');
    const root = doc.documentElement;
    expect(root.getAttribute('width')).toBe('1920');
    const texts = [...doc.getElementsByTagName('text')].map((t) => t.textContent);
    expect(texts).toContain('广州实验室');
    expect(texts).toContain('R&D "lab"');
    expect(doc.getElementsByTagName('style')[0]?.textContent).toContain("@font-face{font-family:'PG Noto Sans SC'");
  });
  it('declares data-URI font faces', () => {
    expect(fontFaceCss([{ family: 'X', weight: 700, mime: 'font/otf', base64: 'QQ==' }])).toBe(
      "@font-face{font-family:'X';font-weight:700;font-style:normal;src:url(data:font/otf;base64,QQ==) format('opentype');}",
    );
  });
});

describe('data exports', () => {
  it('GraphML: namespace, keys before the graph, every edge between declared nodes', () => {
    const doc = parseXml(buildGraphml(makeScene()));
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe('http://graphml.graphdrawing.org/xmlns');
    const children = [...root.children].map((c) => c.localName);
    expect(children.indexOf('graph')).toBeGreaterThan(children.lastIndexOf('key'));
    const keys = new Set([...doc.getElementsByTagName('key')].map((k) => k.getAttribute('id')));
    for (const d of doc.getElementsByTagName('data')) expect(keys.has(d.getAttribute('key'))).toBe(true);
    const nodes = new Set([...doc.getElementsByTagName('node')].map((n) => n.getAttribute('id')));
    expect(nodes.has('a,"odd" <id>')).toBe(true);
    const edges = [...doc.getElementsByTagName('edge')];
    expect(edges).toHaveLength(2);
    for (const e of edges) {
      expect(nodes.has(e.getAttribute('source'))).toBe(true);
      expect(nodes.has(e.getAttribute('target'))).toBe(true);
    }
  });
  it('CSV: quoted fields, a header, one row per element', () => {
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    const { 'nodes.csv': nodes, 'edges.csv': edges } = buildCsv(makeScene());
    const rows = nodes
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(rows[0]).toBe('id,type,name,name_en,label,x,y,sections');
    expect(rows).toHaveLength(4);
    expect(rows).toContain('"a,""odd"" <id>",Institution,"R&D ""lab""",,"R&D ""lab""",-150,120,');
    expect(edges.trim().split('\r\n')).toHaveLength(3);
  });
  it('Cytoscape JSON: elements with positions and citations', () => {
    const json = JSON.parse(buildCytoscapeJson(makeScene())) as {
      elements: { nodes: { position: unknown }[]; edges: { data: unknown }[] };
      citation: { sections: string[] };
    };
    expect(json.elements.nodes).toHaveLength(3);
    expect(json.elements.nodes[1]?.position).toEqual({ x: 200, y: 80 });
    expect(json.elements.edges[0]?.data).toMatchObject({ source: 'guangzhou-laboratory', target: 'bio-island' });
    expect(json.citation.sections).toContain('1. 生物岛');
  });
});

describe('parseUnicodeRange', () => {
  it('reads single points, ranges and wildcards', () => {
    expect(parseUnicodeRange('U+4E00-4E0F, U+20, u+30??')).toEqual([
      [0x4e00, 0x4e0f],
      [0x20, 0x20],
      [0x3000, 0x30ff],
    ]);
  });
});

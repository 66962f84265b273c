import { describe, expect, it } from 'vitest';
import { citationFooter, citationList, numberCitations } from './citations.ts';
import { estimateWidth } from './textLayout.ts';
import { compose, edgeLabelSize } from './compose.ts';
import { buildSvg } from './svg.ts';
import {
  citationLines,
  legendFor,
  relationName,
  sceneTexts,
  type ExportScene,
  type SceneEdge,
  type SceneNode,
} from './scene.ts';
import { exportFileName, isoDate } from './filename.ts';
import {
  edgeLabelCandidates,
  nodeLabelCandidates,
  overlappingPairs,
  placeLabels,
  pointAlong,
  rectsOverlap,
  type Rect,
} from './placement.ts';

describe('citations', () => {
  const sources = [
    { section: '（一）生物医药', quote: '建设生物医药产业集群' },
    { section: '专栏13 重大平台', quote: '广州实验室' },
    { section: '（一）生物医药', quote: '建设生物医药产业集群' },
    { section: '（一）生物医药', quote: '创新药' },
  ];

  it('numbers sections in order of first appearance with their distinct quotes', () => {
    expect(numberCitations(sources)).toEqual([
      { n: 1, section: '（一）生物医药', quotes: ['建设生物医药产业集群', '创新药'] },
      { n: 2, section: '专栏13 重大平台', quotes: ['广州实验室'] },
    ]);
    expect(citationList('来源:《规划》', numberCitations(sources))).toEqual([
      '来源:《规划》',
      '[1] （一）生物医药 — “建设生物医药产业集群”; “创新药”',
      '[2] 专栏13 重大平台 — “广州实验室”',
    ]);
  });

  it('keeps the footer to two lines, ending with a count when sections give way', () => {
    const many = numberCitations(Array.from({ length: 40 }, (_, i) => ({ section: `第${i + 1}节 某某产业发展` })));
    const opts = { width: 1856, size: 14, measure: estimateWidth };
    const lines = citationFooter('来源:《黄埔区、广州开发区科技创新“十四五”规划》', many, 'zh', opts);
    expect(lines.length).toBeLessThanOrEqual(2);
    for (const l of lines) expect(estimateWidth(l, 14, 400)).toBeLessThanOrEqual(1856);
    expect(lines.join(' ')).toMatch(/\[1\] 第1节/);
    expect(lines.at(-1)).toMatch(/等共 40 节$/);
    const few = citationFooter('Source: plan', numberCitations(sources), 'en', opts);
    expect(few).toEqual(['Source: plan · [1] （一）生物医药 · [2] 专栏13 重大平台']);
  });
});

describe('file names', () => {
  it('joins the title and the date in safe characters', () => {
    expect(exportFileName('生物医药 支撑关系', '2026-12-01', 'png')).toBe('生物医药-支撑关系-2026-12-01.png');
    expect(exportFileName(['a/b: "c"?', '*x*'], '2026-12-01', '.pdf')).toBe('a-b-c-x-2026-12-01.pdf');
    expect(exportFileName('  ', '2026-12-01', 'svg')).toBe('plangraph-2026-12-01.svg');
    expect(exportFileName('Guangzhou Lab (GZLab)', '2026-12-01', 'pptx')).toBe('Guangzhou-Lab-(GZLab)-2026-12-01.pptx');
    expect([...exportFileName('长'.repeat(200), '2026-12-01', 'png')].length).toBe(80 + '-2026-12-01.png'.length);
    expect(isoDate(new Date(2026, 11, 1, 23, 59))).toBe('2026-12-01');
  });
});

describe('label placement', () => {
  it('walks an edge through its control points', () => {
    const straight = pointAlong(
      [
        { x: 0, y: 0 },
        { x: 100, y: 0 },
      ],
      0.5,
    );
    expect(straight).toEqual({ p: { x: 50, y: 0 }, dir: { x: 1, y: 0 } });
    const bent = pointAlong(
      [
        { x: 0, y: 0 },
        { x: 50, y: 50 },
        { x: 100, y: 0 },
      ],
      0.5,
    );
    expect(bent.p).toEqual({ x: 50, y: 25 });
    expect(bent.dir.x).toBeCloseTo(1);
  });

  it('finds overlapping pairs', () => {
    const boxes: Record<string, Rect> = {
      a: { x: 0, y: 0, w: 10, h: 10 },
      b: { x: 5, y: 5, w: 10, h: 10 },
      c: { x: 20, y: 0, w: 5, h: 5 },
    };
    expect(overlappingPairs(boxes)).toEqual([['a', 'b']]);
    expect(rectsOverlap(boxes.a!, boxes.c!, 10.5)).toBe(true);
  });

  it('places crowded labels without overlaps, leaving out what has no free place', () => {
    // Ten nodes on top of each other: labels must spread or give way, never overlap.
    const requests = Array.from({ length: 10 }, (_, i) => {
      const node = { x: i * 4, y: 0, w: 20, h: 20 };
      return { id: `n${i}`, candidates: nodeLabelCandidates(node, { x: i * 4 - 10, y: 22, w: 40, h: 12 }, 2) };
    });
    const edge = [
      { x: -50, y: 10 },
      { x: 100, y: 10 },
    ];
    requests.push({ id: 'e', candidates: edgeLabelCandidates(edge, 30, 10) });
    const placed = placeLabels(requests, [], 1);
    const boxes = Object.fromEntries([...placed].filter((e): e is [string, Rect] => e[1] !== null));
    expect(Object.keys(boxes).length).toBeGreaterThan(5);
    expect(overlappingPairs(boxes, 0.5)).toEqual([]);
    expect(placed.get('n0')).toEqual({ x: -10, y: 22, w: 40, h: 12 });
  });

  it('keeps edge labels off obstacles', () => {
    const edge = [
      { x: 0, y: 0 },
      { x: 200, y: 0 },
    ];
    const node = { x: 80, y: -10, w: 40, h: 20 };
    const spot = placeLabels([{ id: 'e', candidates: edgeLabelCandidates(edge, 30, 12) }], [node]).get('e');
    expect(spot).not.toBeNull();
    expect(rectsOverlap(spot!, node)).toBe(false);
  });
});

describe('composed pictures', () => {
  // A crowded star: twelve institutions around one zone, labels long enough to collide, one text issue.
  function crowded(language: 'zh' | 'en' = 'zh'): ExportScene {
    const node = (id: string, type: string, name: string, x: number, y: number): SceneNode => ({
      id,
      type,
      name,
      nameEn: null,
      lines: [name],
      x,
      y,
      w: 30,
      h: 30,
      shape: 'round-rectangle',
      color: '#3567d6',
      borderColor: id === 'n3' ? 'rgb(214, 69, 93)' : '#ffffff',
      borderWidth: 2,
      borderStyle: id === 'n3' ? 'dashed' : 'solid',
      opacity: 1,
      fontSize: 12,
      fontWeight: 400,
      textColor: '#1f2933',
      label: { x, y: y + 27, w: name.length * 12, h: 15 },
      textBackground: { color: '#ffffff', opacity: 0.75, padding: 1 },
      sections: [`第${id}节`],
    });
    const nodes = [node('hub', 'Zone', '中新广州知识城', 0, 0)];
    const edges: SceneEdge[] = [];
    for (let i = 0; i < 12; i++) {
      const a = (i / 12) * 2 * Math.PI;
      const [x, y] = [Math.round(Math.cos(a) * 70), Math.round(Math.sin(a) * 50)];
      nodes.push(node(`n${i}`, 'Institution', `某某生物医药研究院${i}`, x, y));
      edges.push({
        id: `SUPPORTS:n${i}:hub`,
        type: i % 2 ? 'SUPPORTS' : 'LOCATED_IN',
        source: `n${i}`,
        target: 'hub',
        caption: relationName(i % 2 ? 'SUPPORTS' : 'LOCATED_IN', language),
        points: [
          { x, y },
          { x: 0, y: 0 },
        ],
        color: '#c3cad4',
        width: 1.4,
        lineStyle: 'solid',
        arrow: 'triangle',
        arrowScale: 0.8,
        opacity: 1,
        sections: [],
      });
    }
    const base = { language, nodes, edges };
    return { ...base, legend: legendFor(nodes, language, edges), texts: sceneTexts(base, { title: '知识城' }) };
  }

  it('names relationships in the picture language, and lists relationship types and markers in the legend', () => {
    expect(relationName('SUPPORTS', 'zh')).toBe('支撑');
    expect(relationName('LOCATED_IN', 'en')).toBe('located in');
    const legend = crowded('en').legend;
    expect(legend.filter((l) => l.kind === 'edge').map((l) => l.name)).toEqual(['located in', 'supports']);
    expect(legend.find((l) => l.kind === 'marker')?.name).toMatch(/Text issue/);
  });

  it('at 1920 × 1080: no two labels overlap, the graph fills the frame, citations are 14 px in two lines', () => {
    const d = compose(crowded(), { width: 1920, height: 1080 });
    const boxes = {
      ...d.labelBoxes,
      ...Object.fromEntries(Object.entries(d.edgeLabelBoxes ?? {}).map(([k, v]) => [`e:${k}`, v])),
    };
    expect(overlappingPairs(boxes)).toEqual([]);
    expect(Object.keys(d.edgeLabelBoxes ?? {}).length).toBeGreaterThan(0);
    const texts = d.items.flatMap((i) => (i.t === 'text' ? [i] : []));
    expect(texts.filter((t) => t.edge).map((t) => t.text)).toContain('支撑');
    // Free area: the page less margins, header, legend and footer; the graph takes ≥ 80 % of its width or height.
    const free = { w: 1920 - 64, h: 1080 - 64 - 26 * 1.3 - 14 - 16 };
    expect(Math.max(d.graphBox.w / free.w, d.graphBox.h / free.h)).toBeGreaterThanOrEqual(0.8);
    const footer = texts.filter((t) => t.text.includes('[1]') || t.text.startsWith('来源'));
    expect(footer.length).toBeGreaterThan(0);
    expect(footer.length).toBeLessThanOrEqual(2);
    for (const t of footer) expect(t.size).toBeGreaterThanOrEqual(14);
  });

  it('draws relationship names readably at 1920 × 1080, sparse or crowded, and never larger than the entities', () => {
    const full = crowded();
    // A chain of three, as a path view draws it: the picture zooms in, so the names grow with the labels.
    const chain = {
      ...full,
      nodes: full.nodes.filter((n) => ['hub', 'n0', 'n1'].includes(n.id)),
      edges: full.edges.filter((e) => ['n0', 'n1'].includes(e.source)),
    };
    for (const scene of [full, chain]) {
      const texts = compose(scene, { width: 1920, height: 1080 }).items.flatMap((i) => (i.t === 'text' ? [i] : []));
      const names = texts.filter((t) => t.edge);
      const labels = texts.filter((t) => t.node);
      expect(names.length).toBeGreaterThan(0);
      for (const t of names) expect(t.size).toBeGreaterThanOrEqual(14);
      expect(Math.max(...names.map((t) => t.size))).toBeLessThanOrEqual(Math.min(...labels.map((t) => t.size)));
    }
    expect(edgeLabelSize(chain, 4, 1920)).toBe(22);
    expect(edgeLabelSize(chain, 0.5, 960)).toBe(10);
  });

  it('hides relationship names on request and keeps the full citations in the SVG metadata', () => {
    const scene = crowded();
    const d = compose(scene, { width: 1920, height: 1080, edgeLabels: false });
    expect(d.items.some((i) => i.t === 'text' && i.edge)).toBe(false);
    const svg = buildSvg(compose(scene, { width: 1920, height: 1080 }), { citations: citationLines(scene) });
    expect(svg).toMatch(/<metadata>[\s\S]*\[1\] 第hub节[\s\S]*<\/metadata>/);
    expect(svg).toMatch(/<text [^>]*data-edge="SUPPORTS:n1:hub"[^>]*>支撑<\/text>/);
  });
});

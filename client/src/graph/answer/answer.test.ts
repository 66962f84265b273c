import { describe, expect, it } from 'vitest';
import { ENTITY_LABELS, PLAN_TITLE } from '@plangraph/shared';
import type { GraphEdge, GraphNode, PathResult } from '../../api/types.ts';
import { blankEdge, blankNode, type GraphData } from '../model.ts';
import { normalize } from '../normalize.ts';
import {
  checkLabels,
  filterHubPaths,
  firstView,
  firstViewIds,
  fittedLabelBoxes,
  fittedZoom,
  hopRanks,
  hubReason,
  pathView,
  planInBestArea,
  selectFirstView,
  STRATEGIC_CLUSTERS,
  traceView,
  wrapLabel,
  textWidth,
  type AnswerView,
  type FreeArea,
  type Viewport,
} from './index.ts';

/** The canvas beside an open side panel and details panel at 1440×900. */
const DESKTOP: Viewport = { width: 1440 - 300 - 360, height: 900 - 60 };
const SMALL: Viewport = { width: 1024 - 300, height: 700 - 60 };

function graphOf(nodes: GraphNode[], edges: GraphEdge[]): GraphData {
  return normalize({ nodes, edges });
}

const cjkName = (i: number, len: number) => `第${i}号${'产业创新研究院平台'.slice(0, Math.max(0, len - 3))}`;

/** A trace shaped like the new-generation IT cluster's: ~60 nodes over two hops, one crowded label group. */
function bigTrace(): GraphData {
  const nodes: GraphNode[] = [blankNode('root', 'Industry', '新一代信息技术', 'New-generation information technology')];
  const edges: GraphEdge[] = [];
  const add = (id: string, label: string, parent: string, type: string, i: number) => {
    nodes.push(blankNode(id, label, cjkName(i, 6 + (i % 9)), `${label} number ${i} of the Huangpu innovation system`));
    edges.push(blankEdge(type, id, parent));
  };
  const first = [
    'Institution',
    'Institution',
    'Institution',
    'Programme',
    'Programme',
    'Industry',
    'Industry',
    'Project',
    'Indicator',
  ];
  first.forEach((label, i) => add(`r1-${i}`, label, 'root', label === 'Industry' ? 'PART_OF' : 'SUPPORTS', i));
  let k = 100;
  for (let i = 0; i < 14; i++) add(`r2-inst-${i}`, 'Institution', `r1-${i % 3}`, 'SUPPORTS', k++);
  for (let i = 0; i < 22; i++) add(`r2-ent-${i}`, 'Enterprise', `r1-${5 + (i % 2)}`, 'IN_INDUSTRY', k++);
  for (let i = 0; i < 12; i++) add(`r2-ind-${i}`, 'Industry', `r1-${5 + (i % 2)}`, 'PART_OF', k++);
  for (let i = 0; i < 4; i++) add(`r2-zone-${i}`, 'Zone', `r1-${3 + (i % 2)}`, 'FOCUSES_ON', k++);
  return graphOf(nodes, edges);
}

/**
 * A trace shaped like the plan graph's upstream trace of the new-generation IT cluster: 62 nodes whose second rank
 * holds seven label groups, so folding leaves seven group nodes and three ranks that cannot narrow further.
 */
function clusterTrace(): GraphData {
  const nodes: GraphNode[] = [blankNode('root', 'Industry', '新一代信息技术', 'New-generation information technology')];
  const edges: GraphEdge[] = [];
  let k = 0;
  const add = (label: string, parent: string, zh = cjkName(k, 5 + (k % 8))) => {
    const id = `n${k++}`;
    nodes.push(blankNode(id, label, zh, `${label} number ${k} of the Huangpu innovation system`));
    edges.push(blankEdge('SUPPORTS', id, parent));
    return id;
  };
  const first = [
    ...['Institution', 'Institution', 'Institution', 'Industry', 'Industry', 'Industry'].map((l) => add(l, 'root')),
    add('Project', 'root', '新一代通信网络基础设施'),
    ...['Programme', 'Programme', 'Programme'].map((l) => add(l, 'root')),
  ];
  const second: [string, number][] = [
    ['Institution', 8],
    ['Enterprise', 3],
    ['Zone', 3],
    ['Region', 2],
    ['Project', 5],
    ['Programme', 10],
    ['Industry', 21],
  ];
  for (const [label, count] of second) for (let i = 0; i < count; i++) add(label, first[i % first.length]!);
  return graphOf(nodes, edges);
}

function legible(view: AnswerView, viewport: Viewport) {
  return checkLabels(fittedLabelBoxes(view, viewport));
}

describe('label metrics and the label check', () => {
  it('wraps CJK between characters and Latin at spaces, within the width', () => {
    const zh = wrapLabel('中新广州知识城国际科技创新合作区', 13, 8 * 13);
    expect(zh).toEqual(['中新广州知识城国', '际科技创新合作区']);
    const en = wrapLabel('Guangdong-Hong Kong-Macao Greater Bay Area', 13, 130);
    expect(en.length).toBeGreaterThan(1);
    for (const line of en) expect(textWidth(line, 13)).toBeLessThanOrEqual(130);
    expect(en.join(' ').replace(/- /g, '-')).toBe('Guangdong-Hong Kong-Macao Greater Bay Area');
  });

  it('finds overlapping and undersized labels', () => {
    const report = checkLabels([
      { id: 'a', text: 'a', fontPx: 12, x1: 0, y1: 0, x2: 50, y2: 16 },
      { id: 'b', text: 'b', fontPx: 12, x1: 40, y1: 10, x2: 90, y2: 26 },
      { id: 'c', text: 'c', fontPx: 9, x1: 200, y1: 0, x2: 240, y2: 12 },
      { id: 'd', text: 'd', fontPx: 12, x1: 90, y1: 10, x2: 120, y2: 26 },
    ]);
    expect(report.overlaps).toEqual([['a', 'b']]);
    expect(report.tooSmall.map((b) => b.id)).toEqual(['c']);
    expect(report.minFontPx).toBe(9);
  });
});

describe('trace view', () => {
  it('ranks by hop distance and puts the upstream root on the right, the downstream root on the left', () => {
    const g = bigTrace();
    const ranks = hopRanks(g, 'root');
    expect(ranks.get('root')).toBe(0);
    expect(ranks.get('r1-0')).toBe(1);
    expect(ranks.get('r2-ent-3')).toBe(2);
    for (const direction of ['UPSTREAM', 'DOWNSTREAM'] as const) {
      const view = traceView({ graph: g, rootId: 'root', direction, language: 'zh', viewport: DESKTOP });
      const root = view.nodes.find((n) => n.id === 'root')!;
      const others = view.nodes.filter((n) => n.id !== 'root');
      if (direction === 'UPSTREAM') expect(others.every((n) => n.x < root.x)).toBe(true);
      else expect(others.every((n) => n.x > root.x)).toBe(true);
      // Rank 2 lies beyond rank 1.
      const xOf = (rank: number) => view.nodes.filter((n) => n.rank === rank).map((n) => n.x);
      if (direction === 'UPSTREAM') expect(Math.max(...xOf(2))).toBeLessThan(Math.min(...xOf(1)));
      else expect(Math.min(...xOf(2))).toBeGreaterThan(Math.max(...xOf(1)));
    }
  });

  it('keeps every label at 11 px or more with no overlaps at the fitted zoom, folding crowded groups', () => {
    for (const [language, viewport] of [
      ['zh', DESKTOP],
      ['en', DESKTOP],
      ['zh', SMALL],
      ['en', SMALL],
    ] as const) {
      const view = traceView({ graph: bigTrace(), rootId: 'root', direction: 'UPSTREAM', language, viewport });
      const report = legible(view, viewport);
      expect(report.tooSmall).toEqual([]);
      expect(report.overlaps).toEqual([]);
      expect(report.minFontPx).toBeGreaterThanOrEqual(11);
      // Whatever is folded is still accounted for: drawn nodes plus group members cover the trace.
      const covered = new Set(view.nodes.flatMap((n) => (n.kind === 'group' ? n.members! : [n.id])));
      expect(covered.size).toBe(bigTrace().nodes.size);
    }
  });

  it('folds the largest group into a labelled group node that expands in place', () => {
    const g = bigTrace();
    const view = traceView({ graph: g, rootId: 'root', direction: 'UPSTREAM', language: 'zh', viewport: SMALL });
    const groups = view.nodes.filter((n) => n.kind === 'group');
    expect(groups.length).toBeGreaterThan(0);
    const enterprises = groups.find((n) => n.label === 'Enterprise')!;
    expect(enterprises.lines.join('')).toBe('企业 (22)');
    expect(enterprises.members).toHaveLength(22);
    const en = traceView({ graph: g, rootId: 'root', direction: 'UPSTREAM', language: 'en', viewport: SMALL });
    expect(en.nodes.find((n) => n.id === enterprises.id)!.lines.join(' ')).toBe('Enterprises (22)');
    // Edges to folded members become one edge to the group, named in the UI language.
    const toGroup = view.edges.filter((e) => e.source === enterprises.id || e.target === enterprises.id);
    expect(toGroup.length).toBe(2);
    expect(toGroup.every((e) => e.caption === '属于产业')).toBe(true);
    expect(toGroup.reduce((s, e) => s + e.members!.length, 0)).toBe(22);
    // Expanding the group shows its members where it was.
    const open = traceView({
      graph: g,
      rootId: 'root',
      direction: 'UPSTREAM',
      language: 'zh',
      viewport: SMALL,
      expanded: new Set([enterprises.id]),
    });
    expect(open.nodes.some((n) => n.id === enterprises.id)).toBe(false);
    expect(open.nodes.filter((n) => n.id.startsWith('r2-ent-'))).toHaveLength(22);
  });

  it('folds nothing when everything fits', () => {
    const g = graphOf(
      [
        blankNode('root', 'Industry', '集成电路'),
        blankNode('a', 'Institution', '甲研究院'),
        blankNode('b', 'Zone', '知识城'),
      ],
      [blankEdge('SUPPORTS', 'a', 'root'), blankEdge('FOCUSES_ON', 'b', 'root')],
    );
    const view = traceView({ graph: g, rootId: 'root', direction: 'UPSTREAM', language: 'en', viewport: DESKTOP });
    expect(view.nodes.map((n) => n.kind)).toEqual(['node', 'node', 'node']);
    expect(view.edges.map((e) => e.caption).sort()).toEqual(['focuses on', 'supports']);
    expect(fittedZoom(view, DESKTOP)).toBeGreaterThanOrEqual(1);
  });
});

function pathResult(): PathResult {
  const n = (id: string, label: string, name: string, kind: string | null = null, nameEn: string | null = null) => ({
    ...blankNode(id, label, name, nameEn),
    kind,
  });
  const nodes = [
    n('lab', 'Institution', '广州实验室', null, 'Guangzhou Laboratory'),
    n('island', 'Zone', '广州国际生物岛', 'island', 'Guangzhou International Bio Island'),
    n('plan', 'Programme', PLAN_TITLE.zh, 'plan', PLAN_TITLE.en),
    n('box', 'Programme', '专栏3', 'box', 'Box 3'),
    n('district', 'Zone', '黄埔区', 'district', 'Huangpu District'),
    n(
      'inst',
      'Institution',
      '中科院广州生物医药与健康研究院',
      null,
      'Guangzhou Institutes of Biomedicine and Health, CAS',
    ),
    n('facility', 'Institution', '人类细胞谱系大科学研究设施', null, 'Human Cell Lineage Big Science Facility'),
    n('cluster', 'Industry', '生物医药', 'strategic-cluster', 'Biomedicine'),
  ];
  const edges = [
    blankEdge('LOCATED_IN', 'lab', 'island'),
    blankEdge('LOCATED_IN', 'inst', 'island'),
    blankEdge('BACKED_BY', 'facility', 'inst'),
    blankEdge('SUPPORTS', 'facility', 'cluster'),
    blankEdge('PART_OF', 'lab', 'plan'),
    blankEdge('PART_OF', 'cluster', 'plan'),
    blankEdge('PART_OF', 'lab', 'box'),
    blankEdge('PART_OF', 'cluster', 'box'),
    blankEdge('LOCATED_IN', 'lab', 'district'),
    blankEdge('FOCUSES_ON', 'district', 'cluster'),
  ];
  const path = (ids: string[], es: GraphEdge[], rank: number) => ({
    nodeIds: ids,
    edgeIds: es.map((e) => e.id),
    length: es.length,
    rank,
    explanation: '',
    explanationEn: '',
  });
  return {
    nodes,
    edges,
    paths: [
      path(['lab', 'plan', 'cluster'], [edges[4]!, edges[5]!], 1),
      path(['lab', 'box', 'cluster'], [edges[6]!, edges[7]!], 2),
      path(['lab', 'district', 'cluster'], [edges[8]!, edges[9]!], 3),
      path(['lab', 'island', 'inst', 'facility', 'cluster'], [edges[0]!, edges[1]!, edges[2]!, edges[3]!], 4),
    ],
  };
}

describe('paths', () => {
  it('names why a node is a hub', () => {
    const r = pathResult();
    const reason = (id: string) => hubReason(r.nodes.find((n) => n.id === id)!);
    expect(reason('plan')).toBe('plan-document');
    expect(reason('box')).toBe('plan-box');
    expect(reason('district')).toBe('plan-area');
    expect(reason('island')).toBeNull();
    expect(hubReason(blankNode('s', 'Section', '第一章'))).toBe('outline-section');
  });

  it('leaves out paths through hubs by default and renumbers the rest; the toggle brings them back', () => {
    const filtered = filterHubPaths(pathResult(), { includeHubs: false });
    expect(filtered.hidden).toBe(3);
    expect(filtered.paths.map((p) => [p.rank, p.nodeIds.join('>')])).toEqual([[1, 'lab>island>inst>facility>cluster']]);
    const all = filterHubPaths(pathResult(), { includeHubs: true });
    expect(all.hidden).toBe(0);
    expect(all.paths).toHaveLength(4);
    // A hub as an endpoint is the question itself, not a detour.
    const r = pathResult();
    const fromPlan = { ...r, paths: [{ ...r.paths[0]!, nodeIds: ['plan', 'cluster'] }] };
    expect(filterHubPaths(fromPlan, { includeHubs: false }).paths).toHaveLength(1);
  });

  it('draws the chosen path as a chain in order, with edge captions, legible at the fitted zoom', () => {
    const r = pathResult();
    const path = r.paths[3]!;
    for (const [language, viewport] of [
      ['zh', DESKTOP],
      ['en', DESKTOP],
      ['en', SMALL],
      ['en', { width: 390, height: 700 }],
    ] as const) {
      const view = pathView({ result: r, path, language, viewport });
      expect(view.nodes.map((n) => n.id)).toEqual(path.nodeIds);
      expect(view.edges.map((e) => e.id)).toEqual(path.edgeIds);
      const report = legible(view, viewport);
      expect(report.tooSmall).toEqual([]);
      expect(report.overlaps).toEqual([]);
    }
    const wide = pathView({ result: r, path, language: 'zh', viewport: { width: 1600, height: 800 } });
    // Wide enough: one row, left to right.
    expect(new Set(wide.nodes.map((n) => n.y)).size).toBe(1);
    const xs = wide.nodes.map((n) => n.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(wide.edges.map((e) => e.caption)).toEqual(['位于', '位于', '依托', '支撑']);
    const en = pathView({ result: r, path, language: 'en', viewport: DESKTOP });
    expect(en.edges.map((e) => e.caption)).toEqual(['is located in', 'is located in', 'is backed by', 'supports']);
  });
});

/** Clusters with supporters, some shared, as the plan's SUPPORTS edges into the eight clusters. */
function clusterGraph(supportersPerCluster: number): GraphData {
  const nodes: GraphNode[] = STRATEGIC_CLUSTERS.map((id, i) =>
    blankNode(id, 'Industry', `战略集群${i}号产业`, `Strategic cluster ${i}`),
  );
  const edges: GraphEdge[] = [];
  let k = 0;
  STRATEGIC_CLUSTERS.forEach((c, ci) => {
    for (let i = 0; i < supportersPerCluster; i++) {
      const id = `sup-${ci}-${i}`;
      nodes.push(
        blankNode(id, ENTITY_LABELS[k++ % 3]!, cjkName(k, 5 + (k % 8)), `Supporting platform ${k} for cluster`),
      );
      edges.push(blankEdge('SUPPORTS', id, c));
    }
  });
  // One platform supports three clusters: it is everyone's first supporter.
  nodes.push(blankNode('shared', 'Institution', '广州实验室', 'Guangzhou Laboratory'));
  for (const c of STRATEGIC_CLUSTERS.slice(0, 3)) edges.push(blankEdge('SUPPORTS', 'shared', c));
  // A cluster supporting another is not its supporter in this picture.
  edges.push(blankEdge('SUPPORTS', STRATEGIC_CLUSTERS[6], STRATEGIC_CLUSTERS[7]));
  return graphOf(nodes, edges);
}

describe('first view', () => {
  it('shows the eight clusters and their main supporters, at most 60 nodes', () => {
    const sel = selectFirstView(clusterGraph(12));
    expect(sel.clusters).toEqual([...STRATEGIC_CLUSTERS]);
    const shown = [...sel.supporters.values()].flat();
    expect(shown.length + sel.clusters.length).toBeLessThanOrEqual(60);
    expect(new Set(shown).size).toBe(shown.length);
    expect(sel.supporters.get(STRATEGIC_CLUSTERS[0])![0]).toBe('shared');
    expect(shown).not.toContain(STRATEGIC_CLUSTERS[6]);
    for (const c of STRATEGIC_CLUSTERS) expect(sel.supporters.get(c)!.length).toBeGreaterThan(0);
  });

  it('lays the blocks out legibly, keeping fewer supporters on a small screen', () => {
    for (const [language, viewport] of [
      ['zh', DESKTOP],
      ['en', DESKTOP],
      ['zh', SMALL],
      ['en', { width: 390, height: 700 }],
    ] as const) {
      const view = firstView({ graph: clusterGraph(12), language, viewport });
      expect(view.nodes.length).toBeLessThanOrEqual(60);
      for (const c of STRATEGIC_CLUSTERS) expect(view.nodes.some((n) => n.id === c)).toBe(true);
      const report = legible(view, viewport);
      expect(report.tooSmall).toEqual([]);
      expect(report.overlaps).toEqual([]);
      expect(view.edges.every((e) => e.type === 'SUPPORTS')).toBe(true);
    }
    const big = firstView({ graph: clusterGraph(12), language: 'zh', viewport: DESKTOP }).nodes.length;
    const small = firstView({ graph: clusterGraph(12), language: 'zh', viewport: SMALL }).nodes.length;
    expect(big).toBeGreaterThan(small);
  });
});

describe('first view without the clusters', () => {
  it('shows a partial graph’s own nodes as a legible grid, with the links among them', () => {
    const nodes = Array.from({ length: 14 }, (_, i) =>
      blankNode(`n${i}`, ENTITY_LABELS[i % 4]!, cjkName(i, 4 + (i % 9)), `Entity number ${i} of the fixture`),
    );
    const edges = nodes.slice(1).map((n, i) => blankEdge('PART_OF', n.id, `n${i}`));
    const graph = graphOf(nodes, edges);
    expect(firstViewIds(graph)).toHaveLength(14);
    for (const [language, viewport] of [
      ['zh', DESKTOP],
      ['en', SMALL],
    ] as const) {
      const view = firstView({ graph, language, viewport });
      expect(view.nodes.map((n) => n.id).sort()).toEqual(nodes.map((n) => n.id).sort());
      expect(view.edges).toHaveLength(13);
      const report = legible(view, viewport);
      expect(report.tooSmall).toEqual([]);
      expect(report.overlaps).toEqual([]);
      // A grid, not a single row or column.
      expect(new Set(view.nodes.map((n) => n.x)).size).toBeGreaterThan(1);
      expect(new Set(view.nodes.map((n) => n.y)).size).toBeGreaterThan(1);
    }
  });

  it('picks the clusters and their supporters when the clusters are there', () => {
    const ids = firstViewIds(clusterGraph(12));
    expect(ids.slice(0, 8)).toEqual([...STRATEGIC_CLUSTERS]);
    expect(ids.length).toBeLessThanOrEqual(60);
    expect(ids).toContain('shared');
  });
});

describe('planning for the free area the fit uses', () => {
  // The canvas at 1440×900 beside the side and details panels, with the legend in its bottom-left corner (as
  // measured on the explorer): the strip beside the legend is tall and narrow, the area above it wide and short.
  const besideLegend = { left: 197, top: 0, right: 676, bottom: 840 };
  const aboveLegend = { left: 0, top: 0, right: 676, bottom: 483 };
  const belowNothing = { left: 0, top: 826, right: 676, bottom: 840 };
  const sizeOf = (a: FreeArea) => ({ width: a.right - a.left, height: a.bottom - a.top });

  it('lays a wide trace out above a corner legend rather than beside it, legible in the area it is fitted into', () => {
    for (const language of ['zh', 'en'] as const) {
      const layOut = (viewport: Viewport) =>
        traceView({ graph: clusterTrace(), rootId: 'root', direction: 'UPSTREAM', language, viewport });
      const plan = planInBestArea([besideLegend, aboveLegend, belowNothing], layOut)!;
      expect(plan.area).toEqual(aboveLegend);
      const report = legible(plan.view, sizeOf(plan.area));
      expect(report.minFontPx).toBeGreaterThanOrEqual(11);
      expect(report.overlaps).toEqual([]);
      // Beside the legend (the cheapest strip to clear it) the same trace is drawn smaller.
      const beside = legible(layOut(sizeOf(besideLegend)), sizeOf(besideLegend));
      expect(beside.minFontPx).toBeLessThan(report.minFontPx);
    }
  });

  it('keeps the first view’s supporters: of two legible plans, the one showing more wins over the one drawn larger', () => {
    // The first view as the explorer opens it: no side panel, the questions strip above, the legend in a corner.
    const beside = { left: 240, top: 80, right: 1000, bottom: 840 };
    const above = { left: 0, top: 80, right: 1000, bottom: 470 };
    const layOut = (viewport: Viewport) => firstView({ graph: clusterGraph(12), language: 'zh', viewport });
    const shown = (a: FreeArea) => layOut(sizeOf(a)).nodes.length;
    expect(shown(beside)).not.toBe(shown(above));
    const plan = planInBestArea([beside, above], layOut)!;
    expect(plan.view.nodes.length).toBe(Math.max(shown(beside), shown(above)));
    expect(legible(plan.view, sizeOf(plan.area)).minFontPx).toBeGreaterThanOrEqual(11);
  });

  it('prefers the larger area when both draw the view at the same zoom, and has no plan without room', () => {
    const small = { left: 0, top: 0, right: 500, bottom: 400 };
    const large = { left: 0, top: 0, right: 1000, bottom: 800 };
    const tiny = () => ({ bounds: { x1: 0, y1: 0, x2: 10, y2: 10 }, nodes: [] });
    expect(planInBestArea([small, large], tiny)!.area).toEqual(large);
    expect(planInBestArea([{ left: 10, top: 0, right: 10, bottom: 100 }], tiny)).toBeNull();
  });
});

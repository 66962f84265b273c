import { describe, expect, it } from 'vitest';
import { applyFilters, displayName, merge, normalize, removeNodes, toElements, wrapCjk } from './index.ts';
import { edge, FACILITY, ISLAND, LAB, SUB, ZHONG } from '../test/fixtures.ts';

describe('normalize', () => {
  it('keys nodes and edges by id, keeping order', () => {
    const g = normalize(SUB);
    expect([...g.nodes.keys()]).toEqual([
      'guangzhou-laboratory',
      'zhong-nanshan',
      'bio-island',
      'human-cell-lineage-facility',
    ]);
    expect(g.edges.get('LEADS:zhong-nanshan:guangzhou-laboratory')?.type).toBe('LEADS');
  });

  it('drops edges whose ends are missing', () => {
    const g = normalize({ nodes: [LAB], edges: [edge('LOCATED_IN', 'guangzhou-laboratory', 'bio-island')] });
    expect(g.edges.size).toBe(0);
  });

  it('merges without mutating and removes nodes with their edges', () => {
    const a = normalize({ nodes: [LAB, ZHONG], edges: [] });
    const b = merge(a, { nodes: [ISLAND], edges: SUB.edges });
    expect(a.nodes.size).toBe(2);
    expect(b.nodes.size).toBe(3);
    expect(b.edges.size).toBe(2);
    const c = removeNodes(b, ['guangzhou-laboratory']);
    expect(c.nodes.has('guangzhou-laboratory')).toBe(false);
    expect(c.edges.size).toBe(0);
  });
});

describe('applyFilters', () => {
  it('hides labels and the edges that touch them', () => {
    const g = applyFilters(normalize(SUB), { hiddenLabels: ['Person'] });
    expect([...g.nodes.keys()]).not.toContain('zhong-nanshan');
    expect([...g.edges.keys()]).toEqual(['LOCATED_IN:guangzhou-laboratory:bio-island']);
  });

  it('returns the graph itself when nothing is hidden', () => {
    const g = normalize(SUB);
    expect(applyFilters(g, { hiddenLabels: [] })).toBe(g);
  });
});

describe('wrapCjk', () => {
  it('breaks long Chinese names every 8 characters', () => {
    expect(wrapCjk('人类细胞谱系大科学研究设施')).toBe('人类细胞谱系大科\n学研究设施');
    expect(wrapCjk('中科院广州生物医药与健康研究院')).toBe('中科院广州生物医\n药与健康研究院');
  });

  it('leaves short names and Latin text alone', () => {
    expect(wrapCjk('广州实验室')).toBe('广州实验室');
    expect(wrapCjk('Human Cell Lineage Big Science Facility')).toBe('Human Cell Lineage Big Science Facility');
    expect(wrapCjk('广州实验室', 3)).toBe('广州实\n验室');
  });

  it('never starts a line with closing punctuation', () => {
    expect(wrapCjk('一二三四五六七八、九十')).toBe('一二三四五六七八、\n九十');
  });

  it('counts Latin characters as half width', () => {
    expect(wrapCjk('“1+1+3+N”战略创新集群建设工程')).toBe('“1+1+3+N”战略创新\n集群建设工程');
  });
});

describe('toElements', () => {
  it('labels nodes in the chosen language and classes them by label', () => {
    const zh = toElements(normalize(SUB), { language: 'zh' });
    const lab = zh.find((e) => e.data.id === 'guangzhou-laboratory');
    expect(lab?.group).toBe('nodes');
    expect(lab?.data.label).toBe('广州实验室');
    expect(lab?.classes).toContain('label-Institution');
    // Two edges touch the laboratory in SUB.
    expect(lab?.group === 'nodes' && lab.data.degree).toBe(2);
    const en = toElements(normalize(SUB), { language: 'en' });
    expect(en.find((e) => e.data.id === 'guangzhou-laboratory')?.data.label).toBe('Guangzhou Laboratory');
  });

  it('wraps CJK labels and falls back to Chinese without an English name', () => {
    const g = normalize({ nodes: [FACILITY, { ...ZHONG, nameEn: null }], edges: [] });
    const els = toElements(g, { language: 'en' });
    expect(els.find((e) => e.data.id === 'zhong-nanshan')?.data.label).toBe('钟南山');
    const zh = toElements(g, { language: 'zh' });
    expect(zh.find((e) => e.data.id === FACILITY.id)?.data.label).toContain('\n');
  });

  it('gives edges their type and a caption per language', () => {
    const els = toElements(normalize(SUB), { language: 'zh' });
    const leads = els.find((e) => e.data.id === 'LEADS:zhong-nanshan:guangzhou-laboratory');
    expect(leads).toMatchObject({
      group: 'edges',
      data: { source: 'zhong-nanshan', target: 'guangzhou-laboratory', type: 'LEADS', label: '牵头' },
    });
    const en = toElements(normalize(SUB), { language: 'en' });
    expect(en.find((e) => e.data.id === 'LOCATED_IN:guangzhou-laboratory:bio-island')?.data.label).toBe('located in');
  });

  it('puts nodes before edges', () => {
    const els = toElements(normalize(SUB), { language: 'zh' });
    const firstEdge = els.findIndex((e) => e.group === 'edges');
    expect(els.slice(firstEdge).every((e) => e.group === 'edges')).toBe(true);
  });
});

describe('displayName', () => {
  it('uses nameEn in English when there is one', () => {
    expect(displayName(LAB, 'en')).toBe('Guangzhou Laboratory');
    expect(displayName(LAB, 'zh')).toBe('广州实验室');
  });
});

import { describe, expect, it } from 'vitest';
import { REL_TYPES } from '@plangraph/shared';
import { DEFAULT_PATH_TYPES, DEPENDENCY_EDGES, explainPath, rankPaths } from './paths.ts';

describe('rankPaths', () => {
  it('drops paths that visit a node twice and duplicates', () => {
    const ranked = rankPaths(
      [
        { nodeIds: ['a', 'b', 'a', 'c'], edgeIds: ['e1', 'e2', 'e3'] },
        { nodeIds: ['a', 'c'], edgeIds: ['e4'] },
        { nodeIds: ['a', 'c'], edgeIds: ['e4'] },
      ],
      10,
    );
    expect(ranked).toEqual([{ nodeIds: ['a', 'c'], edgeIds: ['e4'] }]);
  });

  it('ranks by length, then by fewer outline sections, then by relationship ids', () => {
    const ranked = rankPaths(
      [
        { nodeIds: ['a', 'x', 'y', 'b'], edgeIds: ['e7', 'e8', 'e9'] },
        { nodeIds: ['a', 'sec-3', 'b'], edgeIds: ['e1', 'e2'] },
        { nodeIds: ['a', 'z', 'b'], edgeIds: ['e5', 'e6'] },
        { nodeIds: ['a', 'w', 'b'], edgeIds: ['e3', 'e4'] },
      ],
      3,
    );
    expect(ranked.map((p) => p.edgeIds.join(','))).toEqual(['e3,e4', 'e5,e6', 'e1,e2']);
  });
});

describe('explainPath', () => {
  it('says in both languages how the ends connect, step by step', () => {
    const names = new Map([
      ['lab', { zh: '广州实验室', en: 'Guangzhou Laboratory' }],
      ['island', { zh: '生物岛', en: 'Bio-Island' }],
      ['bio', { zh: '生物医药', en: 'Biomedicine' }],
    ]);
    const explanation = explainPath(
      ['lab', 'island', 'bio'],
      [
        { type: 'LOCATED_IN', source: 'lab', target: 'island' },
        { type: 'FOCUSES_ON', source: 'island', target: 'bio' },
      ],
      names,
    );
    expect(explanation.zh).toBe('广州实验室经2步连到生物医药:广州实验室位于生物岛,生物岛聚焦生物医药。');
    expect(explanation.en).toBe(
      'Guangzhou Laboratory connects to Biomedicine in 2 steps: Guangzhou Laboratory is located in Bio-Island; Bio-Island focuses on Biomedicine.',
    );
  });

  it('falls back to ids and a readable type for unknown names and types', () => {
    const explanation = explainPath(['a', 'b'], [{ type: 'NEW_KIND', source: 'a', target: 'b' }], new Map());
    expect(explanation.en).toBe(' connects to  in 1 step: a new kind b.');
  });
});

describe('relationship types followed', () => {
  it('paths skip MENTIONED_IN by default and follow every other type', () => {
    expect(DEFAULT_PATH_TYPES).not.toContain('MENTIONED_IN');
    expect(DEFAULT_PATH_TYPES.length).toBe(REL_TYPES.length - 1);
  });

  it('dependency types are known types, each followed in one direction only', () => {
    const all = [...DEPENDENCY_EDGES.in, ...DEPENDENCY_EDGES.out];
    expect(new Set(all).size).toBe(all.length);
    for (const t of all) expect(REL_TYPES).toContain(t);
  });
});

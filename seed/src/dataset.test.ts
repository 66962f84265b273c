import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR } from '../../test/fixture.ts';
import { buildGraph, DatasetError, graphStats } from './dataset.ts';

const graph = buildGraph({ dataDir: FIXTURE_DIR });

function dirWith(yaml: string, name = 'bad.yaml'): string {
  const dir = mkdtempSync(join(tmpdir(), 'plangraph-seed-'));
  copyFileSync(join(FIXTURE_DIR, 'fixture.yaml'), join(dir, 'fixture.yaml'));
  writeFileSync(join(dir, name), yaml);
  return dir;
}

function issuesOf(dir: string): string[] {
  try {
    buildGraph({ dataDir: dir });
  } catch (e) {
    if (e instanceof DatasetError)
      return e.issues.map((i) => [i.file, i.record, i.field, i.message].filter(Boolean).join(' | '));
    throw e;
  }
  throw new Error('expected the dataset to be rejected');
}

describe('buildGraph on the fixture', () => {
  it('locates every quote at offsets that slice it out of the source', () => {
    for (const item of [...graph.nodes, ...graph.rels]) {
      expect(item.provenance.length).toBeGreaterThan(0);
      for (const p of item.provenance) expect(graph.source.slice(p.start, p.end)).toBe(p.quote);
    }
  });

  it('pins repeated quotes with `line` to that line', () => {
    const indicator = graph.nodes.find((n) => n.id === 'ind-10');
    const value = indicator?.provenance.find((p) => p.quote === '2109');
    expect(graph.outline.lineStarts[199]).toBe(value?.start);
  });

  it('links entities to every section naming them, longest name first', () => {
    const mentions = graph.rels.filter((r) => r.type === 'MENTIONED_IN' && r.from === 'bio-island').map((r) => r.to);
    expect(mentions).toContain('sec-box-2-i1');
    // 生物岛实验室 on line 317 belongs to bioisland-laboratory, not to 生物岛.
    expect(mentions).not.toContain('sec-4-1-i1');
    const lab = graph.rels.find((r) => r.id === 'MENTIONED_IN:bioisland-laboratory:sec-4-1-i1');
    expect(lab?.props.count).toBeGreaterThan(0);
  });

  it('derives the outline tree with PART_OF', () => {
    expect(graph.rels.find((r) => r.id === 'PART_OF:sec-box-3:sec-4-1')).toBeDefined();
    expect(graphStats(graph).labels.Section).toBe(graph.outline.sections.length);
  });
});

describe('buildGraph rejects bad data, naming the file, the record and the field', () => {
  const node = (extra: string) => `nodes:
  - id: test-node
    label: Institution
    kind: laboratory
    name: 测试机构
    nameEn: Test
    description: 测试。
    descriptionEn: Test.
    quotes: [全力支持打造呼吸领域广州实验室]
${extra}
relationships:
  - { type: SUPPORTS, from: test-node, to: cansemi, quote: 全力支持打造呼吸领域广州实验室 }
`;
  const cases: [string, string, RegExp][] = [
    [
      'missing field',
      node('').replace('    nameEn: Test\n', ''),
      /bad\.yaml \| nodes\[0\] \(id: test-node\) \| nameEn/,
    ],
    ['wrong type', node('').replace('quotes: [全力支持打造呼吸领域广州实验室]', 'quotes: 12'), /nodes\[0\].*quotes/],
    ['unknown label', node('').replace('label: Institution', 'label: Company'), /nodes\[0\].*label/],
    [
      'quote not in the source',
      node('').replace('quotes: [全力支持打造呼吸领域广州实验室]', 'quotes: [这句话不在规划里]'),
      /quotes\[0\] \| quote "这句话不在规划里" is not in the source/,
    ],
    [
      'quote of two sentences',
      node('').replace('quotes: [全力支持打造呼吸领域广州实验室]', "quotes: ['强化基础研究和应用基础研究。构建']"),
      /quotes\[0\].*one sentence/,
    ],
    [
      'quote on the wrong line',
      node('').replace(
        'quotes: [全力支持打造呼吸领域广州实验室]',
        'quotes: [{ text: 全力支持打造呼吸领域广州实验室, line: 3 }]',
      ),
      /not on line 3/,
    ],
    [
      'duplicate id',
      node('')
        .replace('id: test-node', 'id: cansemi')
        .replace('from: test-node', 'from: cansemi')
        .replace('to: cansemi', 'to: bio-island'),
      /duplicate id "cansemi"/,
    ],
    [
      'unknown reference',
      node('').replace('to: cansemi', 'to: no-such-node'),
      /relationships\[0\] \(SUPPORTS test-node → no-such-node\) \| to \| unknown node id/,
    ],
    ['unknown relationship type', node('').replace('type: SUPPORTS', 'type: OWNS'), /relationships\[0\].*type/],
    ['alias naming two entities', node('    aliases: [知识城]'), /"知识城" already names (knowledge-city|test-node)/],
    ['bad id slug', node('').replace(/test-node/g, 'Test Node'), /nodes\[0\].*id.*slug/],
    ['node without a relationship', node('').replace(/relationships:\n.*\n$/, ''), /takes part in no relationship/],
    [
      'kind outside the vocabulary',
      node('').replace('kind: laboratory', 'kind: lab'),
      /nodes\[0\].*kind.*"lab" is not a kind/,
    ],
    [
      'kind for another label',
      node('').replace('kind: laboratory', 'kind: company'),
      /kind "company" is for Enterprise/,
    ],
    [
      'text-issue note without its Chinese wording',
      node('    textIssue: Written 测试机; evidently 测试机构 (lost 构).'),
      /bad\.yaml \| nodes\[0\] \(id: test-node\) \| textIssueZh \| .*needs textIssueZh/,
    ],
    [
      'text-issue note naming a working file',
      node("    textIssue: Uncertain name (text-issues B).\n    textIssueZh: '名称存疑。'"),
      /nodes\[0\] \(id: test-node\) \| textIssue \| must speak only of the plan text/,
    ],
    ['YAML syntax error', 'nodes: [\n  - id: x', /bad\.yaml \| YAML syntax/],
    [
      'indicator without unit',
      node('')
        .replace('label: Institution', 'label: Indicator')
        .replace('kind: laboratory', 'kind: prose-metric\n    props: { value2020: 1 }'),
      /props\.unit/,
    ],
  ];
  for (const [name, yaml, expected] of cases) {
    it(name, () => {
      expect(issuesOf(dirWith(yaml)).join('\n')).toMatch(expected);
    });
  }

  it('bad encoding', () => {
    const dir = dirWith('');
    writeFileSync(join(dir, 'bad.yaml'), Buffer.from([0x6e, 0x6f, 0x64, 0x65, 0x73, 0x3a, 0x20, 0xff, 0xfe, 0x0a]));
    expect(issuesOf(dir).join('\n')).toMatch(/bad\.yaml.*UTF-8/);
  });
});

describe('observations (observations.yaml)', () => {
  const observations = (entries: string) => dirWith(`observations:\n${entries}`, 'observations.yaml');

  it('reads the fixture’s observations, sorted by indicator and year', () => {
    expect(graph.observations.map((o) => [o.indicatorId, o.year, o.value, o.unit])).toEqual([
      ['ind-10', 2022, 2400, '家'],
      ['ind-10', 2023, 2300, '家'],
    ]);
    expect(graph.observations.every((o) => o.source.length > 0)).toBe(true);
  });

  it('names the file, the entry and the field of each problem, and keeps nothing', () => {
    const dir = observations(`  - { indicator: ind-10, year: 2022, value: 2400, unit: 个, source: a bulletin }
  - { indicator: ind-99, year: 2022, value: 1, unit: 家, source: a bulletin }
  - { indicator: guangzhou-laboratory, year: 2022, value: 1, unit: 家, source: a bulletin }
  - { indicator: ind-10, year: 2019, value: 1, unit: 家, source: a bulletin }
  - { indicator: ind-10, year: 2024, value: 1, unit: 家 }
  - { indicator: ind-10, year: 2024, value: many, unit: 家, source: a bulletin }
`);
    const issues = issuesOf(dir);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/observations\.yaml \| observations\[0\] \(ind-10 2022\) \| unit \| .*"个".*"家"/),
        expect.stringMatching(
          /observations\.yaml \| observations\[1\] \(ind-99 2022\) \| indicator \| unknown indicator/,
        ),
        expect.stringMatching(/observations\[2\] \(guangzhou-laboratory 2022\) \| indicator \| .*not an Indicator/),
        expect.stringMatching(/observations\[3\] \(ind-10 2019\) \| year \| must be after 2020/),
        expect.stringMatching(/observations\[4\] \(ind-10 2024\) \| source \|/),
        expect.stringMatching(/observations\[5\] \(ind-10 2024\) \| value \| must be a number/),
      ]),
    );
  });

  it('refuses a second value for the same indicator and year', () => {
    const dir = observations(`  - { indicator: ind-10, year: 2022, value: 2400, unit: 家, source: a bulletin }
  - { indicator: ind-10, year: 2022, value: 2500, unit: 家, source: another bulletin }
`);
    expect(issuesOf(dir)).toEqual([
      expect.stringMatching(/observations\[1\] \(ind-10 2022\) \| year \| ind-10 already has a value for 2022/),
    ]);
  });
});

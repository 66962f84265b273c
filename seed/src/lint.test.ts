/** Each lint check on a small inline dataset. */
import { describe, expect, it } from 'vitest';
import type { Located } from './dataset.ts';
import { formatLintReport, lintDataset, type LintCheck } from './lint.ts';
import type { NodeInput, RelationshipInput } from './schema.ts';

const source = '支持金发科技牵头建设国家先进高分子材料产业创新中心。全区培育新材料产业。';

function node(id: string, name: string, extra: Partial<NodeInput> = {}): Located<NodeInput> {
  return {
    file: 'fixture.yaml',
    index: 0,
    value: {
      id,
      label: 'Enterprise',
      kind: 'company',
      name,
      nameEn: id,
      aliases: [],
      description: name,
      descriptionEn: id,
      quotes: [name],
      props: {},
      ...extra,
    },
  };
}

function rel(
  from: string,
  to: string,
  quote: string,
  extra: Partial<RelationshipInput> = {},
): Located<RelationshipInput> {
  return { file: 'fixture.yaml', index: 0, value: { type: 'LEADS', from, to, quote, props: {}, ...extra } };
}

const kingfa = node('kingfa', '金发科技');
const centre = node('centre', '国家先进高分子材料产业创新中心', { label: 'Institution', kind: 'innovation-centre' });
const materials = node('new-materials', '新材料', { label: 'Industry', kind: 'industry' });
const district = node('district', '黄埔区', { label: 'Zone', kind: 'district', constructed: true });

const checks = (findings: ReturnType<typeof lintDataset>, check: LintCheck) =>
  findings.filter((f) => f.check === check);

describe('lintDataset', () => {
  it('accepts a link whose quote names an end, and a clean dataset', () => {
    const findings = lintDataset({
      nodes: [kingfa, centre],
      rels: [
        rel('kingfa', 'centre', '支持金发科技牵头建设'),
        rel('kingfa', 'centre', '国家先进高分子材料产业创新中心', { type: 'SUPPORTS' }),
      ],
      source,
    });
    expect(findings).toEqual([]);
  });

  it('flags a quote that names neither end, unless an implied subject is given', () => {
    const quote = '全区培育新材料产业';
    const bad = lintDataset({ nodes: [kingfa, centre], rels: [rel('kingfa', 'centre', quote)], source });
    expect(checks(bad, 'quote-names-no-endpoint')).toHaveLength(1);
    expect(checks(bad, 'quote-names-no-endpoint')[0]).toMatchObject({
      severity: 'error',
      file: 'fixture.yaml',
      record: 'relationships[0] (LEADS kingfa → centre)',
    });
    const implied = lintDataset({
      nodes: [district, materials],
      rels: [
        rel('district', 'new-materials', quote),
        rel('district', 'new-materials', '全区', { impliedSubject: '全区 is the district' }),
      ],
      source,
    });
    expect(checks(implied, 'quote-names-no-endpoint')).toHaveLength(0);
  });

  it('counts an alias as naming the end', () => {
    const withAlias = node('kingfa', '金发', { aliases: ['金发科技'], constructed: true });
    const findings = lintDataset({
      nodes: [withAlias, centre],
      rels: [rel('kingfa', 'centre', '支持金发科技牵头建设')],
      source,
    });
    expect(checks(findings, 'quote-names-no-endpoint')).toHaveLength(0);
  });

  it('flags generic aliases as errors and aliases inside other names as warnings', () => {
    const generic = node('lab', '金发科技', { aliases: ['实验室', '中'] });
    const inside = node('materials', '新材料', { label: 'Industry', kind: 'industry', aliases: ['高分子材料'] });
    const findings = lintDataset({ nodes: [generic, inside, centre], rels: [], source });
    expect(checks(findings, 'generic-alias').map((f) => f.message)).toEqual([
      'alias "实验室" is a generic word, not a name of this entity',
      'alias "中" is a generic word, not a name of this entity',
    ]);
    const warnings = checks(findings, 'alias-inside-other-name');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: 'warning', record: 'nodes[0] (id: materials)' });
    expect(warnings[0]!.message).toContain('centre');
  });

  it('warns about nodes with a single relationship', () => {
    const findings = lintDataset({
      nodes: [kingfa, centre, materials],
      rels: [rel('kingfa', 'centre', '金发科技'), rel('kingfa', 'new-materials', '金发科技')],
      source,
    });
    expect(checks(findings, 'single-relationship').map((f) => f.record)).toEqual([
      'nodes[0] (id: centre)',
      'nodes[0] (id: new-materials)',
    ]);
  });

  it('flags kinds outside the vocabulary', () => {
    const odd = node('kingfa', '金发科技', { kind: 'innovation-center' as NodeInput['kind'] });
    const findings = lintDataset({ nodes: [odd], rels: [], source });
    expect(checks(findings, 'kind-outside-vocabulary')).toHaveLength(1);
  });

  it('flags names not in the text unless marked constructed', () => {
    const invented = node('x', '金发新材料集团');
    const constructed = node('y', '高分子材料创新中心', { constructed: true });
    const findings = lintDataset({ nodes: [invented, constructed], rels: [], source });
    expect(checks(findings, 'name-not-in-text').map((f) => f.record)).toEqual(['nodes[0] (id: x)']);
  });

  it('flags a record that repeats another (same type, ends and quote), not the same link with another quote', () => {
    const findings = lintDataset({
      nodes: [kingfa, centre],
      rels: [
        rel('kingfa', 'centre', '支持金发科技牵头建设'),
        rel('kingfa', 'centre', '支持金发科技牵头建设'),
        rel('kingfa', 'centre', '金发科技牵头建设国家先进高分子材料产业创新中心'),
      ],
      source,
    });
    expect(checks(findings, 'duplicate-relationship').map((f) => f.message)).toEqual([
      'repeats fixture.yaml relationships[0] (LEADS kingfa → centre) (same type, ends and quote)',
    ]);
  });

  it('keeps cooperation in one direction: never both ways, never into the district, never from outside in', () => {
    const israel = node('israel', '以色列', { label: 'Region', kind: 'country' });
    const coop = (from: string, to: string) => rel(from, to, '推进与以色列的国际科技合作', { type: 'COOPERATES_WITH' });
    const ok = lintDataset({ nodes: [district, israel], rels: [coop('district', 'israel')], source });
    expect(checks(ok, 'cooperation-direction')).toEqual([]);
    const both = lintDataset({
      nodes: [district, israel],
      rels: [coop('district', 'israel'), coop('israel', 'district')],
      source,
    });
    expect(checks(both, 'cooperation-direction').map((f) => f.message)).toEqual([
      'stored both ways (district → israel too); keep one',
      'points at the district district; store it from the district to its partner',
    ]);
    const inward = lintDataset({ nodes: [centre, israel], rels: [coop('israel', 'centre')], source });
    expect(checks(inward, 'cooperation-direction')[0]!.message).toBe(
      'goes from outside (israel) to inside; store it from centre to israel',
    );
  });

  it('flags a category at an end of ANCHORS, LOCATED_IN or COOPERATES_WITH, not of PART_OF or MEASURES', () => {
    const hightech = node('high-tech-enterprises', '高新技术企业', { kind: 'category' });
    const findings = lintDataset({
      nodes: [hightech, district, kingfa],
      rels: [
        rel('high-tech-enterprises', 'district', '高新技术企业', { type: 'LOCATED_IN' }),
        rel('kingfa', 'high-tech-enterprises', '高新技术企业', { type: 'PART_OF' }),
      ],
      source,
    });
    expect(checks(findings, 'category-as-organisation').map((f) => f.record)).toEqual([
      'relationships[0] (LOCATED_IN high-tech-enterprises → district)',
    ]);
  });

  it('flags an institution, enterprise or project as part of an industry', () => {
    const findings = lintDataset({
      nodes: [centre, materials, node('segment', '高分子材料', { label: 'Industry', kind: 'segment' })],
      rels: [
        rel('centre', 'new-materials', '国家先进高分子材料产业创新中心', { type: 'PART_OF' }),
        rel('segment', 'new-materials', '新材料', { type: 'PART_OF' }),
      ],
      source,
    });
    expect(checks(findings, 'part-of-industry-heading').map((f) => f.record)).toEqual([
      'relationships[0] (PART_OF centre → new-materials)',
    ]);
  });

  it('flags LEADS whose quote says no one leads', () => {
    const findings = lintDataset({
      nodes: [kingfa, centre],
      rels: [rel('kingfa', 'centre', '支持金发科技牵头建设'), rel('kingfa', 'centre', '金发科技提出建设')],
      source,
    });
    expect(checks(findings, 'leads-without-leading').map((f) => f.record)).toEqual([
      'relationships[0] (LEADS kingfa → centre)',
    ]);
    expect(checks(findings, 'leads-without-leading')).toHaveLength(1);
  });

  it('flags support by a rating or an approval, and BACKED_BY for modelled on', () => {
    const most = node('most', '科技部', { label: 'Institution', kind: 'government-body', constructed: true });
    const findings = lintDataset({
      nodes: [most, district, centre, kingfa],
      rels: [
        rel('most', 'district', '孵化器被科技部评为优秀', { type: 'SUPPORTS' }),
        rel('most', 'district', '科技部支持黄埔区', { type: 'SUPPORTS' }),
        rel('centre', 'kingfa', '参照金发科技模式', { type: 'BACKED_BY' }),
        rel('centre', 'kingfa', '依托金发科技建设', { type: 'BACKED_BY' }),
      ],
      source,
    });
    expect(checks(findings, 'supports-by-rating').map((f) => f.record)).toEqual([
      'relationships[0] (SUPPORTS most → district)',
    ]);
    expect(checks(findings, 'backed-by-modelled-on').map((f) => f.record)).toEqual([
      'relationships[0] (BACKED_BY centre → kingfa)',
    ]);
  });

  it('reports per file with counts per check', () => {
    const findings = lintDataset({ nodes: [node('x', '金发新材料集团')], rels: [], source });
    const report = formatLintReport(findings);
    expect(report).toContain('fixture.yaml\n  error name-not-in-text: nodes[0] (id: x)');
    expect(report).toContain('1 error(s), 0 warning(s)');
    expect(report).toMatch(/1 {2}error name-not-in-text/);
  });
});

/** The insights queries over HTTP against the real Neo4j holding the fixture graph, checked against the data itself. */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../seed/src/dataset.ts';
import { computeMeasures } from '../../seed/src/measures.ts';
import { FIXTURE_DIR } from '../../test/fixture.ts';
import { useTestServer } from '../../test/http.ts';

const api = useTestServer();
const fixture = buildGraph({ dataDir: FIXTURE_DIR });
const measures = computeMeasures(fixture.nodes, fixture.rels).byNode;
const labelOf = new Map(fixture.nodes.map((n) => [n.id, n.label]));
const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

async function ok<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await api.gql<T>(query, variables);
  expect(res.errors?.map((e) => `${e.message} ${JSON.stringify(e.extensions)}`)).toBeUndefined();
  return res.data!;
}

async function rejects(query: string, argumentName: string) {
  const res = await api.gql(query);
  expect(res.status).toBe(400);
  expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
  return res.errors![0]!.message;
}

describe('centrality', () => {
  it('ranks entities by the measure computed at load, highest first, as the data says', async () => {
    const { centrality } = await ok<{ centrality: { rank: number; score: number; node: { id: string } }[] }>(
      '{ centrality(measure: DEGREE, limit: 5) { rank score node { id } } }',
    );
    const expected = [...measures.entries()]
      .sort(([a, x], [b, y]) => y.degree - x.degree || (a < b ? -1 : 1))
      .slice(0, 5)
      .map(([id, m]) => ({ id, score: m.degree }));
    expect(centrality.map((r) => ({ id: r.node.id, score: r.score }))).toEqual(expected);
    expect(centrality.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
  });

  it('filters by label and knows every measure', async () => {
    for (const measure of ['IN_DEGREE', 'OUT_DEGREE', 'PAGERANK', 'BETWEENNESS']) {
      const { centrality } = await ok<{ centrality: { score: number; node: { id: string; labels: string[] } }[] }>(
        `{ centrality(measure: ${measure}, labels: ["Institution"], limit: 3) { score node { id labels } } }`,
      );
      expect(centrality.length).toBeGreaterThan(0);
      for (const r of centrality) expect(r.node.labels).toEqual(['Institution']);
      const scores = centrality.map((r) => r.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  it('rejects unknown labels and limits out of range, naming the argument', async () => {
    await rejects('{ centrality(measure: DEGREE, labels: ["Planet"]) { rank } }', 'labels');
    await rejects('{ centrality(measure: DEGREE, limit: 0) { rank } }', 'limit');
    const res = await api.gql('{ centrality(measure: FAME) { rank } }');
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toMatch(/FAME/);
  });
});

describe('gaps', () => {
  const hasLink = (id: string, type: string, direction: 'INCOMING' | 'OUTGOING') =>
    fixture.rels.some((r) => r.type === type && (direction === 'INCOMING' ? r.to : r.from) === id);
  const partsOf = (id: string): string[] => {
    const children = fixture.rels
      .filter((r) => r.type === 'PART_OF' && r.to === id && labelOf.get(r.from) !== 'Section')
      .map((r) => r.from);
    return [...children, ...children.flatMap(partsOf)];
  };
  const expectedGaps = (label: string, type: string, direction: 'INCOMING' | 'OUTGOING', viaPartOf: boolean) =>
    fixture.nodes
      .filter((n) => n.label === label)
      .map((n) => n.id)
      .filter((id) => ![id, ...(viaPartOf ? partsOf(id) : [])].some((x) => hasLink(x, type, direction)))
      .sort();

  it('returns exactly the nodes that lack the link, in either direction, as the data says', async () => {
    const cases = [
      ['Industry', 'IN_INDUSTRY', 'INCOMING'],
      ['Institution', 'BACKED_BY', 'INCOMING'],
      ['Institution', 'LOCATED_IN', 'OUTGOING'],
      ['Zone', 'FOCUSES_ON', 'OUTGOING'],
    ] as const;
    for (const [label, type, direction] of cases) {
      const { gaps } = await ok<{ gaps: { id: string }[] }>(
        `{ gaps(label: "${label}", relationshipType: "${type}", direction: ${direction}, viaPartOf: false) { id } }`,
      );
      expect(
        gaps.map((g) => g.id),
        `${label} ${type} ${direction}`,
      ).toEqual(expectedGaps(label, type, direction, false));
    }
  });

  it('counts a node as covered when one of its parts has the link (viaPartOf)', async () => {
    // The 专栏3 programme is located nowhere itself, but its parts (the laboratory, the facility) are.
    const query = (viaPartOf: boolean) =>
      ok<{ gaps: { id: string }[] }>(
        `{ gaps(label: "Programme", relationshipType: "LOCATED_IN", direction: OUTGOING, viaPartOf: ${viaPartOf}) { id } }`,
      );
    const direct = (await query(false)).gaps.map((g) => g.id);
    const viaParts = (await query(true)).gaps.map((g) => g.id);
    expect(direct).toEqual(expectedGaps('Programme', 'LOCATED_IN', 'OUTGOING', false));
    expect(viaParts).toEqual(expectedGaps('Programme', 'LOCATED_IN', 'OUTGOING', true));
    expect(direct).toContain('box-3');
    expect(viaParts).not.toContain('box-3');
  });

  it('rejects unknown relationship types', async () => {
    const message = await rejects(
      '{ gaps(label: "Industry", relationshipType: "LOVES", direction: INCOMING) { id } }',
      'relationshipType',
    );
    expect(message).toMatch(/LOVES/);
  });
});

type Matrix = {
  rows: { id: string }[];
  columns: { id: string }[];
  cells: { row: string; column: string; count: number; edges: { id: string; provenance: { quote: string }[] }[] }[];
};
const matrixFields = 'rows { id } columns { id } cells { row column count edges { id provenance { quote } } }';

describe('coverage', () => {
  it('puts every link between rows and columns in its cell, with its quote', async () => {
    const { coverage } = await ok<{ coverage: Matrix }>(
      `{ coverage(rowLabel: "Institution", columnLabel: "Zone", relationshipTypes: ["LOCATED_IN"], viaPartOf: false) {
          ${matrixFields} } }`,
    );
    const links = fixture.rels.filter(
      (r) => r.type === 'LOCATED_IN' && labelOf.get(r.from) === 'Institution' && labelOf.get(r.to) === 'Zone',
    );
    expect(links.length).toBeGreaterThan(1);
    const cellEdges = coverage.cells.flatMap((c) => c.edges.map((e) => `${c.row}|${c.column}|${e.id}`)).sort();
    expect(cellEdges).toEqual(links.map((r) => `${r.from}|${r.to}|${r.id}`).sort());
    for (const c of coverage.cells) {
      expect(c.count).toBe(c.edges.length);
      for (const e of c.edges) expect(e.provenance[0]?.quote.length).toBeGreaterThan(0);
    }
    expect(coverage.columns.map((c) => c.id).sort()).toEqual(
      fixture.nodes
        .filter((n) => n.label === 'Zone')
        .map((n) => n.id)
        .sort(),
    );
    expect(new Set(coverage.rows.map((r) => r.id))).toEqual(new Set(links.map((r) => r.from)));
  });

  it('with viaPartOf, credits a column with the links of its parts', async () => {
    const { coverage } = await ok<{ coverage: Matrix }>(
      `{ coverage(rowLabel: "Zone", columnLabel: "Programme", relationshipTypes: ["LOCATED_IN"]) { ${matrixFields} } }`,
    );
    const cell = coverage.cells.find((c) => c.row === 'bio-island' && c.column === 'box-3');
    const parts = fixture.rels.filter((r) => r.type === 'PART_OF' && r.to === 'box-3').map((r) => r.from);
    const expected = fixture.rels.filter(
      (r) => r.type === 'LOCATED_IN' && r.to === 'bio-island' && parts.includes(r.from),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(cell?.edges.map((e) => e.id).sort()).toEqual(expected.map((r) => r.id).sort());
  });

  it('narrows columns to kinds and rejects an empty type list', async () => {
    const { coverage } = await ok<{ coverage: { columns: { id: string; kind: string }[] } }>(
      `{ coverage(rowLabel: "Institution", columnLabel: "Zone", columnKinds: ["area"],
          relationshipTypes: ["LOCATED_IN"]) { columns { id kind } } }`,
    );
    expect(coverage.columns.length).toBeGreaterThan(0);
    for (const c of coverage.columns) expect(c.kind).toBe('area');
    await rejects(
      '{ coverage(rowLabel: "Institution", columnLabel: "Industry", relationshipTypes: []) { rows { id } } }',
      'relationshipTypes',
    );
  });
});

describe('communities', () => {
  it('groups every entity into the Louvain community computed at load, named after its most central member', async () => {
    const { communities } = await ok<{
      communities: { id: string; name: string; size: number; members: { id: string; name: string }[] }[];
    }>('{ communities(limit: 500) { id name size members(limit: 100) { id name } } }');
    const sizes = new Map<number, number>();
    for (const m of measures.values()) sizes.set(m.community, (sizes.get(m.community) ?? 0) + 1);
    expect(communities.map((c) => [Number(c.id), c.size])).toEqual([...sizes].sort(([a, x], [b, y]) => y - x || a - b));
    for (const c of communities) {
      expect(c.name).toBe(c.members[0]!.name);
      for (const m of c.members) expect(measures.get(m.id)?.community).toBe(Number(c.id));
    }
  });
});

describe('mentions', () => {
  it('counts every occurrence in the plan text, for Chinese and Latin terms alike', async () => {
    for (const text of ['实验室', '生物岛', '5G', '钟', '，']) {
      const { mentions } = await ok<{
        mentions: {
          total: number;
          sections: { count: number }[];
          hits: { quote: string; start: number; end: number }[];
        };
      }>(
        'query($text: String!) { mentions(text: $text, limit: 500) { total sections { count } hits { quote start end } } }',
        {
          text,
        },
      );
      expect(mentions.total, text).toBe(occurrences(fixture.source, text));
      expect(mentions.sections.reduce((n, s) => n + s.count, 0)).toBe(mentions.total);
      for (const h of mentions.hits) {
        expect(h.quote).toContain(text);
        expect(fixture.source.slice(h.start, h.end)).toBe(h.quote);
      }
    }
  });

  it('names the entities each sentence mentions', async () => {
    const { mentions } = await ok<{ mentions: { hits: { quote: string; entities: { id: string }[] }[] } }>(
      '{ mentions(text: "钟南山院士领衔") { hits { quote entities { id } } } }',
    );
    expect(mentions.hits[0]?.entities.map((e) => e.id)).toEqual(
      expect.arrayContaining(['zhong-nanshan', 'guangzhou-laboratory', 'bio-island']),
    );
  });

  it('rejects empty text and limits out of range', async () => {
    await rejects('{ mentions(text: "  ") { total } }', 'text');
    await rejects('{ mentions(text: "氢能", limit: 501) { total } }', 'limit');
  });
});

describe('measures in the generated API', () => {
  it('can be sorted and filtered like any field', async () => {
    const { institutions } = await ok<{ institutions: { id: string; degree: number; pagerank: number }[] }>(
      '{ institutions(where: { degree: { gte: 1 } }, sort: [{ pagerank: DESC }], limit: 3) { id degree pagerank } }',
    );
    const expected = fixture.nodes
      .filter((n) => n.label === 'Institution' && measures.get(n.id)!.degree >= 1)
      .map((n) => ({ id: n.id, degree: measures.get(n.id)!.degree, pagerank: measures.get(n.id)!.pagerank }))
      .sort((a, b) => b.pagerank - a.pagerank)
      .slice(0, 3);
    expect(institutions.map((i) => ({ id: i.id, degree: i.degree }))).toEqual(
      expected.map((e) => ({ id: e.id, degree: e.degree })),
    );
    for (const [i, e] of institutions.entries()) expect(e.pagerank).toBeCloseTo(expected[i]!.pagerank, 9);
  });
});

describe('observations', () => {
  type Row = { indicatorId: string; year: number; value: number; unit: string; source: string };
  const FIELDS = 'indicatorId year value unit source';

  it('serves the observations the loader stored, as the fixture file lists them, by indicator then year', async () => {
    const { observations } = await ok<{ observations: Row[] }>(`{ observations { ${FIELDS} } }`);
    expect(fixture.observations.length).toBeGreaterThan(0);
    expect(observations).toEqual(fixture.observations);
    const indicator = fixture.nodes.find((n) => n.id === 'ind-10')!;
    for (const o of observations) expect(o.unit).toBe(indicator.props.unit);
  });

  it('narrows to one indicator, and answers an empty list for an indicator without observations', async () => {
    const one = await ok<{ observations: Row[] }>(`{ observations(indicator: "ind-10") { ${FIELDS} } }`);
    expect(one.observations.map((o) => o.year)).toEqual(
      fixture.observations.filter((o) => o.indicatorId === 'ind-10').map((o) => o.year),
    );
    const none = await ok<{ observations: Row[] }>(`{ observations(indicator: "bio-island") { ${FIELDS} } }`);
    expect(none.observations).toEqual([]);
  });

  it('rejects an empty indicator id', async () => {
    await rejects('{ observations(indicator: "") { year } }', 'indicator');
  });
});

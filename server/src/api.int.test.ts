/** The exploration queries and the generated API over HTTP, against the real Neo4j holding the fixture graph. */
import { describe, expect, it } from 'vitest';
import { query } from '@plangraph/cypher';
import { buildGraph } from '../../seed/src/dataset.ts';
import { FIXTURE_DIR } from '../../test/fixture.ts';
import { useTestServer } from '../../test/http.ts';
import { testDriver } from '../../test/neo4j.ts';

const api = useTestServer();

type Hit = { node: { id: string; labels: string[] }; matchedField: string; matchedText: string; score: number };

async function search(text: string, extra = '') {
  const res = await api.gql<{ search: Hit[] }>(
    `query($text: String!) { search(text: $text${extra}) { node { id labels } matchedField matchedText score } }`,
    { text },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.search;
}

describe('search', () => {
  it('finds Chinese names, exact match first', async () => {
    const hits = await search('广州实验室');
    expect(hits[0]).toMatchObject({
      node: { id: 'guangzhou-laboratory' },
      matchedField: 'name',
      matchedText: '广州实验室',
    });
  });
  it('finds aliases and says which alias matched', async () => {
    const hits = await search('呼吸疾病领域广州实验室');
    expect(hits[0]).toMatchObject({
      node: { id: 'guangzhou-laboratory' },
      matchedField: 'alias',
      matchedText: '呼吸疾病领域广州实验室',
    });
    expect((await search('知识城'))[0]?.node.id).toBe('knowledge-city');
  });
  it('finds English names, case-insensitively', async () => {
    expect((await search('cansemi'))[0]).toMatchObject({ node: { id: 'cansemi' }, matchedField: 'nameEn' });
    expect((await search('Bio Island'))[0]?.node.id).toBe('bio-island');
  });
  it('filters by label and bounds the limit', async () => {
    const hits = await search('实验室', ', labels: ["Person"]');
    expect(hits).toEqual([]);
    const res = await api.gql('{ search(text: "广州", limit: 1000) { score } }');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'limit' });
  });
  it('treats Lucene syntax as plain text', async () => {
    const res = await api.gql('{ search(text: "广州 AND (实验室 OR *:*)~") { node { id } } }');
    expect(res.errors).toBeUndefined();
  });
  it('finds a substring in the middle of a Chinese name, alias or English name', async () => {
    expect((await search('生物医药与健康'))[0]).toMatchObject({
      node: { id: 'cas-guangzhou-institute-of-biomedicine-and-health' },
      matchedField: 'name',
      matchedText: '中科院广州生物医药与健康研究院',
    });
    expect((await search('疾病领域'))[0]).toMatchObject({
      node: { id: 'guangzhou-laboratory' },
      matchedField: 'alias',
      matchedText: '呼吸疾病领域广州实验室',
    });
    expect((await search('ell lineage big'))[0]).toMatchObject({
      node: { id: 'human-cell-lineage-facility' },
      matchedField: 'nameEn',
    });
    expect((await search('谱系大科学')).map((h) => h.node.id)).toContain('human-cell-lineage-facility');
  });
  it('keeps Lucene special characters plain: each input answers without error, as its words would', async () => {
    for (const text of [
      '+-&&||!(){}[]^"~*?:\\/',
      '"',
      '\\',
      '*',
      '?',
      'title:x',
      '知识城"',
      '(知识城',
      '知识城~2',
      '知识城^9',
    ]) {
      const res = await api.gql<{ search: Hit[] }>('query($t: String!) { search(text: $t) { node { id } } }', {
        t: text,
      });
      expect(res.errors, text).toBeUndefined();
      if (text.includes('知识城'))
        expect(
          res.data!.search.map((h) => h.node.id),
          text,
        ).toContain('knowledge-city');
    }
    // Special characters inside a name are matched as written: the quotes and colon of 专栏3's title.
    expect((await search('专栏3:“1+1+3+N”'))[0]?.node.id).toBe('box-3');
    expect((await search('"1+1+3+N"'))[0]?.node.id).toBe('box-3');
  });
  it('ranks the entity an English name denotes first: the head of the name over a prefix', async () => {
    // A competitor whose name starts with the words, shorter than the one that ends with them (as in the plan).
    const driver = testDriver();
    const session = driver.session();
    try {
      await session.executeWrite((tx) =>
        tx.run(query('create-nodes'), {
          rows: [
            {
              id: 'kc-biopharma-probe',
              label: 'Zone',
              props: { id: 'kc-biopharma-probe', name: '生物制药基地', nameEn: 'Knowledge City Biopharma Base' },
            },
          ],
        }),
      );
      const hits = await search('Knowledge City');
      expect(hits.map((h) => h.node.id).slice(0, 2)).toEqual(['knowledge-city', 'kc-biopharma-probe']);
      expect(hits[0]).toMatchObject({ matchedField: 'nameEn', matchedText: 'Sino-Singapore Guangzhou Knowledge City' });
      expect((await search('sino-singapore guangzhou knowledge city'))[0]?.score).toBe(1000);
    } finally {
      await session.executeWrite((tx) =>
        tx.run(query('delete-stale-nodes'), { ids: buildGraph({ dataDir: FIXTURE_DIR }).nodes.map((n) => n.id) }),
      );
      await session.close();
      await driver.close();
    }
  });
});

describe('node', () => {
  it('returns names, properties and provenance with section titles', async () => {
    const res = await api.gql<{
      node: {
        name: string;
        nameEn: string;
        properties: Record<string, unknown>;
        provenance: { sectionId: string; sectionTitle: string; quote: string; start: number; end: number }[];
      };
    }>('{ node(id: "ind-10") { name nameEn properties provenance { sectionId sectionTitle quote start end } } }');
    const node = res.data!.node;
    expect(node.properties).toMatchObject({ unit: '家', value2020: 2109, target2025: 2600 });
    expect(node.provenance[0]).toMatchObject({ sectionId: 'sec-table-2-1', quote: '高新技术企业数量(家)' });
    expect(node.provenance[0]?.sectionTitle).toContain('表2.1');
  });
  it('answers null for an unknown id', async () => {
    expect((await api.gql('{ node(id: "no-such") { id } }')).data).toEqual({ node: null });
  });
});

describe('neighborhood', () => {
  it('expands one hop with type filters and returns the induced edges with provenance', async () => {
    const res = await api.gql<{
      neighborhood: {
        nodes: { id: string }[];
        edges: { id: string; provenance: { quote: string }[] }[];
        truncated: boolean;
      };
    }>(
      '{ neighborhood(ids: ["guangzhou-laboratory"], relationshipTypes: ["BACKED_BY", "LEADS"]) { nodes { id } edges { id provenance { quote } } truncated } }',
    );
    const n = res.data!.neighborhood;
    expect(n.nodes.map((x) => x.id).sort()).toEqual(
      [
        'bioisland-laboratory',
        'cas-guangzhou-institute-of-biomedicine-and-health',
        'guangzhou-laboratory',
        'zhong-nanshan',
      ].sort(),
    );
    expect(n.edges.every((e) => e.provenance[0]!.quote.length > 0)).toBe(true);
    expect(n.truncated).toBe(false);
  });
  it('goes deeper with depth 2 and reports truncation at the limit', async () => {
    const deep = await api.gql<{ neighborhood: { nodes: { id: string }[] } }>(
      '{ neighborhood(ids: ["zhong-nanshan"], depth: 2, relationshipTypes: ["LEADS", "BACKED_BY"]) { nodes { id } } }',
    );
    expect(deep.data!.neighborhood.nodes.map((x) => x.id)).toContain('bioisland-laboratory');
    const cut = await api.gql<{ neighborhood: { nodes: unknown[]; truncated: boolean } }>(
      '{ neighborhood(ids: ["guangzhou-laboratory"], limit: 1) { nodes { id } truncated } }',
    );
    expect(cut.data!.neighborhood).toMatchObject({ truncated: true });
    expect(cut.data!.neighborhood.nodes).toHaveLength(2);
  });
  it('rejects unknown relationship types by name', async () => {
    const res = await api.gql('{ neighborhood(ids: ["x"], relationshipTypes: ["DELETE"]) { truncated } }');
    expect(res.errors?.[0]?.message).toMatch(/relationshipTypes.*unknown relationship type "DELETE"/);
  });
});

describe('paths', () => {
  it('ranks the shortest path first and explains it in both languages', async () => {
    const res = await api.gql<{
      paths: {
        paths: { nodeIds: string[]; edgeIds: string[]; rank: number; explanation: string; explanationEn: string }[];
        nodes: { id: string }[];
        edges: { id: string }[];
      };
    }>(
      '{ paths(from: "zhong-nanshan", to: "cas-guangzhou-institute-of-biomedicine-and-health") { paths { nodeIds edgeIds rank explanation explanationEn } nodes { id } edges { id } } }',
    );
    const [best, ...rest] = res.data!.paths.paths;
    expect(best?.nodeIds).toEqual([
      'zhong-nanshan',
      'guangzhou-laboratory',
      'cas-guangzhou-institute-of-biomedicine-and-health',
    ]);
    expect(best?.explanation).toBe(
      '钟南山经2步连到中科院广州生物医药与健康研究院:钟南山牵头广州实验室,广州实验室依托中科院广州生物医药与健康研究院。',
    );
    expect(best?.explanationEn).toContain(
      'Zhong Nanshan leads Guangzhou Laboratory; Guangzhou Laboratory is backed by',
    );
    expect(rest.every((p) => p.nodeIds.length >= best!.nodeIds.length)).toBe(true);
    expect(rest.every((p) => new Set(p.nodeIds).size === p.nodeIds.length)).toBe(true);
    expect(res.data!.paths.edges.map((e) => e.id)).toEqual(expect.arrayContaining(best!.edgeIds));
  });
  it('returns no path when maxHops is too small', async () => {
    const res = await api.gql<{ paths: { paths: unknown[] } }>(
      '{ paths(from: "zhong-nanshan", to: "human-cell-lineage-facility", maxHops: 1) { paths { rank } } }',
    );
    expect(res.data!.paths.paths).toEqual([]);
  });
  it('bounds maxHops', async () => {
    const res = await api.gql('{ paths(from: "a", to: "b", maxHops: 50) { paths { rank } } }');
    expect(res.errors?.[0]?.extensions).toMatchObject({ argumentName: 'maxHops' });
  });
});

describe('trace', () => {
  it('upstream: what an industry depends on', async () => {
    const res = await api.gql<{
      trace: { nodes: { id: string }[]; edges: { type: string; source: string; target: string }[] };
    }>('{ trace(id: "integrated-circuits") { nodes { id } edges { type source target } } }');
    expect(res.data!.trace.nodes.map((n) => n.id).sort()).toEqual(['cansemi', 'integrated-circuits', 'knowledge-city']);
    expect(res.data!.trace.edges).toContainEqual({
      type: 'IN_INDUSTRY',
      source: 'cansemi',
      target: 'integrated-circuits',
    });
  });
  it('downstream: what depends on an institute', async () => {
    const res = await api.gql<{ trace: { nodes: { id: string }[] } }>(
      '{ trace(id: "cas-guangzhou-institute-of-biomedicine-and-health", direction: DOWNSTREAM, maxHops: 1) { nodes { id } } }',
    );
    expect(res.data!.trace.nodes.map((n) => n.id).sort()).toEqual(
      [
        'cas-guangzhou-institute-of-biomedicine-and-health',
        'guangzhou-laboratory',
        'human-cell-lineage-facility',
      ].sort(),
    );
  });
});

describe('subgraph, stats, sourceText', () => {
  it('subgraph returns the induced edges only', async () => {
    const res = await api.gql<{ subgraph: { edges: { id: string }[] } }>(
      '{ subgraph(ids: ["cansemi", "knowledge-city"]) { edges { id } } }',
    );
    expect(res.data!.subgraph.edges.map((e) => e.id)).toEqual(['ANCHORS:cansemi:knowledge-city']);
  });
  it('orders edges by id', async () => {
    const res = await api.gql<{ neighborhood: { edges: { id: string }[] } }>(
      '{ neighborhood(ids: ["guangzhou-laboratory"], depth: 1) { edges { id } } }',
    );
    const ids = res.data!.neighborhood.edges.map((e) => e.id);
    expect(ids.length).toBeGreaterThan(3);
    expect(ids).toEqual([...ids].sort());
  });
  it('answers GraphQL without an ETag: POST results are not cached, so none is computed', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { nodeCount } }' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBeNull();
  });
  it('stats counts per label and type', async () => {
    const res = await api.gql<{ stats: { nodeCount: number; labels: { key: string; count: number }[] } }>(
      '{ stats { nodeCount labels { key count } } }',
    );
    expect(res.data!.stats.labels).toContainEqual({ key: 'Person', count: 1 });
    expect(res.data!.stats.nodeCount).toBeGreaterThan(200);
  });
  it('sourceText gives the section text with entity spans that slice the names', async () => {
    const res = await api.gql<{
      sourceText: {
        title: string;
        path: { id: string }[];
        text: string;
        start: number;
        spans: { nodeId: string; start: number; end: number }[];
        nodes: { id: string }[];
      };
    }>(
      '{ sourceText(sectionId: "sec-box-3") { title path { id } text start spans { nodeId start end } nodes { id } } }',
    );
    const s = res.data!.sourceText;
    expect(s.path.map((p) => p.id)).toEqual(['sec-4', 'sec-4-1', 'sec-box-3']);
    const slices = s.spans
      .filter((x) => x.nodeId === 'human-cell-lineage-facility')
      .map((x) => s.text.slice(x.start - s.start, x.end - s.start));
    expect(slices).toContain('人类细胞谱系大科学研究设施');
    // The node's own quote in this box is a span too, so the viewer can highlight it.
    expect(slices).toContain(
      '3个重大科技基础设施:人类细胞谱系大科学研究设施、航空轮胎动力学大科学装置、慧眼大设施工程。',
    );
    expect(s.nodes.map((n) => n.id)).toContain('guangzhou-laboratory');
  });
});

describe('generated API', () => {
  it('filters, sorts, traverses with citations and aggregates', async () => {
    const res = await api.gql<{
      institutions: {
        name: string;
        ledBy: { name: string }[];
        backedByConnection: { totalCount: number; edges: { properties: { quote: string } }[] };
      }[];
    }>(
      `{ institutions(where: { id: { eq: "guangzhou-laboratory" } }) {
          name
          ledBy { name }
          backedByConnection { totalCount edges { properties { quote } } }
        } }`,
    );
    const lab = res.data!.institutions[0]!;
    expect(lab.ledBy).toEqual([{ name: '钟南山' }]);
    expect(lab.backedByConnection.totalCount).toBe(2);
    expect(lab.backedByConnection.edges[0]!.properties.quote).toContain('依托');
    const agg = await api.gql<{ sectionsConnection: { aggregate: { count: { nodes: number } } } }>(
      '{ sectionsConnection { aggregate { count { nodes } } } }',
    );
    expect(agg.data!.sectionsConnection.aggregate.count.nodes).toBe(192);
  });
  it('has no mutations at all', async () => {
    const res = await api.gql(
      'mutation { createInstitutions(input: [{ id: "x", name: "x" }]) { info { nodesCreated } } }',
    );
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toMatch(/read-only.*mutation/i);
    const sub = await api.gql('subscription { x }');
    expect(sub.status).toBe(400);
  });
});

describe('limits', () => {
  it('rejects queries deeper than the limit', async () => {
    let q = 'name';
    for (let i = 0; i < 14; i++) q = `partOf { ${q} }`;
    const res = await api.gql(`{ institutions { ${q} } }`);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.errors)).toMatch(/depth/i);
  });
  it('rejects alias floods', async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: stats { nodeCount }`).join(' ');
    const res = await api.gql(`{ ${aliases} }`);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.errors)).toMatch(/alias/i);
  });
});

/** An answer with no data: null, an empty list, or an object whose lists are all empty. */
function isEmptyAnswer(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value !== 'object') return false;
  const lists = Object.values(value).filter(Array.isArray);
  return lists.length > 0 && lists.every((l) => l.length === 0);
}

describe('docs/api.md', () => {
  it('every GraphQL example in the docs runs without errors', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8');
    const blocks = [...doc.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThanOrEqual(8);
    for (const query of blocks) {
      const res = await api.gql<Record<string, unknown>>(query);
      expect(res.errors, query).toBeUndefined();
      for (const [field, value] of Object.entries(res.data ?? {}))
        expect(isEmptyAnswer(value), `${field} in ${query}`).toBe(false);
    }
  });
});

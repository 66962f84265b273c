/** Every file in cypher/queries runs against the real Neo4j holding the fixture graph. */
import { afterAll, describe, expect, it } from 'vitest';
import type { Node } from 'neo4j-driver';
import { testDriver } from '../../test/neo4j.ts';
import { buildGraph } from '../../seed/src/dataset.ts';
import { FIXTURE_DIR } from '../../test/fixture.ts';
import { query, queryHeader, queryNames } from './index.ts';

const driver = testDriver();
afterAll(() => driver.close());
const fixture = buildGraph({ dataDir: FIXTURE_DIR });

/** The columns the queries return: `node` and `section` are nodes; the rest are checked where they are read. */
type Row = { node: Node; section: Node } & Record<string, unknown>;

async function read(name: string, params: Record<string, unknown> = {}) {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    return (await session.executeRead((tx) => tx.run<Row>(query(name), params))).records;
  } finally {
    await session.close();
  }
}

const tested = new Set<string>();
function covers(name: string) {
  tested.add(name);
  return name;
}

describe('cypher/queries', () => {
  it('every file starts with its purpose and params', () => {
    for (const name of queryNames()) {
      const header = queryHeader(name);
      expect(header.length, name).toBeGreaterThanOrEqual(2);
      expect(
        header.some((l) => l.includes('Params:')),
        name,
      ).toBe(true);
    }
  });

  it(covers('count-graph'), async () => {
    const [row] = await read('count-graph');
    expect(row?.get('nodeCount')).toBe(fixture.nodes.length);
    expect(row?.get('relationshipCount')).toBe(fixture.rels.length);
    const labels = Object.fromEntries(
      (row?.get('labels') as { key: string; count: number }[]).map((r) => [r.key, r.count]),
    );
    expect(labels.Institution).toBe(4);
  });

  it(covers('get-node'), async () => {
    const [row] = await read('get-node', { id: 'guangzhou-laboratory' });
    expect(row?.get('node').properties.name).toBe('广州实验室');
    expect(row?.get('node').labels).toEqual(expect.arrayContaining(['PlanNode', 'Institution']));
    expect(await read('get-node', { id: 'nope' })).toHaveLength(0);
  });

  it(covers('search-nodes'), async () => {
    // substringQuery as the resolver builds it (server/src/schema/substring-query.ts).
    const search = async (text: string, substringQuery: string | null, labels: string[] | null = null) =>
      (await read('search-nodes', { text, substringQuery, ftQuery: text, labels, limit: 5 })).map(
        (r) => r.get('node').properties.id as string,
      );
    expect((await search('广州实验室', '+"广州实验室"'))[0]).toBe('guangzhou-laboratory');
    expect((await search('粤芯半导体', '+"粤芯半导体"'))[0]).toBe('cansemi');
    expect((await search('CanSemi', '+(*cansemi* cansemi)'))[0]).toBe('cansemi');
    expect((await search('knowledge-city', null))[0]).toBe('knowledge-city');
    // In the middle of a name, found through the index's phrase query and checked exactly.
    expect((await search('广州生物医药', '+"广州生物医药"'))[0]).toBe(
      'cas-guangzhou-institute-of-biomedicine-and-health',
    );
    expect(await search('实验室', '+"实验室"', ['Person'])).toEqual([]);
    const limited = await read('search-nodes', {
      text: '广州',
      substringQuery: '+"广州"',
      ftQuery: '广州',
      labels: null,
      limit: 100000,
    });
    expect(limited.length).toBeLessThanOrEqual(100);
  });

  it(covers('expand-neighbors'), async () => {
    const rows = await read('expand-neighbors', {
      ids: ['guangzhou-laboratory'],
      exclude: ['guangzhou-laboratory'],
      types: ['BACKED_BY'],
      labels: null,
      limit: 10,
    });
    expect(rows.map((r) => r.get('id')).sort()).toEqual([
      'bioisland-laboratory',
      'cas-guangzhou-institute-of-biomedicine-and-health',
    ]);
    const persons = await read('expand-neighbors', {
      ids: ['guangzhou-laboratory'],
      exclude: [],
      types: null,
      labels: ['Person'],
      limit: 10,
    });
    expect(persons.map((r) => r.get('id'))).toEqual(['zhong-nanshan']);
  });

  it(covers('get-subgraph'), async () => {
    const [row] = await read('get-subgraph', {
      ids: ['guangzhou-laboratory', 'zhong-nanshan', 'bio-island'],
      types: null,
    });
    const edges = (row?.get('edges') as { id: string }[]).map((e) => e.id).sort();
    expect(edges).toEqual(['LEADS:zhong-nanshan:guangzhou-laboratory', 'LOCATED_IN:guangzhou-laboratory:bio-island']);
  });

  it(covers('find-paths'), async () => {
    const rows = await read('find-paths', {
      from: 'zhong-nanshan',
      to: 'cas-guangzhou-institute-of-biomedicine-and-health',
      maxHops: 4,
      types: ['LEADS', 'BACKED_BY', 'LOCATED_IN'],
      k: 10,
    });
    expect(rows[0]?.get('nodeIds')).toEqual([
      'zhong-nanshan',
      'guangzhou-laboratory',
      'cas-guangzhou-institute-of-biomedicine-and-health',
    ]);
    expect(rows.every((r) => (r.get('edgeIds') as string[]).length <= 4)).toBe(true);
  });

  it(covers('trace-step'), async () => {
    const rows = await read('trace-step', {
      ids: ['integrated-circuits'],
      inTypes: ['IN_INDUSTRY', 'FOCUSES_ON'],
      outTypes: [],
      seen: ['integrated-circuits'],
      limit: 10,
    });
    expect(rows.map((r) => r.get('id'))).toEqual(['cansemi', 'knowledge-city']);
  });

  it(covers('get-section-source'), async () => {
    const [row] = await read('get-section-source', { id: 'sec-box-3' });
    expect(row?.get('section').properties.name).toContain('专栏3');
    expect((row?.get('ancestors') as unknown[]).length).toBe(2);
    const ids = (row?.get('mentions') as { node: { properties: { id: string } } }[]).map((m) => m.node.properties.id);
    expect(ids).toEqual(expect.arrayContaining(['guangzhou-laboratory', 'human-cell-lineage-facility']));
  });

  it(covers('count-missing-provenance'), async () => {
    const [row] = await read('count-missing-provenance');
    expect(row?.get('nodes')).toBe(0);
    expect(row?.get('relationships')).toBe(0);
    // A relationship without its quote is counted.
    const session = driver.session();
    try {
      await session.executeWrite((tx) =>
        tx.run('MATCH (:PlanNode {id: $from})-[r:LEADS]->(:PlanNode {id: $to}) REMOVE r.quote', {
          from: 'zhong-nanshan',
          to: 'guangzhou-laboratory',
        }),
      );
      const [after] = await read('count-missing-provenance');
      expect(after?.get('relationships')).toBe(1);
    } finally {
      await session.executeWrite((tx) =>
        tx.run('MATCH (:PlanNode {id: $from})-[r:LEADS]->(:PlanNode {id: $to}) SET r.quote = $quote', {
          from: 'zhong-nanshan',
          to: 'guangzhou-laboratory',
          quote: fixture.rels.find((r) => r.id === 'LEADS:zhong-nanshan:guangzhou-laboratory')!.provenance[0]!.quote,
        }),
      );
      await session.close();
    }
  });

  it(covers('create-nodes') + ', ' + covers('create-relationships'), async () => {
    const session = driver.session();
    try {
      await session.executeWrite(async (tx) => {
        await tx.run(query('create-nodes'), {
          rows: [{ id: 'bench-probe', label: 'Zone', props: { id: 'bench-probe', name: '基准探针', quotes: ['q'] } }],
        });
        await tx.run(query('create-relationships'), {
          rows: [
            {
              id: 'LOCATED_IN:cansemi:bench-probe',
              type: 'LOCATED_IN',
              from: 'cansemi',
              to: 'bench-probe',
              props: { id: 'LOCATED_IN:cansemi:bench-probe', quote: 'q' },
            },
          ],
        });
      });
      const [row] = await read('get-subgraph', { ids: ['cansemi', 'bench-probe'], types: null });
      expect((row?.get('nodes') as { labels: string[] }[]).map((n) => n.labels.sort())).toContainEqual([
        'PlanNode',
        'Zone',
      ]);
      expect((row?.get('edges') as { id: string }[]).map((e) => e.id)).toContain('LOCATED_IN:cansemi:bench-probe');
    } finally {
      // The loader's own cleanup removes what the fixture does not hold.
      await session.executeWrite((tx) => tx.run(query('delete-stale-nodes'), { ids: fixture.nodes.map((n) => n.id) }));
      await session.close();
    }
    const [counts] = await read('count-graph');
    expect(counts?.get('nodeCount')).toBe(fixture.nodes.length);
  });

  it(covers('await-indexes'), async () => {
    await expect(read('await-indexes', { timeoutSeconds: 60 })).resolves.toEqual([]);
  });

  it(covers('delete-stale-nodes'), async () => {
    const session = driver.session();
    try {
      const counts = async () => {
        const [row] = await read('count-graph');
        return [row?.get('nodeCount') as number, row?.get('relationshipCount') as number];
      };
      const before = await counts();
      // A node the dataset does not hold, with a relationship: only they go.
      await session.executeWrite((tx) =>
        tx.run('MATCH (a:PlanNode {id: $a}) CREATE (a)-[:SUPPORTS {id: $id}]->(:PlanNode {id: $n})', {
          a: 'cansemi',
          id: 'SUPPORTS:cansemi:stale-probe',
          n: 'stale-probe',
        }),
      );
      expect(await counts()).toEqual([before[0]! + 1, before[1]! + 1]);
      await session.executeWrite((tx) => tx.run(query('delete-stale-nodes'), { ids: fixture.nodes.map((n) => n.id) }));
      expect(await counts()).toEqual(before);
    } finally {
      await session.close();
    }
  });

  it(covers('list-index-names'), async () => {
    const [row] = await read('list-index-names');
    expect(row?.get('names')).toEqual(expect.arrayContaining(['plan_node_id', 'plan_node_terms', 'rel_id_supports']));
    expect(row?.get('names')).not.toContain('plan_node_names');
  });

  // The loader's delete-plan-graph is exercised by its integration tests (seed/src/load.int.test.ts).
  covers('delete-plan-graph');

  it(covers('rank-nodes'), async () => {
    const rows = await read('rank-nodes', { property: 'degree', labels: ['Institution'], limit: 2 });
    expect(rows).toHaveLength(2);
    const scores = rows.map((r) => r.get('score') as number);
    expect(scores[0]).toBeGreaterThanOrEqual(scores[1]!);
    expect(rows[0]?.get('node').labels).toContain('Institution');
  });

  it(covers('find-gaps'), async () => {
    const gaps = async (viaPartOf: boolean) =>
      (
        await read('find-gaps', { label: 'Programme', type: 'LOCATED_IN', direction: 'OUTGOING', viaPartOf, limit: 50 })
      ).map((r) => r.get('node').properties.id as string);
    expect(await gaps(false)).toContain('box-3');
    expect(await gaps(true)).not.toContain('box-3');
  });

  it(covers('get-coverage'), async () => {
    const [row] = await read('get-coverage', {
      rowLabel: 'Institution',
      columnLabel: 'Zone',
      rowKinds: null,
      columnKinds: ['area'],
      types: ['LOCATED_IN'],
      viaPartOf: false,
      maxColumns: 10,
    });
    const cells = row?.get('cells') as { column: string; row: { properties: { id: string } }; edges: unknown[] }[];
    expect(cells.map((c) => `${c.row.properties.id}>${c.column}`)).toContain('guangzhou-laboratory>bio-island');
  });

  it(covers('list-communities'), async () => {
    const rows = await read('list-communities', { limit: 100, memberLimit: 3 });
    const total = rows.reduce((n, r) => n + (r.get('size') as number), 0);
    expect(total).toBe(fixture.nodes.filter((n) => n.label !== 'Section').length);
    for (const r of rows) expect((r.get('members') as unknown[]).length).toBeLessThanOrEqual(3);
  });

  it(covers('find-mentions'), async () => {
    const count = async (text: string, ftQuery: string | null, scan: boolean) =>
      (await read('find-mentions', { text, ftQuery, scan })).reduce((n, r) => n + (r.get('count') as number), 0);
    const inText = (t: string) => fixture.source.split(t).length - 1;
    expect(await count('实验室', '"实验室"', false)).toBe(inText('实验室'));
    expect(await count('5G', null, true)).toBe(inText('5G'));
  });

  it(covers('get-sentence-entities'), async () => {
    const [hit] = await read('find-mentions', { text: '钟南山院士领衔', ftQuery: '"钟南山院士领衔"', scan: false });
    const [row] = await read('get-sentence-entities', { ids: [hit?.get('id')] });
    const ids = (row?.get('entities') as { properties: { id: string } }[]).map((n) => n.properties.id);
    expect(ids).toEqual(expect.arrayContaining(['zhong-nanshan', 'guangzhou-laboratory']));
  });

  it(covers('delete-sentences') + ', ' + covers('create-sentences'), async () => {
    const session = driver.session();
    const write = (name: string, params: Record<string, unknown> = {}) =>
      session.executeWrite((tx) => tx.run(query(name), params));
    const sentenceCount = async () => {
      const res = await session.run('MATCH (s:Sentence) RETURN count(s) AS n');
      return Number(res.records[0]?.get('n'));
    };
    try {
      await write('delete-sentences');
      expect(await sentenceCount()).toBe(0);
      await write('create-sentences', { rows: fixture.sentences });
      expect(await sentenceCount()).toBe(fixture.sentences.length);
      const res = await session.run('MATCH (s:Sentence {id: $id}) RETURN s.text AS text', {
        id: fixture.sentences[3]!.id,
      });
      expect(res.records[0]?.get('text')).toBe(fixture.sentences[3]!.text);
    } finally {
      await session.close();
    }
  });

  it(covers('list-observations'), async () => {
    const all = await read('list-observations', { indicatorId: null });
    expect(all.map((r) => [r.get('indicatorId'), r.get('year'), r.get('value'), r.get('unit')])).toEqual(
      fixture.observations.map((o) => [o.indicatorId, o.year, o.value, o.unit]),
    );
    expect(await read('list-observations', { indicatorId: 'ind-10' })).toHaveLength(fixture.observations.length);
    expect(await read('list-observations', { indicatorId: 'guangzhou-laboratory' })).toHaveLength(0);
  });

  it(covers('delete-observations') + ', ' + covers('create-observations'), async () => {
    const session = driver.session();
    const write = (name: string, params: Record<string, unknown> = {}) =>
      session.executeWrite((tx) => tx.run(query(name), params));
    const count = async () =>
      Number((await session.run('MATCH (o:Observation) RETURN count(o) AS n')).records[0]?.get('n'));
    try {
      await write('delete-observations');
      expect(await count()).toBe(0);
      await write('create-observations', { rows: fixture.observations });
      expect(await count()).toBe(fixture.observations.length);
      // Outside the plan graph: no observation is a PlanNode.
      const res = await session.run('MATCH (o:Observation:PlanNode) RETURN count(o) AS n');
      expect(Number(res.records[0]?.get('n'))).toBe(0);
    } finally {
      await session.close();
    }
  });

  it('has a test for every query file', () => {
    expect(queryNames().filter((n) => !tested.has(n))).toEqual([]);
  });
});

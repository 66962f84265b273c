/** The loader against the real Neo4j: idempotent, all-or-nothing, and the whole dataset loads. */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Relationship } from 'neo4j-driver';
import { testDriver } from '../../test/neo4j.ts';
import { FIXTURE_DIR } from '../../test/fixture.ts';
import { buildGraph, DatasetError, graphStats } from './dataset.ts';
import { countGraph, loadGraph } from './load.ts';
import { computeMeasures } from './measures.ts';

const driver = testDriver();
const fixture = buildGraph({ dataDir: FIXTURE_DIR });

afterAll(async () => {
  // Leave the fixture graph for the other test files.
  await loadGraph(driver, fixture);
  await driver.close();
});

describe('loadGraph', () => {
  it('is idempotent: loading twice gives the same counts', async () => {
    await loadGraph(driver, fixture);
    const first = await countGraph(driver);
    await loadGraph(driver, fixture);
    const second = await countGraph(driver);
    expect(second).toEqual(first);
    expect(first.nodeCount).toBe(fixture.nodes.length);
    expect(first.relationshipCount).toBe(fixture.rels.length);
  });

  it('stores provenance with offsets on nodes and relationships', async () => {
    const session = driver.session();
    try {
      const res = await session.run(
        'MATCH (:PlanNode {id: "zhong-nanshan"})-[r:LEADS]->(:PlanNode {id: "guangzhou-laboratory"}) RETURN r',
      );
      const r = (res.records[0]?.get('r') as Relationship | undefined)?.properties as {
        start: number;
        end: number;
        quote: string;
        sectionId: string;
      };
      expect(fixture.source.slice(r.start, r.end)).toBe(r.quote);
      expect(r.sectionId).toBe('sec-1-1-i1');
    } finally {
      await session.close();
    }
  });

  it('stores the measures on every entity and the plan sentences once, on every load', async () => {
    await loadGraph(driver, fixture);
    await loadGraph(driver, fixture);
    const expected = computeMeasures(fixture.nodes, fixture.rels).byNode;
    const session = driver.session();
    try {
      const res = await session.run(
        'MATCH (n:PlanNode) WHERE NOT n:Section RETURN n.id AS id, n.degree AS degree, n.pagerank AS pagerank, n.community AS community',
      );
      expect(res.records).toHaveLength(expected.size);
      for (const r of res.records) {
        const m = expected.get(r.get('id') as string)!;
        expect({ degree: Number(r.get('degree')), community: Number(r.get('community')) }).toEqual({
          degree: m.degree,
          community: m.community,
        });
        expect(r.get('pagerank')).toBeCloseTo(m.pagerank, 9);
      }
      const sentences = await session.run('MATCH (s:Sentence) RETURN count(s) AS n');
      expect(Number(sentences.records[0]?.get('n'))).toBe(fixture.sentences.length);
    } finally {
      await session.close();
    }
  });

  it('removes what the dataset no longer holds', async () => {
    const smaller = {
      nodes: fixture.nodes.filter((n) => n.id !== 'zhong-nanshan'),
      rels: fixture.rels.filter((r) => r.from !== 'zhong-nanshan'),
    };
    await loadGraph(driver, smaller);
    const counts = await countGraph(driver);
    expect(counts.nodeCount).toBe(fixture.nodes.length - 1);
    expect(counts.labels.Person).toBeUndefined();
    await loadGraph(driver, fixture);
  });

  it('an invalid dataset is rejected before anything is written', async () => {
    const before = await countGraph(driver);
    const dir = mkdtempSync(join(tmpdir(), 'plangraph-bad-'));
    copyFileSync(join(FIXTURE_DIR, 'fixture.yaml'), join(dir, 'fixture.yaml'));
    writeFileSync(
      join(dir, 'bad.yaml'),
      'relationships:\n  - { type: LEADS, from: zhong-nanshan, to: nobody, quote: 钟南山 }\n',
    );
    expect(() => buildGraph({ dataDir: dir })).toThrow(DatasetError);
    expect(await countGraph(driver)).toEqual(before);
  });

  it('a failing write rolls the whole load back', async () => {
    const before = await countGraph(driver);
    const broken = {
      nodes: [
        ...fixture.nodes,
        { id: 'extra-node', label: 'Zone' as const, props: { id: 'extra-node', name: '额外' }, provenance: [] },
      ],
      // A relationship whose property is a map cannot be stored: the transaction fails after the nodes were merged.
      rels: [
        ...fixture.rels,
        {
          id: 'X',
          type: 'SUPPORTS' as const,
          from: 'extra-node',
          to: 'cansemi',
          props: { bad: { nested: 1 } },
          provenance: [],
        },
      ],
    };
    await expect(loadGraph(driver, broken)).rejects.toThrow();
    expect(await countGraph(driver)).toEqual(before);
  });

  it('loads the whole plan dataset', async () => {
    const full = buildGraph();
    const result = await loadGraph(driver, full);
    const counts = await countGraph(driver);
    const stats = graphStats(full);
    expect(counts.nodeCount).toBe(stats.nodes);
    expect(counts.relationshipCount).toBe(stats.relationships);
    expect(result.nodes).toBeGreaterThan(350);
    expect(result.relationships).toBeGreaterThan(1000);
  });
});

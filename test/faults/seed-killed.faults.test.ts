/**
 * The seed killed halfway through its load: nothing half-written stays behind (the load is one transaction), and
 * running it again completes with exactly the dataset's counts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '@plangraph/neo4j-embedded';
import { query } from '@plangraph/cypher';
import { buildGraph, countGraph, graphStats } from '@plangraph/seed';
import { runSeedCli, startStore, type Store } from './support.ts';

let store: Store;
let driver: Driver;
beforeAll(async () => {
  store = await startStore('faults-seed');
  driver = createDriver(store.conn);
});
afterAll(async () => {
  await driver?.close();
  await store?.remove();
});

async function missingProvenance() {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const [row] = (await session.executeRead((tx) => tx.run(query('count-missing-provenance')))).records;
    return { nodes: Number(row?.get('nodes')), relationships: Number(row?.get('relationships')) };
  } finally {
    await session.close();
  }
}

describe('the seed, killed halfway', () => {
  it('leaves nothing half-written, and a second run loads everything', async () => {
    const stats = graphStats(buildGraph());
    // Progress goes to stderr as "relationships 500/3447": kill once some but not all batches are written.
    const killed = await runSeedCli([], store.conn, {
      killWhen: (stderr) => {
        const m = /relationships (\d+)\/(\d+)/.exec(stderr);
        return !!m && Number(m[1]) < Number(m[2]);
      },
    });
    expect(killed.killed, killed.stderr.slice(-2000)).toBe(true);
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.stdout).not.toContain('loaded');

    // The open transaction dies with the connection: no node or relationship of the interrupted load remains.
    const afterKill = await countGraph(driver);
    expect(afterKill.nodeCount).toBe(0);
    expect(afterKill.relationshipCount).toBe(0);

    const rerun = await runSeedCli(['--stats'], store.conn);
    expect(rerun.code, rerun.stderr.slice(-2000)).toBe(0);
    expect(rerun.stdout).toContain(`loaded ${stats.nodes} nodes and ${stats.relationships} relationships`);

    const counts = await countGraph(driver);
    expect(counts.nodeCount).toBe(stats.nodes);
    expect(counts.relationshipCount).toBe(stats.relationships);
    expect(counts.labels).toEqual(
      Object.fromEntries(Object.entries(stats.labels).sort(([a], [b]) => a.localeCompare(b))),
    );
    expect(counts.types).toEqual(
      Object.fromEntries(Object.entries(stats.types).sort(([a], [b]) => a.localeCompare(b))),
    );
    expect(await missingProvenance()).toEqual({ nodes: 0, relationships: 0 });
  });
});

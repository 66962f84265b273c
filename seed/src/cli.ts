/**
 * npm run seed [-- --stats] [-- --check] [-- --lint] [-- --data-dir DIR]
 * Validates every file under seed/data, then loads the graph into Neo4j (NEO4J_URI, or the embedded server).
 */
import { parseArgs } from 'node:util';
import { connectNeo4j, createDriver, defaultDataDir } from '@plangraph/neo4j-embedded';
import { buildGraph, DatasetError, graphStats } from './dataset.ts';
import { formatLintReport, lintDataDir } from './lint.ts';
import { countGraph, loadGraph } from './load.ts';

function table(title: string, counts: Record<string, number>): string {
  const rows = Object.entries(counts).sort(([a], [b]) => a.localeCompare(b));
  const width = Math.max(title.length, ...rows.map(([k]) => k.length));
  return [
    `${title.padEnd(width)}  count`,
    ...rows.map(([k, v]) => `${k.padEnd(width)}  ${String(v).padStart(5)}`),
  ].join('\n');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      stats: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      lint: { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(`Usage: npm run seed [-- options]
  --check          validate seed/data only; write nothing
  --lint           check the dataset's meaning (docs/dataset.md, "Lint"); exits 1 on errors, lists warnings
  --stats          after loading, print counts per label and relationship type as Neo4j holds them
  --data-dir DIR   read the dataset from DIR instead of seed/data`);
    return 0;
  }
  if (values.lint) {
    const findings = lintDataDir(values['data-dir']);
    console.log(formatLintReport(findings));
    return findings.some((f) => f.severity === 'error') ? 1 : 0;
  }
  let graph;
  try {
    graph = buildGraph({ dataDir: values['data-dir'] });
  } catch (e) {
    if (e instanceof DatasetError) {
      console.error(e.message);
      return 1;
    }
    throw e;
  }
  const stats = graphStats(graph);
  console.log(`dataset valid: ${stats.nodes} nodes, ${stats.relationships} relationships`);
  if (values.check) return 0;

  const conn = await connectNeo4j({ dataDir: defaultDataDir(), log: (line) => console.error(line) });
  const driver = createDriver(conn, { maxTransactionRetryTimeMs: 15_000 });
  try {
    const result = await loadGraph(driver, graph, {
      database: conn.database,
      onProgress: (m) => process.stderr.write(`\r  ${m}   `),
    });
    process.stderr.write('\n');
    console.log(`loaded ${result.nodes} nodes and ${result.relationships} relationships in ${result.ms} ms`);
    if (values.stats) {
      const counts = await countGraph(driver, conn.database);
      console.log(`\n${table('label', counts.labels)}\n${'total'.padEnd(5)}  ${counts.nodeCount}\n`);
      console.log(`${table('relationship type', counts.types)}\n${'total'.padEnd(5)}  ${counts.relationshipCount}`);
    }
  } finally {
    await driver.close();
    await conn.stop();
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);

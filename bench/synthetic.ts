/**
 * npm run seed:synthetic -- --nodes 100000 --rels 500000
 * A deterministic synthetic graph with the plan's labels, relationship types and property shapes, for scale
 * benchmarks. It writes to its OWN embedded store (.data/bench-synthetic), never to .data/neo4j, in batched
 * transactions through cypher/queries/create-*.cypher.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '@plangraph/neo4j-embedded';
import { query } from '@plangraph/cypher';
import { applySchema, countGraph } from '@plangraph/seed';
import type { NodeLabel, RelType } from '@plangraph/shared';
import { awaitIndexes, benchLog, startNeo4j } from './lib/env.ts';
import { encodeNodeProvenance, encodeRelationshipProvenance, seededRandom } from '@plangraph/shared';

export const SYNTHETIC_DIR = fileURLToPath(new URL('../.data/bench-synthetic', import.meta.url));
const META_FILE = 'synthetic.json';
const BATCH = 10_000;
const SEED = 20_211_231;

/** The plan graph's proportions (graphStats of seed/data), so the synthetic graph has the same mix. */
const LABEL_WEIGHTS: [NodeLabel, number][] = [
  ['Industry', 335],
  ['Section', 192],
  ['Institution', 180],
  ['Programme', 177],
  ['Indicator', 58],
  ['Project', 54],
  ['Enterprise', 47],
  ['Region', 45],
  ['Zone', 31],
  ['Person', 2],
];
const TYPE_WEIGHTS: [RelType, number][] = [
  ['MENTIONED_IN', 1427],
  ['PART_OF', 1126],
  ['SUPPORTS', 210],
  ['FOCUSES_ON', 199],
  ['LOCATED_IN', 122],
  ['COOPERATES_WITH', 100],
  ['IN_INDUSTRY', 91],
  ['MEASURES', 84],
  ['BACKED_BY', 59],
  ['ANCHORS', 16],
  ['LEADS', 13],
];
const WORDS = [
  '智能',
  '生物',
  '材料',
  '能源',
  '芯片',
  '医药',
  '数字',
  '海洋',
  '航空',
  '制造',
  '信息',
  '光电',
  '健康',
  '绿色',
];
const SUFFIX: Record<NodeLabel, string> = {
  Institution: '研究院',
  Enterprise: '科技公司',
  Zone: '园区',
  Region: '合作区',
  Industry: '产业',
  Project: '工程',
  Indicator: '指标',
  Programme: '专项',
  Person: '院士',
  Section: '章节',
};
/** Share of relationships that end on one of the first HUBS nodes: real graphs have hubs, random ones do not. */
const HUB_SHARE = 0.2;
const HUBS = 1000;

export type SyntheticMeta = {
  nodes: number;
  rels: number;
  seed: number;
  ms: number;
  createdAt: string;
  /** Sample arguments for the benchmark queries, chosen by the generator. */
  sample: { searchText: string; nodeId: string; traceId: string };
};

function weighted<T>(weights: [T, number][], random: () => number): () => T {
  const total = weights.reduce((s, [, w]) => s + w, 0);
  return () => {
    let r = random() * total;
    for (const [value, w] of weights) if ((r -= w) < 0) return value;
    return weights[weights.length - 1]![0];
  };
}

const syntheticQuote = (quote: string) => [{ quote, sectionId: 'sec-synthetic', start: 0, end: quote.length }];

export function syntheticNode(i: number, label: NodeLabel) {
  const id = `syn-${i}`;
  const provenance = syntheticQuote(`合成数据第${i}条引文。`);
  const name = `${WORDS[i % WORDS.length]}${WORDS[Math.floor(i / WORDS.length) % WORDS.length]}${SUFFIX[label]}${i}`;
  return {
    id,
    label,
    props: {
      id,
      name,
      nameEn: `Synthetic ${label} ${i}`,
      kind: 'synthetic',
      aliases: i % 5 === 0 ? [`${name}简称`] : [],
      description: `合成数据中的第${i}个${SUFFIX[label]}。`,
      descriptionEn: `Synthetic ${label.toLowerCase()} number ${i}.`,
      ...encodeNodeProvenance(provenance),
    },
    provenance,
  };
}

async function writeBatches(driver: Driver, name: string, rows: unknown[], log: (line: string) => void) {
  const session = driver.session();
  try {
    for (let i = 0; i < rows.length; i += BATCH) {
      await session.executeWrite((tx) => tx.run(query(name), { rows: rows.slice(i, i + BATCH) }), { timeout: 600_000 });
      log(`${name}: ${Math.min(i + BATCH, rows.length)}/${rows.length}`);
    }
  } finally {
    await session.close();
  }
}

export type SyntheticRel = {
  id: string;
  type: RelType;
  from: string;
  to: string;
  props: Record<string, unknown>;
  provenance: ReturnType<typeof syntheticQuote>;
};

/** The synthetic rows in memory, deterministic for a given size: the store generator and other suites share them. */
export function buildSynthetic(nodeCount: number, relCount: number) {
  if (nodeCount < 2 * HUBS) throw new Error(`--nodes must be at least ${2 * HUBS}`);
  if (relCount > (nodeCount * (nodeCount - 1)) / 4) throw new Error('--rels is too large for --nodes');
  const random = seededRandom(SEED);
  const pickLabel = weighted(LABEL_WEIGHTS, random);
  const pickType = weighted(TYPE_WEIGHTS, random);

  const labels: NodeLabel[] = Array.from({ length: nodeCount }, () => pickLabel());
  const nodes = labels.map((label, i) => syntheticNode(i, label));
  const seen = new Set<string>();
  const rels: SyntheticRel[] = [];
  while (rels.length < relCount) {
    const from = Math.floor(random() * nodeCount);
    const to = random() < HUB_SHARE ? Math.floor(random() * HUBS) : Math.floor(random() * nodeCount);
    const type = pickType();
    const id = `${type}:syn-${from}:syn-${to}`;
    if (from === to || seen.has(id)) continue;
    seen.add(id);
    const provenance = syntheticQuote(`合成关系第${rels.length}条引文。`);
    rels.push({
      id,
      type,
      from: `syn-${from}`,
      to: `syn-${to}`,
      props: { id, ...encodeRelationshipProvenance(provenance) },
      provenance,
    });
  }
  return { labels, nodes, rels };
}

export async function generateSynthetic(
  options: { nodes: number; rels: number; dir?: string; log?: (line: string) => void } = {
    nodes: 100_000,
    rels: 500_000,
  },
): Promise<SyntheticMeta> {
  const dir = options.dir ?? SYNTHETIC_DIR;
  const log = options.log ?? benchLog;
  const { nodes: nodeCount, rels: relCount } = options;
  const started = Date.now();
  const { labels, nodes, rels } = buildSynthetic(nodeCount, relCount);

  // A fresh store every time: the generator owns this directory and nothing else.
  rmSync(dir, { recursive: true, force: true });
  log(`generating ${nodeCount} nodes and ${relCount} relationships into ${dir}`);
  const conn = await startNeo4j(dir, 512);
  const driver = createDriver(conn, { maxTransactionRetryTimeMs: 30_000 });
  try {
    await applySchema(driver);
    await writeBatches(driver, 'create-nodes', nodes, log);
    await writeBatches(driver, 'create-relationships', rels, log);
    await awaitIndexes(driver);
    const counts = await countGraph(driver);
    if (counts.nodeCount !== nodeCount || counts.relationshipCount !== relCount)
      throw new Error(
        `wrote ${counts.nodeCount} nodes and ${counts.relationshipCount} relationships, not the planned counts`,
      );
  } finally {
    await driver.close();
    await conn.stop();
  }
  const traceIndex = labels.findIndex((l, i) => i >= 10 && l === 'Industry');
  const meta: SyntheticMeta = {
    nodes: nodeCount,
    rels: relCount,
    seed: SEED,
    ms: Date.now() - started,
    createdAt: new Date().toISOString(),
    sample: {
      searchText: nodes[4242 % nodeCount]!.props.name,
      nodeId: `syn-${HUBS + 4000}`,
      traceId: `syn-${traceIndex}`,
    },
  };
  writeFileSync(join(dir, META_FILE), JSON.stringify(meta, null, 2));
  log(`synthetic graph ready in ${(meta.ms / 1000).toFixed(1)} s`);
  return meta;
}

export function readSyntheticMeta(dir = SYNTHETIC_DIR): SyntheticMeta | undefined {
  const file = join(dir, META_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as SyntheticMeta) : undefined;
}

async function main() {
  const { values } = parseArgs({
    options: { nodes: { type: 'string', default: '100000' }, rels: { type: 'string', default: '500000' } },
  });
  await generateSynthetic({ nodes: Number(values.nodes), rels: Number(values.rels) });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then(
    () => process.exit(0),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}

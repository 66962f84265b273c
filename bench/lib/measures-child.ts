/**
 * Computes the graph measures once in a process of its own, so its peak RSS and heap belong to this computation
 * alone, and prints one JSON line. Run by bench/suites/measures.ts: `node --expose-gc --import tsx … plan|synthetic`.
 */
import { buildGraph } from '@plangraph/seed';
import { computeMeasures, type MeasureInputNode, type MeasureInputRel } from '../../seed/src/measures.ts';
import { buildSynthetic } from '../synthetic.ts';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

const [dataset = 'plan', nodesArg = '100000', relsArg = '500000'] = process.argv.slice(2);
let nodes: MeasureInputNode[];
let rels: MeasureInputRel[];
if (dataset === 'plan') {
  ({ nodes, rels } = buildGraph());
} else if (dataset === 'synthetic') {
  const synthetic = buildSynthetic(Number(nodesArg), Number(relsArg));
  nodes = synthetic.nodes;
  rels = synthetic.rels;
} else {
  throw new Error(`dataset must be plan or synthetic, not "${dataset}"`);
}

gc();
const before = process.memoryUsage();
const maxRssBefore = process.resourceUsage().maxRSS * 1024;
// The computation is synchronous, so its peak heap cannot be sampled from here: the peak RSS stands for it.
const result = computeMeasures(nodes, rels);
const after = process.memoryUsage();
const maxRssAfter = process.resourceUsage().maxRSS * 1024;
gc();
const retained = process.memoryUsage().heapUsed - before.heapUsed;

process.stdout.write(
  `${JSON.stringify({
    nodes: result.byNode.size,
    inputNodes: nodes.length,
    inputRels: rels.length,
    betweenness: result.betweenness,
    communities: result.communityCount,
    modularity: result.modularity,
    ms: result.ms,
    heapBefore: before.heapUsed,
    heapAfter: after.heapUsed,
    heapRetained: retained,
    rssBefore: before.rss,
    maxRssBefore,
    maxRssAfter,
  })}\n`,
);

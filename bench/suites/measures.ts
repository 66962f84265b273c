/**
 * (8) Graph measures: the time and memory of computing degrees, PageRank, betweenness and Louvain communities
 * (seed/src/measures.ts) on the plan graph and on the 100k/500k synthetic graph, each in a fresh Node process so
 * that its peak resident memory is the computation's own (plus its input).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { EXACT_BETWEENNESS_MAX_NODES } from '../../seed/src/measures.ts';
import { benchLog } from '../lib/env.ts';
import { mb } from '../lib/browser.ts';
import { median, round } from '../lib/stats.ts';
import type { Suite } from '../lib/suite.ts';

const CHILD = fileURLToPath(new URL('../lib/measures-child.ts', import.meta.url));

type ChildResult = {
  nodes: number;
  inputNodes: number;
  inputRels: number;
  betweenness: 'exact' | 'skipped';
  communities: number;
  modularity: number;
  ms: { degree: number; pagerank: number; betweenness: number; louvain: number; total: number };
  heapBefore: number;
  heapAfter: number;
  heapRetained: number;
  rssBefore: number;
  maxRssBefore: number;
  maxRssAfter: number;
};

function runChild(args: string[]): ChildResult {
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', CHILD, ...args],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  return JSON.parse(out.trim().split('\n').at(-1)!) as ChildResult;
}

const CASES = [
  { name: 'plan-graph', args: ['plan'] },
  { name: 'synthetic-100k-500k', args: ['synthetic', '100000', '500000'] },
];

export const measuresSuite: Suite = {
  name: 'measures',
  description: 'graph measures (degree, PageRank, betweenness, Louvain) on the plan and synthetic graphs: time, memory',
  async run(ctx) {
    const reps = ctx.quick ? 1 : 3;
    for (const { name, args } of CASES) {
      const runs: ChildResult[] = [];
      for (let rep = 0; rep < reps; rep++) {
        const r = runChild(args);
        benchLog(`measures ${name}: ${round(r.ms.total, 0)} ms, peak RSS ${mb(r.maxRssAfter)} MB`);
        runs.push(r);
      }
      const med = (pick: (r: ChildResult) => number) => median(runs.map(pick));
      const first = runs[0]!;
      ctx.emit({
        suite: 'measures',
        name,
        reps,
        inputNodes: first.inputNodes,
        inputRelationships: first.inputRels,
        measuredNodes: first.nodes,
        betweenness: first.betweenness,
        exactBetweennessMaxNodes: EXACT_BETWEENNESS_MAX_NODES,
        communities: first.communities,
        modularity: round(first.modularity, 3),
        totalMedianMs: round(
          med((r) => r.ms.total),
          1,
        ),
        degreeMedianMs: round(
          med((r) => r.ms.degree),
          1,
        ),
        pagerankMedianMs: round(
          med((r) => r.ms.pagerank),
          1,
        ),
        betweennessMedianMs: round(
          med((r) => r.ms.betweenness),
          1,
        ),
        louvainMedianMs: round(
          med((r) => r.ms.louvain),
          1,
        ),
        // Heap grown by the computation (result alive), and what the result keeps after a GC.
        heapDeltaMedianMb: mb(med((r) => r.heapAfter - r.heapBefore)),
        heapRetainedMedianMb: mb(med((r) => r.heapRetained)),
        // The process's peak resident memory, and how far the computation raised it above the input's.
        peakRssMedianMb: mb(med((r) => r.maxRssAfter)),
        peakRssIncreaseMedianMb: mb(med((r) => r.maxRssAfter - Math.max(r.maxRssBefore, r.rssBefore))),
      });
    }
  },
};

/** (2) Scale: the same queries on the synthetic graph (100k nodes / 500k relationships) against the plan graph. */
import { measureOps, measureOptions, type OpResult } from '../lib/measure.ts';
import { planOps, syntheticOps } from '../lib/ops.ts';
import { round } from '../lib/stats.ts';
import { REL_TYPES } from '@plangraph/shared';
import type { Suite } from '../lib/suite.ts';
import { readSyntheticMeta } from '../synthetic.ts';
import { flatten } from './api.ts';

export const scaleSuite: Suite = {
  name: 'scale',
  description: 'latency growth from the plan graph to the synthetic graph',
  async run(ctx) {
    const options = measureOptions(ctx.quick);
    const plan =
      (ctx.memo.get('api:plan') as OpResult[] | undefined) ?? (await measureOps(await ctx.plan(), planOps(), options));
    const env = await ctx.synthetic();
    const meta = readSyntheticMeta()!;
    // A node a few hops out over the types paths follows by default (all but MENTIONED_IN), so paths has work to do.
    const around = (await env.gql(
      'query($id: ID!, $types: [String!]) { neighborhood(ids: [$id], depth: 2, limit: 2000, relationshipTypes: $types) { nodes { id } } }',
      { id: meta.sample.nodeId, types: REL_TYPES.filter((t) => t !== 'MENTIONED_IN') },
    )) as { neighborhood: { nodes: { id: string }[] } };
    const pathTo = around.neighborhood.nodes.at(-1)!.id;
    const ops = syntheticOps(meta, pathTo);
    // An empty answer would be fast for the wrong reason.
    const found = (await env.gql(ops[3]!.query, ops[3]!.variables)) as { paths: { paths: unknown[] } };
    if (found.paths.paths.length === 0) throw new Error(`no path from ${meta.sample.nodeId} to ${pathTo}`);
    const synthetic = await measureOps(env, ops, options);
    for (const s of synthetic) {
      const p = plan.find((r) => r.op === s.op)!;
      ctx.emit({
        suite: 'scale',
        name: s.op,
        dataset: `synthetic ${meta.nodes} nodes / ${meta.rels} relationships`,
        ...flatten(s),
        planGraphqlMedianMs: p.graphql.medianMs,
        planDriverMedianMs: p.driver.medianMs,
        growthGraphqlMedian: round(s.graphql.medianMs / p.graphql.medianMs, 2),
        growthDriverMedian: round(s.driver.medianMs / p.driver.medianMs, 2),
      });
    }
  },
};

/** (1) API overhead: each exploration query through HTTP + GraphQL vs its Cypher through neo4j-driver directly. */
import { measureOps, measureOptions, type OpResult } from '../lib/measure.ts';
import { planOps } from '../lib/ops.ts';
import type { Suite } from '../lib/suite.ts';

export const API_TARGET_RATIO = 1.3;

export const apiSuite: Suite = {
  name: 'api',
  description: 'GraphQL/driver latency ratio per exploration query on the plan graph',
  async run(ctx) {
    const env = await ctx.plan();
    const results = await measureOps(env, planOps(), measureOptions(ctx.quick));
    ctx.memo.set('api:plan', results);
    for (const r of results) {
      ctx.emit({
        suite: 'api',
        name: r.op,
        dataset: 'plan',
        ...flatten(r),
        target: API_TARGET_RATIO,
        withinTarget: r.ratio <= API_TARGET_RATIO,
      });
    }
  },
};

export function flatten(r: OpResult) {
  return {
    statements: r.statements,
    n: r.graphql.n,
    graphqlMedianMs: r.graphql.medianMs,
    graphqlP95Ms: r.graphql.p95Ms,
    driverMedianMs: r.driver.medianMs,
    driverP95Ms: r.driver.p95Ms,
    ratioAtMedian: r.ratio,
  };
}

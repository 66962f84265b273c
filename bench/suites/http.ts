/** (4) HTTP: 50 concurrent clients for 30 s of mixed exploration queries (autocannon, loopback, its own thread). */
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { mixedTraffic } from '../lib/ops.ts';
import type { Suite } from '../lib/suite.ts';

export const httpSuite: Suite = {
  name: 'http',
  description: 'throughput and latency under 50 concurrent clients of mixed queries',
  async run(ctx) {
    const env = await ctx.plan();
    const traffic = mixedTraffic();
    for (const op of traffic) await env.gql(op.query, op.variables); // warm: every query planned once
    const connections = 50;
    const duration = ctx.quick ? 5 : 30;
    const headers = { 'content-type': 'application/json' };
    const result = await autocannon({
      url: env.url,
      connections,
      duration,
      // A worker thread generates the load, so the client does not compete with the server's event loop.
      workers: 1,
      // A GraphQL error inside an HTTP 200 is a failure too: counted by autocannon as a mismatch. With workers,
      // autocannon takes a module path here (its types know only the function form).
      verifyBody: fileURLToPath(new URL('../lib/graphql-body-ok.cjs', import.meta.url)) as unknown as (
        body: string | Buffer | undefined,
      ) => boolean,
      requests: traffic.map((op) => ({
        method: 'POST' as const,
        path: '/graphql',
        headers,
        body: JSON.stringify({ query: op.query, variables: op.variables }),
      })),
    });
    ctx.emit({
      suite: 'http',
      name: 'mixed-exploration',
      connections,
      durationS: duration,
      queries: traffic.map((op) => op.name),
      requests: result.requests.total,
      requestsPerSecond: result.requests.average,
      latencyP50Ms: result.latency.p50,
      latencyP99Ms: result.latency.p99,
      latencyMaxMs: result.latency.max,
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
      graphqlErrors: result.mismatches,
    });
    const failed = result.non2xx + result.errors + result.timeouts + result.mismatches;
    if (failed > 0)
      throw new Error(
        `http: ${failed} failed requests (${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts, ${result.mismatches} with GraphQL errors)`,
      );
  },
};

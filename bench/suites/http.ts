/**
 * (4) HTTP: 50 concurrent clients of mixed exploration queries (autocannon, loopback, its own thread) against the
 * product and against a bare graphql-http handler on node:http serving the same schema and resolvers
 * (bench/lib/bare-graphql.ts). The two alternate product, bare, bare, product, each for half the duration, so drift
 * in the machine's load weighs on both alike.
 */
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { serveBareGraphql } from '../lib/bare-graphql.ts';
import { benchLog } from '../lib/env.ts';
import { mixedTraffic } from '../lib/ops.ts';
import { round } from '../lib/stats.ts';
import type { Suite } from '../lib/suite.ts';

const CONNECTIONS = 50;

type Round = autocannon.Result;

async function hammer(url: string, duration: number, traffic: ReturnType<typeof mixedTraffic>): Promise<Round> {
  const headers = { 'content-type': 'application/json' };
  return autocannon({
    url,
    connections: CONNECTIONS,
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
}

function totals(rounds: Round[]) {
  const requests = rounds.reduce((s, r) => s + r.requests.total, 0);
  const seconds = rounds.reduce((s, r) => s + r.duration, 0);
  // Latencies from the rounds that completed requests (a round with none reports 0 ms, which is no latency).
  const answered = rounds.filter((r) => r.requests.total > 0);
  const mean = (pick: (r: Round) => number) =>
    answered.length > 0 ? answered.reduce((s, r) => s + pick(r), 0) / answered.length : NaN;
  return {
    requests,
    requestsPerSecond: round(requests / seconds, 1),
    latencyP50Ms: round(
      mean((r) => r.latency.p50),
      1,
    ),
    latencyP99Ms: round(
      mean((r) => r.latency.p99),
      1,
    ),
    latencyMaxMs: Math.max(...rounds.map((r) => r.latency.max)),
    non2xx: rounds.reduce((s, r) => s + r.non2xx, 0),
    errors: rounds.reduce((s, r) => s + r.errors, 0),
    timeouts: rounds.reduce((s, r) => s + r.timeouts, 0),
    graphqlErrors: rounds.reduce((s, r) => s + r.mismatches, 0),
  };
}

export const httpSuite: Suite = {
  name: 'http',
  description: 'throughput and latency under 50 concurrent clients of mixed queries, product vs bare graphql-http',
  async run(ctx) {
    const env = await ctx.plan();
    const bare = await serveBareGraphql(env.driver);
    try {
      const traffic = mixedTraffic();
      for (const op of traffic) await env.gql(op.query, op.variables); // warm: every query planned once
      const half = ctx.quick ? 3 : 15;
      const product: Round[] = [];
      const baseline: Round[] = [];
      for (const [who, url, into] of [
        ['product', env.url, product],
        ['bare', bare.url, baseline],
        ['bare', bare.url, baseline],
        ['product', env.url, product],
      ] as const) {
        const r = await hammer(url, half, traffic);
        benchLog(`http ${who}: ${round(r.requests.average, 1)} req/s, p99 ${r.latency.p99} ms`);
        into.push(r);
      }
      const p = totals(product);
      const b = totals(baseline);
      ctx.emit({
        suite: 'http',
        name: 'mixed-exploration',
        connections: CONNECTIONS,
        durationS: 2 * half,
        queries: traffic.map((op) => op.name),
        ...p,
        bare: b,
        // Product requests/s over the bare server's; p99 the other way round (how many times longer).
        ratioToBare: round(p.requestsPerSecond / b.requestsPerSecond, 2),
        p99RatioToBare: round(p.latencyP99Ms / b.latencyP99Ms, 2),
        target: 0.8,
        withinTarget: p.requestsPerSecond / b.requestsPerSecond >= 0.8,
      });
      for (const [who, t] of [
        ['product', p],
        ['bare', b],
      ] as const) {
        const failed = t.non2xx + t.errors + t.timeouts + t.graphqlErrors;
        if (failed > 0)
          throw new Error(
            `http ${who}: ${failed} failed requests (${t.non2xx} non-2xx, ${t.errors} errors, ${t.timeouts} timeouts, ${t.graphqlErrors} with GraphQL errors)`,
          );
      }
    } finally {
      await bare.close();
    }
  },
};

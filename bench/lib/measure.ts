/** GraphQL over HTTP against the same Cypher through neo4j-driver, interleaved so both see the same conditions. */
import type { Env, RecordedQuery } from './env.ts';
import { digestRecords, recordingDriver, replay, serveApp } from './env.ts';
import type { Op } from './ops.ts';
import { median, round, summary } from './stats.ts';

export type OpResult = {
  op: string;
  statements: number;
  graphql: ReturnType<typeof summary>;
  driver: ReturnType<typeof summary>;
  /** GraphQL median / driver median. */
  ratio: number;
};

/** The statements each op sends, recorded through a second app whose driver logs them. */
export async function recordOps(env: Env, ops: Op[]): Promise<Map<string, RecordedQuery[]>> {
  const log: RecordedQuery[] = [];
  const recorder = await serveApp(
    `${env.name}-recorder`,
    env.conn,
    async () => {},
    (d) => recordingDriver(d, log),
  );
  try {
    const recorded = new Map<string, RecordedQuery[]>();
    for (const op of ops) {
      log.length = 0;
      await recorder.gql(op.query, op.variables);
      if (log.length === 0) throw new Error(`${op.name}: no Cypher was recorded`);
      recorded.set(op.name, [...log]);
    }
    // The replay must be the same work: every statement returns what it returned to the resolver.
    for (const [name, statements] of recorded) {
      const replayed = (await replay(env.driver, statements)).map(digestRecords);
      const expected = statements.map((s) => s.digest);
      if (replayed.join() !== expected.join())
        throw new Error(
          `${name}: the replay returned ${replayed.join(' | ')}, the resolver got ${expected.join(' | ')}`,
        );
    }
    return recorded;
  } finally {
    await recorder.close();
  }
}

export type MeasureOptions = { iterations: number; warmup: number; budgetMs: number };

/** One setting for every graph, so the plan and synthetic medians come from the same number of warm-up calls. */
export const measureOptions = (quick: boolean): MeasureOptions =>
  quick ? { iterations: 20, warmup: 3, budgetMs: 5_000 } : { iterations: 200, warmup: 150, budgetMs: 30_000 };

export async function measureOps(env: Env, ops: Op[], options: MeasureOptions): Promise<OpResult[]> {
  const recorded = await recordOps(env, ops);
  const results: OpResult[] = [];
  for (const op of ops) {
    const statements = recorded.get(op.name)!;
    const viaGraphql = () => env.gql(op.query, op.variables);
    const viaDriver = () => replay(env.driver, statements);
    for (let i = 0; i < options.warmup; i++) {
      await viaGraphql();
      await viaDriver();
    }
    const g: number[] = [];
    const d: number[] = [];
    const started = performance.now();
    for (let i = 0; i < options.iterations && (i < 5 || performance.now() - started < options.budgetMs); i++) {
      // Alternate which goes first, so neither always runs on the other's warm caches.
      const pair: [() => Promise<unknown>, number[]][] = [
        [viaGraphql, g],
        [viaDriver, d],
      ];
      if (i % 2) pair.reverse();
      for (const [fn, samples] of pair) {
        const t0 = performance.now();
        await fn();
        samples.push(performance.now() - t0);
      }
    }
    results.push({
      op: op.name,
      statements: statements.length,
      graphql: summary(g),
      driver: summary(d),
      ratio: round(median(g) / median(d), 2),
    });
  }
  return results;
}

/** What a benchmark suite is, and what run.ts hands it. */
import type { Env } from './env.ts';

export type Measurement = { suite: string; name: string } & Record<string, unknown>;

export type Context = {
  /** Fewer iterations and a shorter HTTP run: a smoke test of the harness, not numbers to publish. */
  quick: boolean;
  /** The full plan dataset in a temporary store, served by the app (started once, shared by suites). */
  plan(): Promise<Env>;
  /** The synthetic graph in .data/bench-synthetic (generated when missing), served by the app. */
  synthetic(): Promise<Env>;
  /** Prints one JSON line and keeps the measurement for latest.json. */
  emit(m: Measurement): void;
  /** Shared between suites, e.g. the plan graph's latencies that the scale suite compares against. */
  memo: Map<string, unknown>;
};

export type Suite = { name: string; description: string; run(ctx: Context): Promise<void> };

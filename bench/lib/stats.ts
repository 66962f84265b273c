/** Small statistics for latency samples (milliseconds). */
export function quantile(samples: number[], q: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  // Nearest-rank: an observed value, not an interpolation between two.
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export const median = (samples: number[]) => quantile(samples, 0.5);
export const p95 = (samples: number[]) => quantile(samples, 0.95);

export const round = (value: number, digits = 2) => Number(value.toFixed(digits));

export function summary(samples: number[]) {
  return { n: samples.length, medianMs: round(median(samples), 3), p95Ms: round(p95(samples), 3) };
}

/** Runs `fn` until `iterations` runs or `budgetMs` elapsed (at least 5 runs), returning each run's duration. */
export async function time(fn: () => Promise<unknown>, iterations: number, budgetMs: number): Promise<number[]> {
  const samples: number[] = [];
  const start = performance.now();
  while (samples.length < iterations && (samples.length < 5 || performance.now() - start < budgetMs)) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}

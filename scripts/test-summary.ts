/**
 * The closing line of `npm test`: "N passed, N failed" over Vitest's and Playwright's JSON reports (CI reads it).
 * Usage: tsx scripts/test-summary.ts <report.json>…; a missing report counts as nothing run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type Counts = { passed: number; failed: number; skipped: number };

type VitestReport = { numPassedTests: number; numFailedTests: number; numPendingTests: number };
type PlaywrightReport = {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  /** Failures outside any test, e.g. in the global setup. */
  errors?: unknown[];
};

/** Counts of one report, whichever runner wrote it. */
export function countReport(report: unknown): Counts {
  if (report && typeof report === 'object' && 'numPassedTests' in report) {
    const r = report as VitestReport;
    return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests };
  }
  if (report && typeof report === 'object' && 'stats' in report) {
    const { stats, errors = [] } = report as PlaywrightReport;
    return { passed: stats.expected + stats.flaky, failed: stats.unexpected + errors.length, skipped: stats.skipped };
  }
  throw new Error('not a Vitest or Playwright JSON report');
}

export function summaryLine(reports: unknown[]): string {
  const total = reports
    .map(countReport)
    .reduce((a, b) => ({ passed: a.passed + b.passed, failed: a.failed + b.failed, skipped: a.skipped + b.skipped }), {
      passed: 0,
      failed: 0,
      skipped: 0,
    });
  return `${total.passed} passed, ${total.failed} failed` + (total.skipped ? `, ${total.skipped} skipped` : '');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const reports = process.argv
    .slice(2)
    .filter((path) => existsSync(path))
    .map((path) => JSON.parse(readFileSync(path, 'utf8')) as unknown);
  console.log(summaryLine(reports));
}

import { describe, expect, it } from 'vitest';
import { countReport, summaryLine } from '../scripts/test-summary.ts';

const vitest = { numPassedTests: 300, numFailedTests: 2, numPendingTests: 0 };
const playwright = { stats: { expected: 40, unexpected: 1, flaky: 0, skipped: 0 }, errors: [] };

describe('the closing line of npm test', () => {
  it('sums Vitest and Playwright counts', () => {
    expect(summaryLine([vitest, playwright])).toBe('340 passed, 3 failed');
  });

  it('counts a Playwright global-setup error as a failure', () => {
    const setupFailed = { stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0 }, errors: [{ message: 'x' }] };
    expect(countReport(setupFailed)).toEqual({ passed: 0, failed: 1, skipped: 0 });
  });

  it('names skipped tests only when there are some', () => {
    expect(summaryLine([{ ...vitest, numPendingTests: 2 }])).toBe('300 passed, 2 failed, 2 skipped');
  });

  it('rejects a file that is neither report', () => {
    expect(() => countReport({ tests: [] })).toThrow(/not a Vitest or Playwright/);
  });
});

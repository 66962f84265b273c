/** The real dataset passes `npm run seed -- --lint` without errors (warnings are listed, not failed). */
import { describe, expect, it } from 'vitest';
import { formatLintReport, lintDataDir } from './lint.ts';

describe('the plan dataset', () => {
  it('passes the lint without errors', { timeout: 30_000 }, () => {
    const findings = lintDataDir();
    const errors = findings.filter((f) => f.severity === 'error');
    expect(errors, formatLintReport(errors)).toEqual([]);
  });
});

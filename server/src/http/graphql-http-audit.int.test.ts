/**
 * The GraphQL-over-HTTP conformance audits of `graphql-http` against the running server: every MUST passes.
 * SHOULD/MAY results are not asserted; docs/api.md explains the deliberate deviations (GET needs a preflight header).
 */
import { serverAudits } from 'graphql-http';
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../../../test/http.ts';

const api = useTestServer();

// The URL is only known once the server listens, so the audits read it lazily.
const audits = serverAudits({ url: () => `${api.url}/graphql`, fetchFn: fetch });
const must = audits.filter((a) => a.name.startsWith('MUST'));

describe('graphql-http server audits', () => {
  it('includes the MUST audits', () => {
    expect(must.length).toBeGreaterThanOrEqual(10);
  });

  for (const audit of must) {
    it(audit.name, async () => {
      const result = await audit.fn();
      expect(result.status, 'reason' in result ? result.reason : '').toBe('ok');
    });
  }
});

/** The Playwright `test` every spec imports: `baseURL` is the server test/e2e-global-setup.ts started. */
import { test as base } from '@playwright/test';
import { BASE_URL_VAR } from '../test/e2e-global-setup.ts';

export { expect } from '@playwright/test';

export const test = base.extend({
  // Playwright fixtures list what they depend on in the first argument: this one depends on nothing.
  // eslint-disable-next-line no-empty-pattern
  baseURL: async ({}, use) => {
    const url = process.env[BASE_URL_VAR];
    if (!url) throw new Error(`${BASE_URL_VAR} is unset: run the specs with \`npx playwright test\``);
    await use(url);
  },
});

/** True for the test server and anything else on this machine. */
export function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

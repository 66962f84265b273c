import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isLocal, launch, type Browser } from './browser.ts';

describe('GraphiQL', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');
  const requests: string[] = [];

  beforeAll(async () => {
    browser = await launch();
    browser.page.on('request', (r) => requests.push(r.url()));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('loads from the bundle, with no request to another host', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/graphiql`);
    await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
    // The editors and the schema introspection come up a moment later.
    await page.locator('.graphiql-query-editor .monaco-editor').first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => !isLocal(u))).toEqual([]);
  });

  it('runs the search example and shows guangzhou-laboratory', async () => {
    const { page } = browser;
    // The first default tab is the search example.
    await page.locator('.graphiql-execute-button').click();
    await expect
      .poll(() => page.locator('.graphiql-response').textContent(), { timeout: 20_000 })
      .toContain('guangzhou-laboratory');
    expect(requests.filter((u) => !isLocal(u))).toEqual([]);
  });
});

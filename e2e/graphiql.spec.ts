/** GraphiQL is served from the bundle: it works without reaching any other host. */
import { expect, isLocal, test } from './fixtures.ts';

test('loads from the bundle and runs the search example, with no request to another host', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const introspection = page.waitForResponse(
    (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('__schema'),
  );
  await page.goto('/graphiql');
  await expect(page.locator('.graphiql-query-editor .monaco-editor').first()).toBeVisible({ timeout: 30_000 });
  expect((await introspection).ok()).toBe(true);
  // The first default tab is the search example.
  await page.locator('.graphiql-execute-button').click();
  await expect(page.locator('.graphiql-response')).toContainText('guangzhou-laboratory', { timeout: 20_000 });
  expect(requests.filter((u) => !isLocal(u))).toEqual([]);
  expect(requests.some((u) => u.includes('/graphiql'))).toBe(true);
});

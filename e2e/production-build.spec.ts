/** The explorer the e2e tests drive (and `npm start` serves) is Vite's production build, whatever NODE_ENV says. */
import { expect, test } from './fixtures.ts';

test('is the production build: no React development warnings in its first-load JavaScript', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]!);
  expect(scripts.length).toBeGreaterThan(0);
  // The test runner sets NODE_ENV=test; a build that inherited it would bundle React's development build.
  for (const src of scripts) {
    const js = await (await request.get(src)).text();
    expect(js.length).toBeGreaterThan(1000);
    expect(js).not.toContain('Cannot update a component');
  }
});

/** The explorer the e2e tests drive (and `npm start` serves) is Vite's production build, whatever NODE_ENV says. */
import { inject, describe, expect, it } from 'vitest';

describe('the served explorer', () => {
  it('is the production build: no React development warnings in its first-load JavaScript', async () => {
    const base = inject('baseUrl');
    const html = await (await fetch(`${base}/`)).text();
    const scripts = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    // The test runner sets NODE_ENV=test; a build that inherited it would bundle React's development build.
    for (const src of scripts) {
      const js = await (await fetch(new URL(src, base))).text();
      expect(js).not.toContain('Cannot update a component');
    }
  });
});

/**
 * The explorer screenshots in docs/img: an upstream trace of the new-generation IT cluster, in Chinese and in
 * English, at 1440×900. Needs a running server with the full dataset:
 *
 *   PORT=4123 NEO4J_URI= npx tsx server/src/index.ts      # then, in another shell:
 *   npx tsx scripts/explorer-screenshots.ts http://localhost:4123
 */
import { mkdirSync } from 'node:fs';
import { launch } from '../e2e/browser.ts';
import type {} from '../client/src/app/testHooks.ts';

const base = process.argv[2] ?? 'http://localhost:4123';
const ZOOM_STEPS = Number(process.argv[3] ?? 0);
const out = (name: string) => new URL(`../docs/img/${name}`, import.meta.url).pathname;

const browser = await launch({ width: 1440, height: 900 });
try {
  const { page } = browser;
  const busy = () =>
    page.waitForFunction(
      () => document.querySelector('[data-testid="graph-canvas"]')?.getAttribute('data-layout-busy') === 'false',
      undefined,
      { timeout: 60_000 },
    );
  await page.goto(`${base}/?testHooks=1&n=new-generation-it`);
  await page.waitForFunction(
    () => document.querySelector('[data-testid="graph-canvas"]')?.getAttribute('data-node-count') === '1',
  );
  await busy();
  await page.waitForTimeout(500);
  const p = await page.evaluate(() => window.__plangraph!.clientPosition('new-generation-it'));
  if (!p) throw new Error('new-generation-it is not on the canvas');
  await page.mouse.click(p.x, p.y, { button: 'right' });
  await page.getByTestId('context-menu').getByTestId('menu-trace-up').click();
  await page.getByTestId('trace-panel').getByTestId('trace-node').first().waitFor();
  await busy();
  await page.waitForTimeout(800);
  // Optionally zoom in further around the root (the trace already centres it at a readable zoom).
  const root = await page.evaluate(() => window.__plangraph!.clientPosition('new-generation-it'));
  if (root) {
    await page.mouse.move(root.x - 140, root.y);
    for (let i = 0; i < ZOOM_STEPS; i++) {
      await page.mouse.wheel(0, -250);
      await page.waitForTimeout(150);
    }
  }
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(1500);
  mkdirSync(out(''), { recursive: true });
  await page.screenshot({ path: out('explorer.png') });
  await page.getByTestId('language-switch').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.waitForTimeout(1500);
  await page.screenshot({ path: out('explorer-en.png') });
  console.log(`wrote ${out('explorer.png')} and ${out('explorer-en.png')}`);
} finally {
  await browser.close();
}

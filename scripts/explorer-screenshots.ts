/**
 * The explorer screenshots in docs/img: an upstream trace of the new-generation IT cluster, in Chinese and in
 * English, at 1440×900. Needs a running server with the full dataset:
 *
 *   PORT=4123 NEO4J_URI= npx tsx scripts/start.ts      # then, in another shell:
 *   npx tsx scripts/explorer-screenshots.ts http://localhost:4123
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.ts';
import { waitForSettled } from '../e2e/settled.ts';

const base = process.argv[2] ?? 'http://localhost:4123';
const ZOOM_STEPS = Number(process.argv[3] ?? 0);
const out = (name: string) => fileURLToPath(new URL(`../docs/img/${name}`, import.meta.url));

const browser = await launchChromium({
  profilePrefix: 'plangraph-screenshots-',
  viewport: { width: 1440, height: 900 },
});
try {
  const { page } = browser;
  await page.goto(`${base}/?testHooks=1&n=new-generation-it`);
  await page.waitForFunction(
    () => document.querySelector('[data-testid="graph-canvas"]')?.getAttribute('data-node-count') === '1',
  );
  await waitForSettled(page, 60_000);
  const p = await page.evaluate(() => window.__plangraph!.clientPosition('new-generation-it'));
  if (!p) throw new Error('new-generation-it is not on the canvas');
  await page.mouse.click(p.x, p.y, { button: 'right' });
  await page.getByTestId('context-menu').getByTestId('menu-trace-up').click();
  await page.getByTestId('trace-panel').getByTestId('trace-node').first().waitFor();
  await waitForSettled(page, 60_000);
  // Optionally zoom in further around the root (the trace already centres it at a readable zoom).
  const root = await page.evaluate(() => window.__plangraph!.clientPosition('new-generation-it'));
  if (root) {
    await page.mouse.move(root.x - 140, root.y);
    for (let i = 0; i < ZOOM_STEPS; i++) {
      await page.mouse.wheel(0, -250);
      await waitForSettled(page);
    }
  }
  await page.evaluate(() => document.fonts.ready);
  await waitForSettled(page);
  mkdirSync(out(''), { recursive: true });
  await page.screenshot({ path: out('explorer.png') });
  await page.getByTestId('language-switch').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.evaluate(() => document.fonts.ready);
  await waitForSettled(page);
  await page.screenshot({ path: out('explorer-en.png') });
  console.log(`wrote ${out('explorer.png')} and ${out('explorer-en.png')}`);
} finally {
  await browser.close();
}

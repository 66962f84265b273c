/**
 * The explorer screenshots in docs/img, from the full dataset at 1440×900: the first view, the upstream trace of the
 * new-generation IT cluster (in Chinese and in English) and the path from Zhong Nanshan to the Human Cell Lineage
 * facility — each answer view with its side panel open and a node's details showing, as a planner sees it. For each
 * it prints the smallest label drawn and the number of overlapping labels (`labelBoxes()` and `checkLabels`).
 * Needs a running server with the full dataset:
 *
 *   PORT=4123 NEO4J_URI= npx tsx scripts/start.ts      # then, in another shell:
 *   npx tsx scripts/explorer-screenshots.ts http://localhost:4123
 */
import { mkdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { waitForSettled } from '../e2e/settled.ts';
import { checkLabels } from '../client/src/graph/answer/labelCheck.ts';

const base = process.argv[2] ?? 'http://localhost:4123';
const out = (name: string) => fileURLToPath(new URL(`../docs/img/${name}`, import.meta.url));

type Shot = {
  file: string;
  /** The address after `/?testHooks=1`. */
  query: string;
  /** The node clicked so its details show (none: the first view, as a newcomer sees it). */
  select?: string;
};

const SHOTS: Shot[] = [
  { file: 'first-view.png', query: '' },
  { file: 'trace.png', query: '&trace=new-generation-it&dir=up', select: 'new-generation-it' },
  { file: 'path.png', query: '&from=zhong-nanshan&to=human-cell-lineage-facility', select: 'zhong-nanshan' },
  { file: 'trace-en.png', query: '&trace=new-generation-it&dir=up&lang=en', select: 'new-generation-it' },
];

async function settle(page: Page) {
  await page.evaluate(() => document.fonts.ready);
  await waitForSettled(page, 60_000);
}

const browser = await launchChromium({
  profilePrefix: 'plangraph-screenshots-',
  viewport: { width: 1440, height: 900 },
});
try {
  const { page } = browser;
  mkdirSync(out(''), { recursive: true });
  for (const shot of SHOTS) {
    await page.goto(`${base}/?testHooks=1${shot.query}`);
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid="graph-canvas"]')?.getAttribute('data-node-count')) > 2,
      undefined,
      { timeout: 60_000 },
    );
    await settle(page);
    if (shot.select) {
      const p = await page.evaluate((id) => window.__plangraph!.clientPosition(id), shot.select);
      if (!p) throw new Error(`${shot.select} is not on the canvas of ${shot.query}`);
      await page.mouse.click(p.x, p.y);
      await page.getByTestId('details-panel').locator('h2').waitFor();
      // The pointer would leave a hover highlight in the picture.
      await page.mouse.move(1, 899);
      await settle(page);
    }
    const report = checkLabels(await page.evaluate(() => window.__plangraph!.labelBoxes()));
    await page.screenshot({ path: out(shot.file) });
    const kb = Math.round(statSync(out(shot.file)).size / 1024);
    console.log(
      `${shot.file}: ${report.count} labels, smallest ${report.minFontPx.toFixed(1)} px, ` +
        `${report.overlaps.length} overlapping (${kb} KB)`,
    );
  }
} finally {
  await browser.close();
}

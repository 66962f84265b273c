/** Search, details, the source viewer, languages and a screenshot of the explorer. */
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { expect, test } from './fixtures.ts';
import { canvas, detailsTitle, FIXTURE_ENTITIES, openView, searchAndChoose, waitForSettled } from './helpers.ts';

const LAB = 'n=guangzhou-laboratory&s=n~guangzhou-laboratory';

test('loads the page', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('search-input')).toBeVisible();
  await expect(canvas(page)).toBeVisible();
  await expect(page).toHaveTitle(/规划/);
});

test('finds 广州实验室 and puts its neighbourhood on the canvas', async ({ page }) => {
  await page.goto('/');
  await searchAndChoose(page, '广州实验室', '广州实验室');
  // The laboratory and its five neighbours in the fixture graph, with the relationships among them.
  await expect(canvas(page)).toHaveAttribute('data-node-count', '6');
  expect(Number(await canvas(page).getAttribute('data-edge-count'))).toBeGreaterThanOrEqual(5);
  await expect(detailsTitle(page)).toHaveText('广州实验室');
});

test('opens the source text of a provenance quote, with the quote marked', async ({ page }) => {
  await openView(page, LAB, 1);
  const quote = page.getByTestId('details-panel').getByTestId('provenance-quote').first();
  const quoteText = (await quote.locator('.quote-text').textContent())!.replace(/^“|”$/g, '');
  await quote.click();
  const viewer = page.getByTestId('source-viewer');
  await expect(viewer.locator('mark')).toHaveText(quoteText);
  await expect(viewer).toContainText('广州实验室');
});

test('switches the details to English and back', async ({ page }) => {
  await openView(page, LAB, 1);
  await expect(detailsTitle(page)).toHaveText('广州实验室');
  await page.getByTestId('language-switch').click();
  await expect(detailsTitle(page)).toHaveText('Guangzhou Laboratory');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByTestId('language-switch').click();
  await expect(detailsTitle(page)).toHaveText('广州实验室');
});

// The README's screenshots (docs/img) come from the full dataset (scripts in docs/explorer.md); this one checks
// that the fixture graph draws with real Chinese glyphs.
test('takes a screenshot with Chinese glyphs', async ({ page }, testInfo) => {
  const all = FIXTURE_ENTITIES;
  await openView(page, `n=${all.join(',')}&s=n~guangzhou-laboratory`, all.length);
  await page.getByTestId('fit-button').click();
  await page.evaluate(() => document.fonts.ready);
  await waitForSettled(page);
  // Glyphs, not tofu: the self-hosted face is loaded for the Chinese text.
  expect(await page.evaluate(() => document.fonts.check('14px "Noto Sans SC"', '广州实验室'))).toBe(true);
  const path = join(testInfo.outputDir, 'explorer.png');
  const png = PNG.sync.read(await canvas(page).screenshot({ path }));
  // The graph is drawn: a good share of the canvas differs from its background.
  const [r0, g0, b0] = [png.data[0]!, png.data[1]!, png.data[2]!];
  let ink = 0;
  for (let i = 0; i < png.data.length; i += 4)
    if (Math.abs(png.data[i]! - r0) + Math.abs(png.data[i + 1]! - g0) + Math.abs(png.data[i + 2]! - b0) > 30) ink++;
  expect(ink / (png.width * png.height)).toBeGreaterThan(0.005);
});

/**
 * The first view (a link without a view): a legible overview with example questions that run when clicked,
 * "start fresh" and its undo, and the legend folding. The fixture graph holds none of the strategic clusters, so
 * its first view shows its best-connected entities.
 */
import type { Page } from '@playwright/test';
import { checkLabels } from '../client/src/graph/answer/labelCheck.ts';
import { expect, test } from './fixtures.ts';
import { canvas, detailsTitle, nodeCount, positions, waitForSettled } from './helpers.ts';

type Box = { x1: number; y1: number; x2: number; y2: number };

/** Opens the first view with the test hooks and waits until it is drawn. */
async function openFirstView(page: Page, lang: 'zh' | 'en' = 'zh'): Promise<number> {
  await page.goto(`/?testHooks=1${lang === 'en' ? '&lang=en' : ''}`);
  // Three reads (the clusters, the best-connected entities, the subgraph): the first on a cold server is slow.
  await expect.poll(() => nodeCount(page), { timeout: 45_000 }).toBeGreaterThan(0);
  await waitForSettled(page);
  return nodeCount(page);
}

async function rect(page: Page, selector: string): Promise<Box> {
  const r = await page.locator(selector).first().boundingBox();
  if (!r) throw new Error(`${selector} is not on the page`);
  return { x1: r.x, y1: r.y, x2: r.x + r.width, y2: r.y + r.height };
}

const meets = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

for (const lang of ['zh', 'en'] as const) {
  test(`the first view is legible beside the open panels, clear of the legend and the questions (${lang})`, async ({
    page,
  }) => {
    await openFirstView(page, lang);
    // A node's details shown and the side panel open: the view is laid out again for the narrower canvas.
    const p = await page.evaluate(() => window.__plangraph!.clientPosition('guangzhou-laboratory'));
    await page.mouse.click(p!.x, p!.y);
    await expect(detailsTitle(page)).toHaveText(lang === 'zh' ? '广州实验室' : 'Guangzhou Laboratory');
    await page.getByTestId('tab-outline').click();
    await expect(page.getByTestId('outline-panel')).toBeVisible();
    const sidebar = await rect(page, '.sidebar');
    await expect
      .poll(async () => {
        const drawn = await page.evaluate(() => window.__plangraph!.labelBoxes());
        return drawn.filter((b) => meets(b, sidebar)).map((b) => b.id);
      })
      .toEqual([]);
    await waitForSettled(page);
    const count = await nodeCount(page);
    expect(count).toBeLessThanOrEqual(60);
    const boxes = await page.evaluate(() => window.__plangraph!.labelBoxes());
    // Every node's label drawn inside the canvas, none under 11 px, none overlapping.
    expect(boxes).toHaveLength(count);
    const report = checkLabels(boxes);
    expect(report.minFontPx).toBeGreaterThanOrEqual(11);
    expect(report.overlaps).toEqual([]);
    // Nothing drawn under the legend, the example questions, the side panel or the details.
    const covers = await Promise.all(
      ['.legend', '[data-testid="examples"]', '.sidebar', '[data-testid="details-panel"]'].map((s) => rect(page, s)),
    );
    for (const b of boxes) for (const c of covers) expect(meets(b, c), `${b.id} under an overlay`).toBe(false);
    // The first view is what a link without a view opens: the address names no nodes.
    expect(new URL(page.url()).searchParams.get('n')).toBeNull();
  });

  test(`offers three example questions naming their entities (${lang})`, async ({ page }) => {
    await openFirstView(page, lang);
    const examples = page.getByTestId('examples');
    await expect(examples.locator('.example')).toHaveCount(3);
    const [trace, paths, platforms] =
      lang === 'zh'
        ? ['广州实验室依托哪些力量?', '钟南山与人类细胞谱系大科学研究设施有何关联?', '哪些平台最关键?']
        : [
            'What does Guangzhou Laboratory depend on?',
            'How is Zhong Nanshan connected to Human Cell Lineage Big Science Facility?',
            'Which platforms matter most?',
          ];
    await expect(examples.getByTestId('example-trace')).toHaveText(trace);
    await expect(examples.getByTestId('example-paths')).toHaveText(paths);
    await expect(examples.getByTestId('example-platforms')).toHaveText(platforms);
  });
}

test('the trace question opens the upstream trace of its entity', async ({ page }) => {
  await openFirstView(page);
  await page.getByTestId('example-trace').click();
  await expect(page.getByTestId('trace-panel')).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('trace')).toBe('guangzhou-laboratory');
  expect(new URL(page.url()).searchParams.get('dir')).toBe('up');
  await waitForSettled(page);
  // The answer replaces the first view, and the questions give way to it.
  expect(Object.keys(await positions(page))).toEqual(expect.arrayContaining(['guangzhou-laboratory', 'bio-island']));
  await expect(page.getByTestId('examples')).toHaveCount(0);
});

test('the path question opens the first path between its entities', async ({ page }) => {
  await openFirstView(page);
  await page.getByTestId('example-paths').click();
  await expect(page.getByTestId('paths-panel')).toBeVisible();
  await expect(page.getByTestId('path-item').first()).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBe('zhong-nanshan');
  expect(new URL(page.url()).searchParams.get('to')).toBe('human-cell-lineage-facility');
  await waitForSettled(page);
  const ids = Object.keys(await positions(page));
  expect(ids).toEqual(expect.arrayContaining(['zhong-nanshan', 'human-cell-lineage-facility']));
  expect(Number(await canvas(page).getAttribute('data-edge-count'))).toBe(ids.length - 1);
});

test('the platforms question opens Insights on the key platforms', async ({ page }) => {
  await openFirstView(page);
  await page.getByTestId('example-platforms').click();
  await expect(page.getByTestId('insights-tab-platforms')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('tab-insights')).toHaveAttribute('aria-selected', 'true');
});

test('the example questions can be dismissed', async ({ page }) => {
  await openFirstView(page);
  await page.getByTestId('examples-dismiss').click();
  await expect(page.getByTestId('examples')).toHaveCount(0);
  // The canvas keeps the first view, laid out again for the room the questions left.
  await waitForSettled(page);
  expect(await nodeCount(page)).toBeGreaterThan(0);
});

test('start fresh empties the canvas and Ctrl+Z brings the first view back', async ({ page }) => {
  const count = await openFirstView(page);
  const before = await positions(page);
  await page.getByTestId('start-fresh').click();
  await expect(canvas(page)).toHaveAttribute('data-node-count', '0');
  await expect(page.getByTestId('start-fresh')).toBeDisabled();
  // An empty canvas still offers the questions.
  await expect(page.getByTestId('examples')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(canvas(page)).toHaveAttribute('data-node-count', String(count));
  await waitForSettled(page);
  // The same picture, not a fresh force layout.
  expect(await positions(page)).toEqual(before);
  // The shortcut does it too.
  await page.keyboard.press('n');
  await expect(canvas(page)).toHaveAttribute('data-node-count', '0');
});

test('the legend folds, stays folded after a reload, and the view still keeps clear of it', async ({ page }) => {
  await openFirstView(page);
  const toggle = page.getByTestId('legend-toggle');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const open = await rect(page, '.legend');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('.legend ul')).toBeHidden();
  const folded = await rect(page, '.legend');
  expect(folded.y2 - folded.y1).toBeLessThan(open.y2 - open.y1);
  await page.reload();
  await expect(page.getByTestId('legend-toggle')).toHaveAttribute('aria-expanded', 'false');
  await expect.poll(() => nodeCount(page)).toBeGreaterThan(0);
  await waitForSettled(page);
  const legend = await rect(page, '.legend');
  const boxes = await page.evaluate(() => window.__plangraph!.labelBoxes());
  for (const b of boxes) expect(meets(b, legend), `${b.id} under the legend`).toBe(false);
  await page.getByTestId('legend-toggle').click();
  await expect(page.getByTestId('legend-toggle')).toHaveAttribute('aria-expanded', 'true');
});

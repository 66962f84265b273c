/** Trace and path answer views, opened from their URLs: every label legible (11 px or more) and none overlapping. */
import type { Page } from '@playwright/test';
import { checkLabels } from '../client/src/graph/answer/labelCheck.ts';
import { expect, test } from './fixtures.ts';
import { canvas, detailsTitle, waitForSettled } from './helpers.ts';

async function labelReport(page: Page) {
  const boxes = await page.evaluate(() => window.__plangraph!.labelBoxes());
  return { boxes, report: checkLabels(boxes) };
}

for (const lang of ['zh', 'en'] as const) {
  test(`an upstream trace opens as its own legible view from its URL (${lang})`, async ({ page }) => {
    await page.goto(`/?testHooks=1&trace=guangzhou-laboratory&dir=up&lang=${lang}`);
    // The trace alone: the laboratory and what it depends on (where it is, Bio Island, among them).
    await expect(page.getByTestId('trace-panel')).toBeVisible();
    await expect.poll(async () => Number(await canvas(page).getAttribute('data-node-count'))).toBeGreaterThan(2);
    await waitForSettled(page);
    const count = Number(await canvas(page).getAttribute('data-node-count'));
    const { boxes, report } = await labelReport(page);
    expect(boxes).toHaveLength(count);
    expect(boxes.map((b) => b.id)).toEqual(expect.arrayContaining(['guangzhou-laboratory', 'bio-island']));
    expect(report.minFontPx).toBeGreaterThanOrEqual(11);
    expect(report.overlaps).toEqual([]);
    // Upstream: what the laboratory depends on lies to its left.
    const p = await page.evaluate(() => window.__plangraph!.positions());
    expect(p['bio-island']!.x).toBeLessThan(p['guangzhou-laboratory']!.x);
    await expect(page.getByTestId('trace-panel')).toBeVisible();
    await expect.poll(() => new URL(page.url()).searchParams.get('trace')).toBe('guangzhou-laboratory');
    expect(new URL(page.url()).searchParams.get('n')).toBeNull();
  });

  test(`a path opens as a chain with named relationships from its URL (${lang})`, async ({ page }) => {
    await page.goto(`/?testHooks=1&from=zhong-nanshan&to=human-cell-lineage-facility&lang=${lang}`);
    await expect(page.getByTestId('paths-panel')).toBeVisible();
    await expect(page.getByTestId('path-item').first()).toHaveAttribute('aria-pressed', 'true');
    await waitForSettled(page);
    const count = Number(await canvas(page).getAttribute('data-node-count'));
    expect(count).toBeGreaterThan(2);
    expect(Number(await canvas(page).getAttribute('data-edge-count'))).toBe(count - 1);
    const { boxes, report } = await labelReport(page);
    expect(boxes).toHaveLength(count);
    expect(report.minFontPx).toBeGreaterThanOrEqual(11);
    expect(report.overlaps).toEqual([]);
    // The chain starts at the first endpoint, on the left.
    const p = await page.evaluate(() => window.__plangraph!.positions());
    expect(Math.min(...Object.values(p).map((q) => q.x))).toBe(p['zhong-nanshan']!.x);
    await expect.poll(() => new URL(page.url()).searchParams.get('path')).toBe('1');
  });
}

test('the relationship-type filter narrows the paths to that type, and its link keeps it', async ({ page }) => {
  // Between the laboratory and the facility run paths through their common institute (backed by), Bio Island
  // (located in) and both.
  await page.goto('/?testHooks=1&from=guangzhou-laboratory&to=human-cell-lineage-facility&lang=en');
  const items = page.getByTestId('path-item');
  await expect(items.first()).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => items.count()).toBeGreaterThan(1);
  const located = page.locator('[data-testid="path-type"][data-type="LOCATED_IN"]');
  await expect(page.getByTestId('path-types')).toContainText('Located in');
  await located.check();
  await expect(items).toHaveCount(1);
  await items.first().click();
  await expect(items.first()).toHaveAttribute('aria-pressed', 'true');
  await waitForSettled(page);
  const drawn = async () => page.evaluate(() => window.__plangraph!.edges());
  await expect.poll(async () => (await drawn()).map((e) => e.type)).toEqual(['LOCATED_IN', 'LOCATED_IN']);
  await expect(items.first()).toContainText('Bio Island');
  await expect.poll(() => new URL(page.url()).searchParams.get('types')).toBe('LOCATED_IN');
  // The link reopens the same filtered path, with the filter ticked.
  await page.goto(page.url());
  await expect(page.getByTestId('path-item')).toHaveCount(1);
  await expect(page.locator('[data-testid="path-type"][data-type="LOCATED_IN"]')).toBeChecked();
  await waitForSettled(page);
  expect((await drawn()).map((e) => e.type)).toEqual(['LOCATED_IN', 'LOCATED_IN']);
});

/** Every label legible and apart, and nothing faded: the answer stays the picture while a node is selected. */
async function expectLegibleWhole(page: Page) {
  await waitForSettled(page);
  const count = Number(await canvas(page).getAttribute('data-node-count'));
  const { boxes, report } = await labelReport(page);
  expect(boxes).toHaveLength(count);
  expect(report.minFontPx).toBeGreaterThanOrEqual(11);
  expect(report.overlaps).toEqual([]);
  const faded = await page.evaluate(() => {
    const json = window.__plangraph!.cytoscapeJson() as { elements: { nodes?: { classes?: string }[] } };
    return (json.elements.nodes ?? []).filter((n) => (n.classes ?? '').split(' ').includes('faded')).length;
  });
  expect(faded).toBe(0);
}

test('at 1440×900 with the side panel and a node’s details open, a trace and a path stay legible and whole', async ({
  page,
}) => {
  expect(page.viewportSize()).toEqual({ width: 1440, height: 900 });
  await page.goto('/?testHooks=1&trace=guangzhou-laboratory&dir=up');
  await expect(page.getByTestId('trace-panel')).toBeVisible();
  await expect.poll(async () => Number(await canvas(page).getAttribute('data-node-count'))).toBeGreaterThan(2);
  await waitForSettled(page);
  // Select a node other than the root on the canvas: its details open beside the canvas.
  const p = await page.evaluate(() => window.__plangraph!.clientPosition('bio-island'));
  await page.mouse.click(p!.x, p!.y);
  await expect(detailsTitle(page)).toHaveText('广州国际生物岛');
  await expectLegibleWhole(page);
  // Choosing a node in the trace list keeps the answer's zoom (it never zooms out below legible).
  await page.getByTestId('trace-panel').getByTestId('trace-node').first().click();
  await expectLegibleWhole(page);

  await page.goto('/?testHooks=1&from=zhong-nanshan&to=human-cell-lineage-facility');
  await expect(page.getByTestId('path-item').first()).toHaveAttribute('aria-pressed', 'true');
  await waitForSettled(page);
  const q = await page.evaluate(() => window.__plangraph!.clientPosition('zhong-nanshan'));
  await page.mouse.click(q!.x, q!.y);
  await expect(detailsTitle(page)).toHaveText('钟南山');
  await expectLegibleWhole(page);
});

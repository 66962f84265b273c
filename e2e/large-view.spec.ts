/** 2,000 synthetic nodes: the canvas switches to WebGL and the page stays responsive. */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { canvas, openView, waitForNodeCount, waitForSettled } from './helpers.ts';

async function openLargeView(page: Page): Promise<void> {
  await openView(page, 'n=knowledge-city', 1);
  await expect(canvas(page)).toHaveAttribute('data-renderer', 'canvas');
  await page.evaluate(() => window.__plangraph!.loadSynthetic(2000));
  await waitForNodeCount(page, 2000, 30_000);
}

/** Two animation frames: whatever the last input changed has been drawn. */
const drawn = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

test('switches to the WebGL renderer above the threshold', async ({ page }) => {
  await openLargeView(page);
  await expect(canvas(page)).toHaveAttribute('data-renderer', 'webgl');
  await expect(canvas(page).locator('canvas[data-id$="-webgl"]')).toHaveCount(1);
});

test('stays responsive: interactions complete within a few seconds', async ({ page }) => {
  await openLargeView(page);
  await waitForSettled(page, 60_000);
  // Hide a label: the filter, the element sync and the redraw must all finish.
  let t0 = Date.now();
  await page.locator('.legend button[data-label="Institution"]').click();
  await expect.poll(async () => Number(await canvas(page).getAttribute('data-node-count'))).toBeLessThan(2000);
  expect(Date.now() - t0).toBeLessThan(5000);
  // Zoom with the wheel, pan with a drag, select a node with a click: each within the budget.
  const box = (await canvas(page).boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  t0 = Date.now();
  await page.mouse.move(cx, cy);
  await page.mouse.wheel(0, -400);
  await drawn(page);
  expect(Date.now() - t0).toBeLessThan(5000);
  t0 = Date.now();
  await page.mouse.down();
  await page.mouse.move(cx + 120, cy + 60, { steps: 4 });
  await page.mouse.up();
  expect(Date.now() - t0).toBeLessThan(5000);
  // The language switch relabels all nodes.
  t0 = Date.now();
  await page.getByTestId('language-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await drawn(page);
  expect(Date.now() - t0).toBeLessThan(5000);
  // Fit answers too.
  t0 = Date.now();
  await page.keyboard.press('f');
  await drawn(page);
  expect(Date.now() - t0).toBeLessThan(5000);
});

test('the force layout spreads a 522-node view apart, and fit shows all of it', async ({ page }) => {
  await openView(page, 'n=knowledge-city&l=dagre', 1);
  await page.evaluate(() => window.__plangraph!.loadSynthetic(522));
  await waitForNodeCount(page, 522, 30_000);
  await waitForSettled(page, 120_000);
  // dagre → concentric → grid → force (fcose).
  for (let i = 0; i < 3; i++) await page.keyboard.press('l');
  await expect.poll(async () => (await page.evaluate(() => window.__plangraph!.state())).layout).toBe('fcose');
  await waitForSettled(page, 240_000);
  const points = Object.values(await page.evaluate(() => window.__plangraph!.positions()));
  expect(points).toHaveLength(522);
  const nearest = points
    .map((p, i) => Math.min(...points.map((q, j) => (i === j ? Infinity : Math.hypot(p.x - q.x, p.y - q.y)))))
    .sort((a, b) => a - b);
  // Model px: more than the smallest node's diameter (22 px); the spectral step alone gave under 8.
  expect(nearest[nearest.length >> 1]).toBeGreaterThan(22);
  // After the fit every node is drawn inside the canvas.
  const box = (await canvas(page).boundingBox())!;
  const outside = await page.evaluate(
    ({ left, top, right, bottom }) => {
      const hooks = window.__plangraph!;
      return Object.keys(hooks.positions()).filter((id) => {
        const p = hooks.clientPosition(id);
        return !p || p.x < left || p.x > right || p.y < top || p.y > bottom;
      });
    },
    { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height },
  );
  expect(outside).toEqual([]);
});

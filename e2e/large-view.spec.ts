/** 2,000 synthetic nodes: the canvas switches to WebGL and the page stays responsive. */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser.ts';
import { canvas, waitForNodeCount } from './helpers.ts';
import type {} from '../client/src/app/testHooks.ts';

describe('large views', () => {
  const browser = useBrowser();
  const baseUrl = inject('baseUrl');

  it('switches to the WebGL renderer above the threshold', async () => {
    const { page } = browser();
    await page.goto(`${baseUrl}/?testHooks=1&n=knowledge-city`);
    await waitForNodeCount(page, 1);
    expect(await canvas(page).getAttribute('data-renderer')).toBe('canvas');
    await page.evaluate(() => window.__plangraph!.loadSynthetic(2000));
    await waitForNodeCount(page, 2000, 30_000);
    expect(await canvas(page).getAttribute('data-renderer')).toBe('webgl');
    expect(await page.locator('[data-testid="graph-canvas"] canvas[data-id$="-webgl"]').count()).toBe(1);
  });

  it('stays responsive: interactions complete within a few seconds', async () => {
    const { page } = browser();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="graph-canvas"]')?.getAttribute('data-layout-busy') === 'false',
      undefined,
      { timeout: 30_000 },
    );
    // Hide a label: the filter, the element sync and the redraw must all finish.
    let t0 = Date.now();
    await page.locator('.legend button[data-label="Institution"]').click();
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid="graph-canvas"]')?.getAttribute('data-node-count')) < 2000,
    );
    expect(Date.now() - t0).toBeLessThan(5000);
    // Zoom with the wheel, pan with a drag, select a node with a click: each within the budget.
    const box = (await canvas(page).boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    t0 = Date.now();
    await page.mouse.move(cx, cy);
    await page.mouse.wheel(0, -400);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(Date.now() - t0).toBeLessThan(5000);
    t0 = Date.now();
    await page.mouse.down();
    await page.mouse.move(cx + 120, cy + 60, { steps: 4 });
    await page.mouse.up();
    expect(Date.now() - t0).toBeLessThan(5000);
    // The language switch relabels all 2,000 nodes.
    t0 = Date.now();
    await page.getByTestId('language-switch').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(Date.now() - t0).toBeLessThan(5000);
    // Fit answers too.
    t0 = Date.now();
    await page.keyboard.press('f');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});

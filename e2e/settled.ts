/** The canvas-settled wait, shared by the specs and scripts/explorer-screenshots.ts (no test runner needed). */
import type { Page } from 'playwright-core';
import type {} from '../client/src/app/testHooks.ts';

/**
 * Waits until the explorer says its view is final (`window.__plangraph.settled()`: the canvas has answered the
 * latest layout request, and no layout, viewport animation or label redraw is running or waiting), the canvas holds
 * every node the view has, and it marks no layout as busy. Checked once per frame. Needs `?testHooks=1`.
 */
export async function waitForSettled(page: Page, timeout = 30_000): Promise<void> {
  if (!(await page.evaluate(() => window.__plangraph !== undefined)))
    throw new Error('waitForSettled needs the test hooks: open the page with ?testHooks=1');
  try {
    await page.waitForFunction(
      () => {
        const hooks = window.__plangraph;
        const el = document.querySelector('[data-testid="graph-canvas"]');
        if (!hooks || !el) return false;
        const complete = Object.keys(hooks.positions()).length === Number(el.getAttribute('data-node-count'));
        return complete && el.getAttribute('data-layout-busy') !== 'true' && hooks.settled();
      },
      undefined,
      { polling: 'raf', timeout },
    );
  } catch (e) {
    throw new Error(`the canvas did not settle within ${timeout} ms`, { cause: e });
  }
}

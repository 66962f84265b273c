/** Shared steps for the explorer specs: counts, waiting for layouts, and the test hooks. */
import type { Page } from 'playwright-core';

export const canvas = (page: Page) => page.getByTestId('graph-canvas');

export async function nodeCount(page: Page): Promise<number> {
  return Number(await canvas(page).getAttribute('data-node-count'));
}

export async function waitForNodeCount(page: Page, n: number, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    (want) => Number(document.querySelector('[data-testid="graph-canvas"]')?.getAttribute('data-node-count')) === want,
    n,
    { timeout },
  );
}

/** Waits until a layout has run and stopped. */
export async function waitForLayout(page: Page): Promise<void> {
  // The canvas syncs in an effect after React paints: give a just-requested layout the moment to start.
  await page.waitForTimeout(150);
  await page.waitForFunction(
    () => document.querySelector('[data-testid="graph-canvas"]')?.getAttribute('data-layout-busy') === 'false',
    undefined,
    { timeout: 20_000 },
  );
  // The fit animation after the layout.
  await page.waitForTimeout(400);
}

export async function positions(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate(() => window.__plangraph!.positions());
}

/** Right-clicks a node where it is drawn. */
export async function rightClickNode(page: Page, id: string): Promise<void> {
  const p = await page.evaluate((nodeId) => window.__plangraph!.clientPosition(nodeId), id);
  if (!p) throw new Error(`node ${id} is not on the canvas`);
  await page.mouse.click(p.x, p.y, { button: 'right' });
}

export async function hookState(page: Page) {
  return page.evaluate(() => window.__plangraph!.state());
}

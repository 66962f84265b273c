/** The canvas-settled wait, shared by the specs and scripts/explorer-screenshots.ts (no test runner needed). */
import type { Page } from 'playwright-core';
import type {} from '../client/src/app/testHooks.ts';

/**
 * Waits until the canvas is still: it holds every node the view has, no layout runs, and no node moves on screen
 * (layout and fit animations done) for three frames in a row. Needs `?testHooks=1`.
 */
export async function waitForSettled(page: Page, timeout = 30_000): Promise<void> {
  const settled = await page.evaluate(
    (ms) =>
      new Promise<boolean>((resolve) => {
        const hooks = window.__plangraph;
        const el = document.querySelector('[data-testid="graph-canvas"]');
        if (!hooks || !el) return resolve(false);
        const deadline = performance.now() + ms;
        let last = '';
        let still = 0;
        const tick = () => {
          const ids = Object.keys(hooks.positions());
          const complete = ids.length === Number(el.getAttribute('data-node-count'));
          const busy = el.getAttribute('data-layout-busy') === 'true';
          // A sample of nodes is enough to see the viewport or a layout move, and cheap with thousands of nodes.
          const seen = JSON.stringify(ids.slice(0, 50).map((id) => hooks.clientPosition(id)));
          still = complete && !busy && seen === last ? still + 1 : 0;
          last = seen;
          if (still >= 3) resolve(true);
          else if (performance.now() > deadline) resolve(false);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    timeout,
  );
  if (!settled) throw new Error(`the canvas did not settle within ${timeout} ms (or the page lacks ?testHooks=1)`);
}

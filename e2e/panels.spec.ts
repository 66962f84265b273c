/** The side panels: outline → source viewer → add to canvas; paths; dependency trace; indicators. */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser.ts';
import { hookState, nodeCount, rightClickNode, waitForLayout, waitForNodeCount } from './helpers.ts';
import type {} from '../client/src/app/testHooks.ts';

describe('panels', () => {
  const browser = useBrowser();
  const baseUrl = inject('baseUrl');

  it('opens a 专栏 from the outline and adds the entities it mentions', async () => {
    const { page } = browser();
    await page.goto(`${baseUrl}/?testHooks=1&n=knowledge-city`);
    await waitForNodeCount(page, 1);
    await page.getByTestId('tab-outline').click();
    const outline = page.getByTestId('outline-panel');
    await outline.locator('summary').click();
    await outline.locator('[data-section-id="sec-box-3"]').click();
    const viewer = page.getByTestId('source-viewer');
    await expect.poll(() => viewer.textContent()).toContain('专栏3');
    await viewer.locator('[data-testid="source-add-node"][data-id="guangzhou-laboratory"]').click();
    await waitForNodeCount(page, 2);
    await expect.poll(() => page.getByTestId('details-panel').locator('h2').textContent()).toBe('广州实验室');
    await viewer.getByTestId('source-add-all').click();
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid="graph-canvas"]')?.getAttribute('data-node-count')) > 3,
    );
  });

  it('shows ranked paths with explanations, and highlights the chosen one', async () => {
    const { page } = browser();
    await page.goto(`${baseUrl}/?testHooks=1&n=zhong-nanshan`);
    await waitForNodeCount(page, 1);
    await waitForLayout(page);
    await rightClickNode(page, 'zhong-nanshan');
    await page.getByTestId('context-menu').getByTestId('menu-path-from').click();
    const panel = page.getByTestId('paths-panel');
    await panel.waitFor();
    expect(await panel.getByTestId('path-from').textContent()).toBe('钟南山');
    await panel.getByTestId('path-to-input').fill('人类细胞谱系');
    await panel.getByTestId('path-hit').first().click();
    const item = panel.getByTestId('path-item').first();
    await item.waitFor();
    expect(await item.textContent()).toContain('钟南山');
    await item.click();
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid="graph-canvas"]')?.getAttribute('data-node-count')) >= 3,
    );
    await page.getByTestId('language-switch').click();
    await expect.poll(() => item.textContent()).toContain('Zhong Nanshan');
    await page.getByTestId('language-switch').click();
  });

  it('traces upstream: adds the trace, lays it out hierarchically, lists what it found', async () => {
    const { page } = browser();
    await page.goto(`${baseUrl}/?testHooks=1&n=integrated-circuits`);
    await waitForNodeCount(page, 1);
    await waitForLayout(page);
    await rightClickNode(page, 'integrated-circuits');
    await page.getByTestId('context-menu').getByTestId('menu-trace-up').click();
    const panel = page.getByTestId('trace-panel');
    await panel.waitFor();
    await expect.poll(() => panel.getByTestId('trace-root').textContent()).toBe('集成电路');
    await expect.poll(() => panel.getByTestId('trace-node').count()).toBeGreaterThanOrEqual(2);
    expect(await panel.textContent()).toContain('粤芯');
    expect(await nodeCount(page)).toBeGreaterThanOrEqual(3);
    expect((await hookState(page)).layout).toBe('dagre');
    // One undo step removes the whole trace.
    await waitForLayout(page);
    await page.getByTestId('undo-button').click();
    await waitForNodeCount(page, 1);
  });

  it('shows table 2.1 as bars and adds an indicator to the canvas', async () => {
    const { page } = browser();
    await page.getByTestId('tab-indicators').click();
    const panel = page.getByTestId('indicators-panel');
    const row = panel.getByTestId('indicator-row').first();
    await row.waitFor();
    const text = await row.textContent();
    expect(text).toContain('高新技术企业数量');
    expect(text).toContain('2,109');
    expect(text).toContain('2,600');
    expect(text).toContain('家');
    expect(text).toContain('+491');
    await row.click();
    await waitForNodeCount(page, 2);
    await expect.poll(() => page.getByTestId('details-panel').locator('h2').textContent()).toBe('高新技术企业数量');
  });
});

/** The side panels: outline → source viewer → add to canvas; paths; dependency trace; indicators. */
import { expect, test } from './fixtures.ts';
import {
  canvas,
  detailsTitle,
  hookState,
  openView,
  positions,
  rightClickNode,
  waitForNodeCount,
  waitForSettled,
} from './helpers.ts';

test('opens a 专栏 from the outline and adds the entities it mentions', async ({ page }) => {
  await openView(page, 'n=knowledge-city', 1);
  await page.getByTestId('tab-outline').click();
  const outline = page.getByTestId('outline-panel');
  await outline.locator('summary').click();
  await outline.locator('[data-section-id="sec-box-3"]').click();
  const viewer = page.getByTestId('source-viewer');
  await expect(viewer).toContainText('专栏3');
  await viewer.locator('[data-testid="source-add-node"][data-id="guangzhou-laboratory"]').click();
  await waitForNodeCount(page, 2);
  await expect(detailsTitle(page)).toHaveText('广州实验室');
  // Every entity the section names joins the canvas.
  const mentioned = await viewer
    .locator('[data-testid="source-add-node"]')
    .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-id')!))]);
  expect(mentioned.length).toBeGreaterThan(1);
  await viewer.getByTestId('source-add-all').click();
  await expect
    .poll(async () => Object.keys(await positions(page)))
    .toEqual(expect.arrayContaining(['knowledge-city', ...mentioned]));
});

test('shows ranked paths with explanations, and highlights the chosen one', async ({ page }) => {
  await openView(page, 'n=zhong-nanshan', 1);
  await rightClickNode(page, 'zhong-nanshan');
  await page.getByTestId('context-menu').getByTestId('menu-path-from').click();
  const panel = page.getByTestId('paths-panel');
  await expect(panel.getByTestId('path-from')).toHaveText('钟南山');
  await panel.getByTestId('path-to-input').fill('人类细胞谱系');
  await panel.getByTestId('path-hit').first().click();
  const item = panel.getByTestId('path-item').first();
  await expect(item).toContainText('钟南山');
  await expect(item).toContainText('人类细胞谱系');
  await item.click();
  // The path's nodes join the canvas: both ends and at least one step between them.
  await expect.poll(() => hookState(page).then((s) => s.nodes)).toBeGreaterThanOrEqual(3);
  expect(Object.keys(await positions(page))).toEqual(
    expect.arrayContaining(['zhong-nanshan', 'human-cell-lineage-facility']),
  );
  await page.getByTestId('language-switch').click();
  await expect(item).toContainText('Zhong Nanshan');
});

test('traces upstream: shows the trace as its own view in ranks, lists what it found', async ({ page }) => {
  await openView(page, 'n=integrated-circuits', 1);
  await rightClickNode(page, 'integrated-circuits');
  await page.getByTestId('context-menu').getByTestId('menu-trace-up').click();
  const panel = page.getByTestId('trace-panel');
  await expect(panel.getByTestId('trace-root')).toHaveText('集成电路');
  await expect(panel.getByTestId('trace-node').filter({ hasText: '粤芯' })).toHaveCount(1);
  const listed = await panel.getByTestId('trace-node').count();
  expect(listed).toBeGreaterThanOrEqual(2);
  // The root and everything the panel lists are the canvas, dependencies to the left of the root.
  await expect(canvas(page)).toHaveAttribute('data-node-count', String(listed + 1));
  await waitForSettled(page);
  const p = await positions(page);
  expect(Object.keys(p)).toEqual(expect.arrayContaining(['integrated-circuits', 'cansemi']));
  expect(p['cansemi']!.x).toBeLessThan(p['integrated-circuits']!.x);
  await expect.poll(() => new URL(page.url()).searchParams.get('trace')).toBe('integrated-circuits');
  // One undo step returns to the canvas before the trace.
  await page.getByTestId('undo-button').click();
  await waitForNodeCount(page, 1);
});

test('shows table 2.1 as bars and adds an indicator to the canvas', async ({ page }) => {
  await openView(page, 'n=knowledge-city', 1);
  await page.getByTestId('tab-indicators').click();
  const row = page.getByTestId('indicators-panel').getByTestId('indicator-row').first();
  await expect(row).toContainText('高新技术企业数量');
  for (const part of ['2,109', '2,600', '家', '+491']) await expect(row).toContainText(part);
  await row.click();
  await waitForNodeCount(page, 2);
  await expect(detailsTitle(page)).toHaveText('高新技术企业数量');
  expect(Object.keys(await positions(page))).toContain('ind-10');
});

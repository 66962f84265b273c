/**
 * Menus inside the window, narrow windows and phones, and the messages for actions that would otherwise fail
 * silently: a too-long search, weak matches, an expansion with nothing new.
 */
import type { Locator, Page } from '@playwright/test';
import { SEARCH_TEXT_MAX } from '@plangraph/shared';
import { expect, test } from './fixtures.ts';
import { canvas, hookState, LAB, LAB_NEIGHBOURHOOD, openView, rightClickNode, waitForNodeCount } from './helpers.ts';

const SIX = `n=${LAB_NEIGHBOURHOOD.join(',')}`;

/** The element's box lies wholly inside the window. */
async function expectInsideWindow(page: Page, element: Locator): Promise<void> {
  const box = await element.boundingBox();
  const size = page.viewportSize()!;
  expect(box, 'the element is drawn').not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(size.width);
  expect(box!.y + box!.height).toBeLessThanOrEqual(size.height);
}

/** Nothing covers the element's centre: a click there reaches it. */
async function expectUncovered(element: Locator): Promise<void> {
  expect(
    await element.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return top !== null && el.contains(top);
    }),
  ).toBe(true);
}

/** The node drawn lowest in the window. */
async function lowestNode(page: Page): Promise<{ id: string; y: number }> {
  return page.evaluate((ids) => {
    const points = ids.map((id) => ({ id, y: window.__plangraph!.clientPosition(id)?.y ?? -1 }));
    return points.reduce((a, b) => (b.y > a.y ? b : a));
  }, LAB_NEIGHBOURHOOD);
}

test('the context menu of a node at the bottom edge opens inside the window, the expand form too', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openView(page, SIX, 6);
  const low = await lowestNode(page);
  // The point of the test: a menu opened down from here would run off the window.
  expect(low.y).toBeGreaterThan(720 / 2);
  await rightClickNode(page, low.id);
  const menu = page.getByTestId('context-menu');
  await expect(menu).toHaveAttribute('data-placed', 'true');
  await expectInsideWindow(page, menu);
  await menu.getByTestId('menu-expand').click();
  const run = menu.getByTestId('expand-run');
  await expect(run).toBeVisible();
  await expectInsideWindow(page, menu);
  await expectInsideWindow(page, run);
  await expectUncovered(run);
});

test('at 1024×700 the whole toolbar fits, icons named, with the language switch', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await openView(page, SIX, 6);
  const topbar = page.locator('header.topbar');
  const controls = topbar.locator('button, a, input');
  const count = await controls.count();
  expect(count).toBeGreaterThan(10);
  for (let i = 0; i < count; i++) await expectInsideWindow(page, controls.nth(i));
  // Compact: the layout buttons show icons only, and keep their names.
  for (const name of ['力导向', '层级', '同心圆', '网格', '适应窗口', '复制链接'])
    await expect(topbar.getByRole('button', { name, exact: true })).toBeVisible();
  const language = page.getByTestId('language-switch');
  await expectInsideWindow(page, language);
  await language.click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(topbar.getByRole('button', { name: 'Force', exact: true })).toBeVisible();
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth)).toBe(true);
});

test('at 390×844 (a phone) the page never scrolls sideways and the canvas is full width', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openView(page, `${SIX}&s=n~${LAB}`, 6);
  const noSideways = () => page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth);
  expect(await noSideways()).toBe(true);
  const box = await canvas(page).boundingBox();
  expect(box!.x).toBe(0);
  expect(box!.width).toBe(390);
  expect(box!.height).toBeGreaterThan(300);
  // Search, details and the side panels are all reachable.
  await expectInsideWindow(page, page.getByTestId('search-input'));
  await expect(page.getByTestId('details-panel').locator('h2')).toHaveText('广州实验室');
  await page.getByTestId('tab-outline').click();
  await expect(page.locator('#sidebar-panel')).toBeVisible();
  expect(await noSideways()).toBe(true);
  await expectInsideWindow(page, page.getByTestId('language-switch'));
});

test('a search text over the API limit says it is too long and names the limit', async ({ page }) => {
  await openView(page, SIX, 6);
  const text = '广州'.repeat(SEARCH_TEXT_MAX);
  await page.getByTestId('search-input').fill(text);
  const note = page.getByTestId('search-too-long');
  await expect(note).toContainText('太长');
  await expect(note).toContainText(String(SEARCH_TEXT_MAX));
  await expect(note).toContainText(String(text.length));
  await expect(page.getByTestId('search-failed')).toHaveCount(0);
});

test('weak matches are marked as such and Enter does not add one', async ({ page }) => {
  await openView(page, `n=${LAB}`, 1);
  // No name contains this text; some names share its characters 实验室.
  await page.getByTestId('search-input').fill('火星殖民实验室');
  const hits = page.getByTestId('search-hit');
  await expect(hits.first()).toBeVisible();
  await expect(hits.first()).toHaveAttribute('data-weak', 'true');
  await expect(hits.first()).toContainText('弱匹配');
  await expect(page.getByTestId('search-weak-only')).toBeVisible();
  await page.getByTestId('search-input').press('Enter');
  // The list stays open with the same hits, and the canvas is unchanged.
  await expect(hits.first()).toBeVisible();
  expect((await hookState(page)).nodes).toBe(1);
  await expect(canvas(page)).toHaveAttribute('data-node-count', '1');
});

test('double-clicking a node whose neighbours are all shown says so', async ({ page }) => {
  await openView(page, SIX, 6);
  const p = await page.evaluate((id) => window.__plangraph!.clientPosition(id), LAB);
  await page.mouse.dblclick(p!.x, p!.y);
  const notice = page.getByTestId('notice');
  await expect(notice).toHaveAttribute('data-kind', 'allNeighboursShown');
  await expect(notice).toContainText('广州实验室');
  await expect(notice).toContainText('5');
  expect((await hookState(page)).nodes).toBe(6);
});

test('"add all" in the source viewer asks "show N of M" when the section mentions many', async ({ page }) => {
  await openView(page, 'n=knowledge-city', 1);
  await page.evaluate(() => window.__plangraph!.setExpandThreshold(1));
  await page.getByTestId('tab-outline').click();
  const outline = page.getByTestId('outline-panel');
  await outline.locator('summary').click();
  await outline.locator('[data-section-id="sec-box-3"]').click();
  const viewer = page.getByTestId('source-viewer');
  await expect(viewer.getByTestId('source-add-all')).toBeVisible();
  const mentioned = await viewer
    .locator('[data-testid="source-add-node"]')
    .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-id')!))]);
  const newcomers = mentioned.filter((id) => id !== 'knowledge-city');
  expect(newcomers.length).toBeGreaterThan(1);
  await viewer.getByTestId('source-add-all').click();
  const confirm = page.getByTestId('expand-confirm');
  await expect(confirm).toContainText(String(newcomers.length));
  await expect(confirm).toContainText('专栏3');
  await confirm.getByTestId('expand-first').click();
  await waitForNodeCount(page, 2);
  expect((await hookState(page)).nodes).toBe(2);
});

/** Expand and prune through the context menu, undo/redo, shortcuts, the help overlay and the shareable URL. */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import {
  detailsTitle,
  LAB,
  LAB_NEIGHBOURHOOD,
  hookState,
  openView,
  positions,
  rightClickNode,
  waitForNodeCount,
  waitForSettled,
  linkContent,
} from './helpers.ts';

const ONE_LAB = `n=${LAB}&s=n~${LAB}`;
const SIX = `n=${LAB_NEIGHBOURHOOD.join(',')}&s=n~${LAB}`;

const menu = (page: Page) => page.getByTestId('context-menu');

/** Right-click → Expand → run, with whatever label filter is set. */
async function expandFromMenu(page: Page, id: string, labels: string[] = []): Promise<void> {
  await rightClickNode(page, id);
  await menu(page).getByTestId('menu-expand').click();
  for (const label of labels) await menu(page).locator(`input[data-label="${label}"]`).check();
  await menu(page).getByTestId('menu-expand').waitFor();
  await menu(page).getByTestId('expand-run').click();
}

test('rebuilds a view from the URL', async ({ page }) => {
  await openView(page, ONE_LAB, 1);
  await expect(detailsTitle(page)).toHaveText('广州实验室');
  expect(Object.keys(await positions(page))).toEqual([LAB]);
});

test('asks before a large expansion (first N / all / cancel), from the keyboard menu', async ({ page }) => {
  await openView(page, ONE_LAB, 1);
  await page.evaluate(() => window.__plangraph!.setExpandThreshold(2));
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('Shift+F10');
  await expect(menu(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu(page)).toHaveCount(0);
  await page.keyboard.press('Shift+F10');
  await menu(page).getByTestId('menu-expand').click();
  await menu(page).getByTestId('expand-run').click();
  const confirm = page.getByTestId('expand-confirm');
  // Five neighbours, above the threshold of two.
  await expect(confirm).toContainText('5');
  await confirm.getByTestId('expand-cancel').click();
  await expect(confirm).toHaveCount(0);
  expect((await hookState(page)).nodes).toBe(1);
  await page.keyboard.press('e');
  await confirm.getByTestId('expand-first').click();
  await waitForNodeCount(page, 3);
});

test('undoes and redoes with the buttons and the keyboard', async ({ page }) => {
  await openView(page, ONE_LAB, 1);
  await expandFromMenu(page, LAB);
  await waitForNodeCount(page, 6);
  expect((await hookState(page)).past).toBe(1);
  await page.getByTestId('undo-button').click();
  await waitForNodeCount(page, 1);
  await page.getByTestId('redo-button').click();
  await waitForNodeCount(page, 6);
  await page.keyboard.press('Control+z');
  await waitForNodeCount(page, 1);
  await page.keyboard.press('Control+Shift+Z');
  await waitForNodeCount(page, 6);
  await page.keyboard.press('Control+z');
  await waitForNodeCount(page, 1);
  await page.keyboard.press('Control+y');
  await waitForNodeCount(page, 6);
});

test('expands by label, then all after confirming, from a right-click', async ({ page }) => {
  await openView(page, ONE_LAB, 1);
  // Only people: 钟南山 is the laboratory's one Person neighbour.
  await expandFromMenu(page, LAB, ['Person']);
  await waitForNodeCount(page, 2);
  expect(Object.keys(await positions(page)).sort()).toEqual([LAB, 'zhong-nanshan']);
  await waitForSettled(page);
  // Four newcomers remain: above a threshold of one, so the explorer asks.
  await page.evaluate(() => window.__plangraph!.setExpandThreshold(1));
  await expandFromMenu(page, LAB);
  const confirm = page.getByTestId('expand-confirm');
  await expect(confirm).toContainText('4');
  await confirm.getByTestId('expand-all').click();
  await waitForNodeCount(page, 6);
  expect(Object.keys(await positions(page)).sort()).toEqual(LAB_NEIGHBOURHOOD);
});

test('collapses, hides, removes and shows only a neighbourhood — each undoable', async ({ page }) => {
  await openView(page, ONE_LAB, 1);
  // Collapse removes what the node's expansions brought in.
  await expandFromMenu(page, LAB);
  await waitForNodeCount(page, 6);
  await waitForSettled(page);
  await rightClickNode(page, LAB);
  await menu(page).getByTestId('menu-collapse').click();
  await waitForNodeCount(page, 1);
  await page.keyboard.press('Control+z');
  await waitForNodeCount(page, 6);
  await waitForSettled(page);

  await rightClickNode(page, 'zhong-nanshan');
  await menu(page).getByTestId('menu-hide').click();
  await waitForNodeCount(page, 5);
  expect(await positions(page)).not.toHaveProperty('zhong-nanshan');
  await page.getByTestId('show-hidden').click();
  await waitForNodeCount(page, 6);
  await waitForSettled(page);

  await rightClickNode(page, 'box-3');
  await menu(page).getByTestId('menu-only').click();
  await waitForNodeCount(page, 2);
  expect(Object.keys(await positions(page)).sort()).toEqual(['box-3', LAB]);
  await page.keyboard.press('Control+z');
  await waitForNodeCount(page, 6);
  await waitForSettled(page);

  await rightClickNode(page, 'zhong-nanshan');
  await menu(page).getByTestId('menu-remove').click();
  await waitForNodeCount(page, 5);
  await waitForSettled(page);
  // Delete removes the selection (the right-click selected the island).
  await rightClickNode(page, 'bio-island');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Delete');
  await waitForNodeCount(page, 4);
  expect(await positions(page)).not.toHaveProperty('bio-island');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await waitForNodeCount(page, 6);
});

test('keeps a pinned node in place through a re-layout while the others move', async ({ page }) => {
  await openView(page, SIX, 6);
  await rightClickNode(page, 'box-3');
  await menu(page).getByTestId('menu-pin').click();
  await expect.poll(async () => (await hookState(page)).pinned).toEqual(['box-3']);
  const before = await positions(page);
  const layoutBefore = (await hookState(page)).layout;
  await page.keyboard.press('l'); // cycles to the next layout
  await expect.poll(async () => (await hookState(page)).layout).not.toBe(layoutBefore);
  await waitForSettled(page);
  const after = await positions(page);
  expect(after['box-3']).toEqual(before['box-3']);
  const moved = LAB_NEIGHBOURHOOD.filter(
    (id) => id !== 'box-3' && (after[id]!.x !== before[id]!.x || after[id]!.y !== before[id]!.y),
  );
  expect(moved.length).toBeGreaterThan(0);
});

test('opens the help overlay with "?" and the button; Escape closes it; "/" focuses search', async ({ page }) => {
  await openView(page, ONE_LAB, 1);
  const help = page.getByTestId('help-overlay');
  await page.keyboard.press('?');
  await expect(help).toContainText('Ctrl+Z');
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  await page.getByTestId('help-button').click();
  await expect(help).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  await page.keyboard.press('/');
  await expect(page.getByTestId('search-input')).toBeFocused();
});

test('keeps the view in the URL, and a reload rebuilds it with the same positions', async ({ page }) => {
  await openView(page, ONE_LAB, 1);
  await expandFromMenu(page, LAB);
  await waitForNodeCount(page, 6);
  await waitForSettled(page);
  await rightClickNode(page, 'box-3');
  await menu(page).getByTestId('menu-pin').click();
  await page.keyboard.press('l');
  await expect.poll(() => linkContent(page.url())?.pinned).toEqual(['box-3']);
  await expect(page).toHaveURL(/[?&]l=/);
  const url = page.url();
  expect([...linkContent(url)!.ids].sort()).toEqual(LAB_NEIGHBOURHOOD);
  await page.reload();
  await waitForNodeCount(page, 6);
  await waitForSettled(page);
  const first = await positions(page);
  expect((await hookState(page)).pinned).toEqual(['box-3']);
  expect((await hookState(page)).layout).toBe(new URL(url).searchParams.get('l'));
  // Determinism: the same URL gives the same positions.
  await page.goto(url);
  await waitForNodeCount(page, 6);
  await waitForSettled(page);
  expect(await positions(page)).toEqual(first);
});

test('copies a link to the view', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openView(page, SIX, 6);
  await page.getByTestId('copy-link').click();
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect([...linkContent(copied.href)!.ids].sort()).toEqual(LAB_NEIGHBOURHOOD);
  expect(copied.searchParams.get('s')).toBe(`n~${LAB}`);
  expect(copied.origin).toBe(new URL(page.url()).origin);
});

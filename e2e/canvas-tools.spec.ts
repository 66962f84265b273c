/** Expand and prune through the context menu, undo/redo, shortcuts, the help overlay and the shareable URL. */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser.ts';
import { hookState, nodeCount, positions, rightClickNode, waitForLayout, waitForNodeCount } from './helpers.ts';
import type {} from '../client/src/app/testHooks.ts';

describe('canvas tools', () => {
  const browser = useBrowser();
  const baseUrl = inject('baseUrl');

  it('rebuilds a view from the URL', async () => {
    const { page } = browser();
    await page.goto(`${baseUrl}/?testHooks=1&n=guangzhou-laboratory&s=n~guangzhou-laboratory`);
    await waitForNodeCount(page, 1);
    await expect.poll(() => page.getByTestId('details-panel').locator('h2').textContent()).toBe('广州实验室');
  });

  it('asks before a large expansion (first N / all / cancel), from the keyboard menu', async () => {
    const { page } = browser();
    await waitForLayout(page);
    await page.evaluate(() => window.__plangraph!.setExpandThreshold(2));
    await page
      .locator('body')
      .click({ position: { x: 5, y: 300 } })
      .catch(() => {});
    await page.keyboard.press('Shift+F10');
    const menu = page.getByTestId('context-menu');
    await menu.waitFor();
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    await page.keyboard.press('Shift+F10');
    await menu.getByTestId('menu-expand').click();
    await menu.getByTestId('expand-run').click();
    const confirm = page.getByTestId('expand-confirm');
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain('5');
    await confirm.getByTestId('expand-cancel').click();
    await confirm.waitFor({ state: 'detached' });
    expect(await nodeCount(page)).toBe(1);
    await page.keyboard.press('e');
    await confirm.waitFor();
    await confirm.getByTestId('expand-first').click();
    await waitForNodeCount(page, 3);
  });

  it('undoes and redoes with the buttons and the keyboard', async () => {
    const { page } = browser();
    await page.getByTestId('undo-button').click();
    await waitForNodeCount(page, 1);
    await page.getByTestId('redo-button').click();
    await waitForNodeCount(page, 3);
    await page.keyboard.press('Control+z');
    await waitForNodeCount(page, 1);
    await page.keyboard.press('Control+Shift+Z');
    await waitForNodeCount(page, 3);
    await page.keyboard.press('Control+z');
    await waitForNodeCount(page, 1);
    await page.keyboard.press('Control+y');
    await waitForNodeCount(page, 3);
  });

  it('expands all, filtered by label, from a right-click', async () => {
    const { page } = browser();
    await waitForLayout(page);
    await rightClickNode(page, 'guangzhou-laboratory');
    const menu = page.getByTestId('context-menu');
    await menu.waitFor();
    await menu.getByTestId('menu-expand').click();
    // Only people: 钟南山 may already be on the canvas, so the expansion adds at most one node.
    await menu.locator('input[data-label="Person"]').check();
    await menu.getByTestId('expand-run').click();
    await page.waitForTimeout(500);
    const afterPeople = await nodeCount(page);
    expect(afterPeople).toBeLessThanOrEqual(4);
    await waitForLayout(page);
    // Two or three newcomers remain (depending on which came first): ask for any more than one.
    await page.evaluate(() => window.__plangraph!.setExpandThreshold(1));
    await rightClickNode(page, 'guangzhou-laboratory');
    await menu.getByTestId('menu-expand').click();
    await menu.getByTestId('expand-run').click();
    const confirm = page.getByTestId('expand-confirm');
    await confirm.waitFor();
    await confirm.getByTestId('expand-all').click();
    await waitForNodeCount(page, 6);
  });

  it('collapses, hides, removes and shows only a neighbourhood — each undoable', async () => {
    const { page } = browser();
    await waitForLayout(page);
    const menu = page.getByTestId('context-menu');
    await rightClickNode(page, 'guangzhou-laboratory');
    await menu.getByTestId('menu-collapse').click();
    await waitForNodeCount(page, 1);
    await page.keyboard.press('Control+z');
    await waitForNodeCount(page, 6);
    await waitForLayout(page);

    await rightClickNode(page, 'zhong-nanshan');
    await menu.getByTestId('menu-hide').click();
    await waitForNodeCount(page, 5);
    await page.getByTestId('show-hidden').click();
    await waitForNodeCount(page, 6);
    await waitForLayout(page);

    await rightClickNode(page, 'box-3');
    await menu.getByTestId('menu-only').click();
    await waitForNodeCount(page, 2);
    await page.keyboard.press('Control+z');
    await waitForNodeCount(page, 6);
    await waitForLayout(page);

    await rightClickNode(page, 'zhong-nanshan');
    await menu.getByTestId('menu-remove').click();
    await waitForNodeCount(page, 5);
    // Delete removes the selection (the right-click selected the lab).
    await waitForLayout(page);
    await rightClickNode(page, 'bio-island');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Delete');
    await waitForNodeCount(page, 4);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await waitForNodeCount(page, 6);
  });

  it('keeps a pinned node in place through a re-layout', async () => {
    const { page } = browser();
    await waitForLayout(page);
    const menu = page.getByTestId('context-menu');
    await rightClickNode(page, 'box-3');
    await menu.getByTestId('menu-pin').click();
    expect((await hookState(page)).pinned).toEqual(['box-3']);
    const before = (await positions(page))['box-3'];
    await page.keyboard.press('l'); // cycles to the next layout
    await waitForLayout(page);
    expect((await hookState(page)).layout).not.toBe('fcose');
    const after = await positions(page);
    expect(after['box-3']).toEqual(before);
    // Another node did move.
    expect(Object.keys(after)).toHaveLength(6);
  });

  it('opens the help overlay with "?" and the button; Escape closes it; "/" focuses search', async () => {
    const { page } = browser();
    await page.keyboard.press('?');
    const help = page.getByTestId('help-overlay');
    await help.waitFor();
    expect(await help.textContent()).toContain('Ctrl+Z');
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    await page.getByTestId('help-button').click();
    await help.waitFor();
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('search-input');
    await page.keyboard.press('Escape');
  });

  it('keeps the view in the URL, and a reload rebuilds it with the same positions', async () => {
    const { page } = browser();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('p') === 'box-3');
    const url = page.url();
    const q = new URL(url).searchParams;
    expect(q.get('n')?.split(',').sort()).toEqual(
      [
        'bio-island',
        'bioisland-laboratory',
        'box-3',
        'cas-guangzhou-institute-of-biomedicine-and-health',
        'guangzhou-laboratory',
        'zhong-nanshan',
      ].sort(),
    );
    expect(q.get('l')).toBeTruthy();
    await page.reload();
    await waitForNodeCount(page, 6);
    await waitForLayout(page);
    const first = await positions(page);
    expect((await hookState(page)).pinned).toEqual(['box-3']);
    // Determinism: the same URL gives the same positions.
    await page.goto(url);
    await waitForNodeCount(page, 6);
    await waitForLayout(page);
    expect(await positions(page)).toEqual(first);
  });

  it('copies a link to the view', async () => {
    const { page, context } = browser();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByTestId('copy-link').click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).searchParams.get('n')).toContain('guangzhou-laboratory');
  });
});

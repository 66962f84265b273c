/** Shared steps for the explorer specs: opening a view from its URL, waiting for the canvas to settle, test hooks. */
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';
import { waitForSettled } from './settled.ts';
import type {} from '../client/src/app/testHooks.ts';
import { decodeContent, type CanvasContent } from '../client/src/url/shareLink.ts';

export { waitForSettled };

export const canvas = (page: Page) => page.getByTestId('graph-canvas');

/** Entities of the fixture graph (seed/fixtures/tiny) the specs build their views from. */
export const LAB = 'guangzhou-laboratory';
/** The laboratory and its five neighbours: all of its neighbours, sorted. */
export const LAB_NEIGHBOURHOOD = [
  'bio-island',
  'bioisland-laboratory',
  'box-3',
  'cas-guangzhou-institute-of-biomedicine-and-health',
  LAB,
  'zhong-nanshan',
];
/** Eleven entities of every kind the fixture has (institutions, a person, a zone, a box, an industry, an indicator). */
export const FIXTURE_ENTITIES = [
  LAB,
  'bioisland-laboratory',
  'zhong-nanshan',
  'bio-island',
  'cas-guangzhou-institute-of-biomedicine-and-health',
  'human-cell-lineage-facility',
  'box-3',
  'knowledge-city',
  'cansemi',
  'integrated-circuits',
  'ind-10',
];

export async function nodeCount(page: Page): Promise<number> {
  return Number(await canvas(page).getAttribute('data-node-count'));
}

export async function waitForNodeCount(page: Page, n: number, timeout?: number): Promise<void> {
  await expect(canvas(page)).toHaveAttribute('data-node-count', String(n), { timeout });
}

/**
 * Opens the explorer on a view given by its query string (see client/src/url/viewState.ts), with the test hooks,
 * and waits until its `nodes` nodes are laid out.
 */
export async function openView(page: Page, query: string, nodes: number): Promise<void> {
  await page.goto(`/?testHooks=1&${query}`);
  await waitForNodeCount(page, nodes);
  await waitForSettled(page);
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

/** The title of the details panel (the selected node's name). */
export const detailsTitle = (page: Page) => page.getByTestId('details-panel').locator('h2');

/** Searches and chooses the first hit whose text contains `name`. */
export async function searchAndChoose(page: Page, text: string, name: string): Promise<void> {
  await page.getByTestId('search-input').fill(text);
  await page.getByTestId('search-hit').filter({ hasText: name }).first().click();
}

/** The canvas content a share link carries in `v` (client/src/url/shareLink.ts); null when it has none. */
export function linkContent(url: string): CanvasContent | null {
  const v = new URL(url).searchParams.get('v');
  return v === null ? null : decodeContent(v);
}

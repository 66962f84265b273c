/**
 * Share links: a 2,000-node view goes into a compact link and comes back from it with the same nodes, exactly the
 * same edges, zoom and pan; damaged links and links to nodes the graph lacks say so; `?lang=en` alone switches
 * the language. The 2,000 nodes are the synthetic graph of the large-view test hook, also written to the store for
 * this file (with relationships among them that the view never shows) and removed after it.
 */
import type { Page } from '@playwright/test';
import { createDriver } from '@plangraph/neo4j-embedded';
import { query } from '@plangraph/cypher';
import { encodeNodeProvenance, encodeRelationshipProvenance } from '@plangraph/shared';
import { syntheticGraph } from '../client/src/graph/synthetic.ts';
import { describeEdges, encodeContent } from '../client/src/url/shareLink.ts';
import { NEO4J_VAR } from '../test/e2e-global-setup.ts';
import { expect, test } from './fixtures.ts';
import { canvas, openView, waitForNodeCount, waitForSettled } from './helpers.ts';

const SIZE = 2000;
const GRAPH = syntheticGraph(SIZE);
/** Relationships among the synthetic nodes that the synthetic view does not draw: a reopened view must not gain them. */
const UNSHOWN = Array.from({ length: 150 }, (_, i) => ({
  type: 'MENTIONED_IN',
  source: `syn-${i * 13 + 5}`,
  target: `syn-${i * 11 + 1}`,
}));

function storeDriver() {
  const value = process.env[NEO4J_VAR];
  if (!value) throw new Error(`${NEO4J_VAR} is unset: run the specs with \`npx playwright test\``);
  return createDriver(JSON.parse(value) as { uri: string; user: string; password: string });
}

const quote = (text: string) => [{ quote: text, sectionId: 'sec-synthetic', start: 0, end: text.length }];

test.beforeAll(async () => {
  const driver = storeDriver();
  try {
    const nodes = GRAPH.nodes.map((n) => ({
      label: n.labels[0],
      props: { id: n.id, name: n.name, nameEn: n.nameEn, kind: 'synthetic', ...encodeNodeProvenance(quote(n.name)) },
    }));
    const rels = [...GRAPH.edges, ...UNSHOWN].map((e) => {
      const id = `${e.type}:${e.source}:${e.target}`;
      return { type: e.type, from: e.source, to: e.target, props: { id, ...encodeRelationshipProvenance(quote(id)) } };
    });
    await driver.executeQuery(query('create-nodes'), { rows: nodes });
    await driver.executeQuery(query('create-relationships'), { rows: rels });
  } finally {
    await driver.close();
  }
});

test.afterAll(async () => {
  const driver = storeDriver();
  try {
    await driver.executeQuery('MATCH (n:PlanNode) WHERE n.id IN $ids DETACH DELETE n', {
      ids: GRAPH.nodes.map((n) => n.id),
    });
  } finally {
    await driver.close();
  }
});

const viewport = (page: Page) => page.evaluate(() => window.__plangraph!.viewport()!);
const edgeCount = async (page: Page) => Number(await canvas(page).getAttribute('data-edge-count'));

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('a 2,000-node view round-trips through its share link: nodes, edges, zoom and pan', async ({ page, context }) => {
  test.setTimeout(180_000);
  await openView(page, 'n=knowledge-city', 1);
  await page.evaluate((n) => window.__plangraph!.loadSynthetic(n), SIZE);
  await waitForNodeCount(page, SIZE, 60_000);
  await waitForSettled(page, 90_000);
  const edges = await edgeCount(page);
  expect(edges).toBe(GRAPH.edges.length);
  // Move away from the fitted view: zoom in around a point off centre, then drag.
  const box = (await canvas(page).boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.4);
  await page.mouse.wheel(0, -300);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.3 + 90, box.y + box.height * 0.4 - 40, { steps: 3 });
  await page.mouse.up();
  await waitForSettled(page);
  const before = await viewport(page);

  await page.getByTestId('copy-link').click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const search = new URL(link).searchParams;
  expect(search.get('v')).toMatch(/^[A-Za-z0-9_-]+$/);
  expect(search.get('n')).toBeNull();
  expect(link.length).toBeLessThan(8 * 1024);
  test.info().annotations.push({ type: 'link bytes', description: `${SIZE} nodes: ${link.length}` });
  // The address bar holds the same link (it adds only the test hooks).
  await expect.poll(() => new URL(page.url()).searchParams.get('v'), { timeout: 10_000 }).toBe(search.get('v'));

  const reopened = await context.newPage();
  const response = await reopened.goto(`${link}&testHooks=1`);
  expect(response?.status()).toBe(200);
  await waitForNodeCount(reopened, SIZE, 60_000);
  await waitForSettled(reopened, 90_000);
  expect(await edgeCount(reopened)).toBe(edges);
  const after = await viewport(reopened);
  expect(after.zoom).toBeCloseTo(before.zoom, 3);
  expect(Math.abs(after.pan.x - before.pan.x)).toBeLessThan(0.5);
  expect(Math.abs(after.pan.y - before.pan.y)).toBeLessThan(0.5);
  await expect(reopened.getByTestId('link-notice')).toHaveCount(0);
});

test('`?lang=en` alone opens the first view in English', async ({ page }) => {
  await page.goto('/?testHooks=1&lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('copy-link')).toHaveText('Copy link');
  // The first view has loaded, with its example questions.
  await expect.poll(async () => Number(await canvas(page).getAttribute('data-node-count'))).toBeGreaterThan(0);
  await expect(page.getByTestId('examples')).toBeVisible();
});

test('a damaged share link says it cannot be read and opens the first view', async ({ page }) => {
  await page.goto('/?testHooks=1&lang=en&v=not*a*link');
  await expect(page.getByTestId('link-notice')).toContainText('This share link cannot be read');
  await expect(page.getByTestId('link-notice')).toContainText('not base64url');
  // The first view loaded (no error) and replaced the damaged link in the address bar.
  await expect.poll(async () => Number(await canvas(page).getAttribute('data-node-count'))).toBeGreaterThan(0);
  await expect.poll(() => new URL(page.url()).searchParams.has('v'), { timeout: 10_000 }).toBe(false);
  await page.getByTestId('link-notice').getByRole('button').click();
  await expect(page.getByTestId('link-notice')).toHaveCount(0);
});

test('a link to nodes the graph no longer has opens the rest and names the missing ones', async ({ page }) => {
  const v = encodeContent({
    ids: ['knowledge-city', 'no-such-node'],
    edges: describeEdges([], null),
    pinned: [],
    viewport: null,
  });
  await page.goto(`/?testHooks=1&v=${v}`);
  await waitForNodeCount(page, 1);
  await expect(page.getByTestId('link-notice')).toContainText('1 / 2');
  await expect(page.getByTestId('link-notice')).toContainText('no-such-node');
});

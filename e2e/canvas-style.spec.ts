/**
 * Canvas style options and the Indicators panel's observations, against the fixture graph: nodes sized by a stored
 * measure, coloured by community with the legend naming the communities on the canvas; observed values with their
 * on-pace / behind status.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { FIXTURE_ENTITIES, openView, waitForSettled } from './helpers.ts';

async function api<T>(page: Page, query: string): Promise<T> {
  const res = await page.request.post('/graphql', { data: { query } });
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { data: T }).data;
}

const nodeStyles = (page: Page) => page.evaluate(() => window.__plangraph!.nodeStyles());

test('sizes nodes by PageRank: the highest-ranked node is drawn largest, the lowest smallest', async ({ page }) => {
  await openView(page, `n=${FIXTURE_ENTITIES.join(',')}`, FIXTURE_ENTITIES.length);
  const { centrality } = await api<{ centrality: { score: number; node: { id: string } }[] }>(
    page,
    '{ centrality(measure: PAGERANK, limit: 50) { score node { id } } }',
  );
  const ranked = centrality.filter((r) => FIXTURE_ENTITIES.includes(r.node.id));
  const top = ranked[0]!;
  const bottom = ranked[ranked.length - 1]!;
  expect(top.score).toBeGreaterThan(bottom.score);

  await page.getByTestId('size-by').selectOption('pagerank');
  await waitForSettled(page);
  await expect.poll(async () => (await nodeStyles(page))[top.node.id]?.width).toBe(56);
  const styles = await nodeStyles(page);
  expect(styles[bottom.node.id]!.width).toBe(22);
  // Every size follows the measure: a higher score is never drawn smaller.
  for (let i = 1; i < ranked.length; i++) {
    expect(styles[ranked[i - 1]!.node.id]!.width).toBeGreaterThanOrEqual(styles[ranked[i]!.node.id]!.width);
  }
  await expect(page.getByTestId('legend-size-max')).toHaveText(String(Number(top.score.toPrecision(3))));
  await expect(page).toHaveURL(/[?&]size=pagerank\b/);

  // The option lives in the link: reopening it draws the same sizes.
  await openView(page, new URL(page.url()).search.slice(1), FIXTURE_ENTITIES.length);
  await expect(page.getByTestId('size-by')).toHaveValue('pagerank');
  await expect.poll(async () => (await nodeStyles(page))[top.node.id]?.width).toBe(56);
});

for (const lang of ['zh', 'en'] as const) {
  test(`colours nodes by community; the legend names the communities on the canvas (${lang})`, async ({ page }) => {
    await openView(page, `n=${FIXTURE_ENTITIES.join(',')}&lang=${lang}`, FIXTURE_ENTITIES.length);
    const { communities } = await api<{
      communities: { id: string; name: string; nameEn: string; members: { id: string }[] }[];
    }>(page, '{ communities(limit: 100) { id name nameEn members(limit: 100) { id } } }');
    const present = communities.filter((c) => c.members.some((m) => FIXTURE_ENTITIES.includes(m.id)));
    expect(present.length).toBeGreaterThan(1);

    await page.getByTestId('colour-by').selectOption('community');
    const legend = page.getByTestId('legend-communities');
    await expect(legend.locator('li')).toHaveCount(present.length);
    for (const c of present) {
      await expect(legend.locator(`li[data-community="${c.id}"]`)).toContainText(lang === 'en' ? c.nameEn : c.name);
    }
    await waitForSettled(page);
    const styles = await nodeStyles(page);
    const fillOf = (c: (typeof present)[number]) => new Set(c.members.map((m) => styles[m.id]?.fill));
    // One fill per community, a different one for each community.
    const fills = present.map((c) => [...fillOf(c)].filter(Boolean));
    for (const f of fills) expect(f).toHaveLength(1);
    expect(new Set(fills.map((f) => f[0])).size).toBe(present.length);
    await expect(page).toHaveURL(/[?&]colour=community\b/);
  });
}

for (const lang of ['zh', 'en'] as const) {
  test(`the Indicators panel shows the fixture's observations on pace or behind, and where to add more (${lang})`, async ({
    page,
  }) => {
    await openView(page, `n=knowledge-city&lang=${lang}`, 1);
    await page.getByTestId('tab-indicators').click();
    const panel = page.getByTestId('indicators-panel');
    const observed = panel.getByTestId('indicator-observations');
    // ind-10 needs +4.27 % a year from 2,109: 2,400 in 2022 is above the path (2,293), 2,300 in 2023 below (2,391).
    const y2022 = observed.locator('li[data-year="2022"]');
    const y2023 = observed.locator('li[data-year="2023"]');
    await expect(y2022).toHaveAttribute('data-status', 'on-pace');
    await expect(y2022).toContainText('2,293');
    await expect(y2022).toContainText(lang === 'zh' ? '进度达标' : 'on pace');
    await expect(y2023).toHaveAttribute('data-status', 'behind');
    await expect(y2023).toContainText('2,391');
    await expect(y2023).toContainText(lang === 'zh' ? '进度落后' : 'behind');
    await expect(y2023).toContainText('Test fixture');
    const hint = panel.getByTestId('observations-hint');
    await expect(hint).toContainText('seed/data/observations.yaml');
    await expect(hint).toContainText(lang === 'zh' ? '观测值来自' : 'Observed values come from');
  });
}

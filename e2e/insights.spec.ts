/** The Insights panel: each question in both languages against the fixture graph; rows reach the canvas. */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { PLAN_TEXT_FILE } from '@plangraph/plan';
import { expect, test } from './fixtures.ts';
import { openView, positions } from './helpers.ts';

const LANGUAGES = [
  { lang: 'zh', lab: '广州实验室', cas: '中科院广州生物医药与健康研究院', chips: '集成电路', island: '广州国际生物岛' },
  {
    lang: 'en',
    lab: 'Guangzhou Laboratory',
    cas: 'Guangzhou Institutes of Biomedicine and Health, CAS',
    chips: 'Integrated circuits',
    island: 'Guangzhou International Bio Island',
  },
] as const;

/** Internal values the reader must never see. */
const RAW = /\b(SUPPORTS|LOCATED_IN|IN_DEGREE|INCOMING|OUTGOING|strategic-cluster|Institution)\b/;

async function openInsights(page: Page, lang: string, tab: string) {
  await openView(page, `n=knowledge-city&lang=${lang}`, 1);
  await page.getByTestId('tab-insights').click();
  const panel = page.getByTestId('insights-panel');
  await panel.getByTestId(`insights-tab-${tab}`).click();
  return panel;
}

async function downloaded(page: Page, button: ReturnType<Page['getByTestId']>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(path);
  return readFileSync(path, 'utf8');
}

for (const L of LANGUAGES) {
  test(`key platforms rank institutions by the chosen measure (${L.lang})`, async ({ page }) => {
    const panel = await openInsights(page, L.lang, 'platforms');
    const rows = panel.getByTestId('insight-row');
    // By links in either direction the laboratory leads (five links); by links pointing at it, the institute
    // two facilities are backed by.
    await expect(rows.first()).toContainText(L.lab);
    await expect(rows.first()).toContainText('5');
    await panel.getByTestId('insights-measure').selectOption('IN_DEGREE');
    await expect(rows.first()).toContainText(L.cas);
    await expect(panel).not.toContainText(RAW);
    await rows.first().click();
    await expect
      .poll(async () => Object.keys(await positions(page)))
      .toContain('cas-guangzhou-institute-of-biomedicine-and-health');
    const csv = await downloaded(page, panel.getByTestId('insights-csv'));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.split('\r\n')[1]).toContain(L.cas);
  });

  test(`gaps list the entities without a link (${L.lang})`, async ({ page }) => {
    const panel = await openInsights(page, L.lang, 'gaps');
    // No platform supports the fixture's only industry.
    await expect(panel.getByTestId('insight-row')).toHaveCount(1);
    await expect(panel.getByTestId('insight-row')).toContainText(L.chips);
    await expect(panel).not.toContainText(RAW);
    // Institutions located nowhere: only the institute.
    await panel.getByTestId('gaps-label').selectOption('Institution');
    await panel.getByTestId('gaps-type').selectOption('LOCATED_IN');
    await panel.getByTestId('gaps-direction').selectOption('OUTGOING');
    await expect(panel.getByTestId('insight-row')).toHaveCount(1);
    await expect(panel.getByTestId('insight-row')).toContainText(L.cas);
    await panel.getByTestId('insight-row').click();
    await expect
      .poll(async () => Object.keys(await positions(page)))
      .toContain('cas-guangzhou-institute-of-biomedicine-and-health');
  });

  test(`the coverage matrix opens the links and quotes behind a cell (${L.lang})`, async ({ page }) => {
    const panel = await openInsights(page, L.lang, 'coverage');
    // The fixture has no supporting links: the default question has an empty answer.
    await expect(panel.getByTestId('coverage-empty')).toBeVisible();
    await panel.getByTestId('coverage-columns').selectOption('Zone');
    await panel.getByTestId('coverage-type').selectOption('LOCATED_IN');
    const cells = panel.getByTestId('coverage-cell');
    await expect(cells).toHaveCount(3);
    await expect(panel.getByTestId('coverage-grid')).toContainText(L.island);
    await expect(panel).not.toContainText(RAW);
    await panel.locator('[data-testid="coverage-cell"][data-row="guangzhou-laboratory"]').click();
    const detail = panel.getByTestId('coverage-cell-detail');
    await expect(detail).toContainText(L.lab);
    await detail.getByTestId('coverage-quote').first().click();
    await expect(page.getByTestId('source-viewer').locator('mark')).toContainText('广州实验室');
    await detail.getByTestId('coverage-cell-show').click();
    await expect
      .poll(async () => Object.keys(await positions(page)))
      .toEqual(expect.arrayContaining(['guangzhou-laboratory', 'bio-island']));
    const svg = await downloaded(page, panel.getByTestId('coverage-svg'));
    expect(svg).toContain('<svg');
    expect(svg).toContain(L.island);
    expect(svg).toContain(L.lang === 'zh' ? '来源：黄埔区' : 'Source: Huangpu District');
    const csv = await downloaded(page, panel.getByTestId('insights-csv'));
    expect(csv).toContain(L.island);
  });

  test(`communities put their members on the canvas (${L.lang})`, async ({ page }) => {
    const panel = await openInsights(page, L.lang, 'communities');
    const first = panel.getByTestId('insight-row').first();
    await expect(first).toBeVisible();
    const members = await first.locator('.insight-members').textContent();
    expect(members?.length).toBeGreaterThan(0);
    // The largest community's members, as the API ranks them, are the ones that reach the canvas.
    const res = await page.request.post('/graphql', {
      data: { query: '{ communities(limit: 1) { members(limit: 12) { id } } }' },
    });
    const expected = (
      (await res.json()) as { data: { communities: { members: { id: string }[] }[] } }
    ).data.communities[0]!.members.map((m) => m.id);
    expect(expected.length).toBeGreaterThan(1);
    await first.click();
    await expect.poll(async () => Object.keys(await positions(page))).toEqual(expect.arrayContaining(expected));
  });

  test(`what the plan says: hits by section open the source at the sentence (${L.lang})`, async ({ page }) => {
    const panel = await openInsights(page, L.lang, 'mentions');
    await panel.getByTestId('mentions-input').fill('广州实验室');
    await panel.getByTestId('mentions-submit').click();
    const inPlan = readFileSync(PLAN_TEXT_FILE, 'utf8').split('广州实验室').length - 1;
    await expect(panel.getByTestId('mentions-total')).toContainText(
      L.lang === 'zh' ? `原文共出现 ${inPlan} 次` : `${inPlan} occurrences`,
    );
    await expect(panel.getByTestId('mention-section').first()).toBeVisible();
    const hit = panel.getByTestId('mention-hit').first();
    await expect(hit.locator('mark')).toHaveText('广州实验室');
    const sentence = (await hit.textContent())!;
    await hit.click();
    await expect(page.getByTestId('source-viewer').locator('mark')).toHaveText(sentence);
  });
}

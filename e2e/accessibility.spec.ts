/** axe-core in Chromium on the explorer's main views, in both languages: no serious or critical violations. */
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { openView } from './helpers.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/** Serious and critical violations on the page as it is now, one line each (rule, help, where). */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: Violation[] }> } })
      .axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const lang of ['zh', 'en'] as const) {
  const langQuery = lang === 'en' ? '&lang=en' : '';

  test(`explorer with a selected node and its details (${lang})`, async ({ page }) => {
    await openView(page, `n=guangzhou-laboratory,bio-island&s=n~guangzhou-laboratory${langQuery}`, 2);
    await expect(page.getByTestId('details-panel').locator('h2')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test(`each side panel (${lang})`, async ({ page }) => {
    await openView(page, `n=guangzhou-laboratory${langQuery}`, 1);
    for (const [tab, panel] of [
      ['outline', 'outline-panel'],
      ['paths', 'paths-panel'],
      ['trace', 'trace-panel'],
      ['indicators', 'indicators-panel'],
    ] as const) {
      await page.getByTestId(`tab-${tab}`).click();
      await expect(page.getByTestId(panel)).toBeVisible();
      expect(await seriousViolations(page), tab).toEqual([]);
    }
  });

  test(`the first view with its example questions (${lang})`, async ({ page }) => {
    await page.goto(`/?testHooks=1${langQuery}`);
    await expect(page.getByTestId('examples')).toBeVisible({ timeout: 45_000 });
    expect(await seriousViolations(page)).toEqual([]);
  });

  test(`source viewer and shortcut help (${lang})`, async ({ page }) => {
    await openView(page, `n=guangzhou-laboratory&s=n~guangzhou-laboratory${langQuery}`, 1);
    await page.getByTestId('details-panel').getByTestId('provenance-quote').first().click();
    await expect(page.getByTestId('source-viewer')).toBeVisible();
    expect(await seriousViolations(page), 'source viewer').toEqual([]);
    await page.keyboard.press('Escape');
    await page.locator('body').press('?');
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await seriousViolations(page), 'help').toEqual([]);
  });
}

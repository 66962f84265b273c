import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser.ts';

// The README's screenshots (docs/img) come from the full dataset (scripts in docs/explorer.md); this run only
// checks that a screenshot of the fixture view can be taken.
const SCREENSHOT = join(tmpdir(), 'plangraph-e2e-explorer.png');

describe('explorer', () => {
  const browser = useBrowser();
  const baseUrl = inject('baseUrl');

  const nodeCount = async () =>
    Number(await browser().page.getByTestId('graph-canvas').getAttribute('data-node-count'));

  it('loads the page', async () => {
    const { page } = browser();
    await page.goto(baseUrl);
    await page.getByTestId('search-input').waitFor();
    await page.getByTestId('graph-canvas').waitFor();
    expect(await page.title()).toContain('规划');
  });

  it('finds 广州实验室 and puts its neighbourhood on the canvas', async () => {
    const { page } = browser();
    await page.getByTestId('search-input').fill('广州实验室');
    const hit = page.getByTestId('search-hit').filter({ hasText: '广州实验室' }).first();
    await hit.waitFor();
    await hit.click();
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid="graph-canvas"]')?.getAttribute('data-node-count')) > 1,
    );
    expect(await nodeCount()).toBeGreaterThan(0);
    expect(Number(await page.getByTestId('graph-canvas').getAttribute('data-edge-count'))).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('details-panel').textContent()).toContain('广州实验室');
  });

  it('opens the source text of a provenance quote', async () => {
    const { page } = browser();
    await page.getByTestId('details-panel').getByTestId('provenance-quote').first().click();
    const viewer = page.getByTestId('source-viewer');
    await viewer.locator('mark').waitFor();
    const marked = await viewer.locator('mark').textContent();
    expect(marked?.length).toBeGreaterThan(5);
    expect(await viewer.textContent()).toContain('广州实验室');
  });

  it('switches the details to English', async () => {
    const { page } = browser();
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.getByTestId('details-panel').locator('h2').textContent()).toBe('Guangzhou Laboratory');
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.getByTestId('details-panel').locator('h2').textContent()).toBe('广州实验室');
  });

  it('takes a screenshot', async () => {
    const { page } = browser();
    await page.getByTestId('source-viewer').getByRole('button', { name: '关闭' }).click();
    // Several neighbourhoods make a fuller picture; the laboratory is chosen last so it ends up selected.
    for (const [text, name] of [
      ['知识城', '中新广州知识城'],
      ['集成电路', '集成电路'],
      ['高新技术企业', '高新技术企业数量'],
      ['广州实验室', '广州实验室'],
    ] as const) {
      await page.getByTestId('search-input').fill(text);
      const hit = page.getByTestId('search-hit').filter({ hasText: name }).first();
      await hit.waitFor();
      await hit.click();
      await expect.poll(() => page.getByTestId('details-panel').locator('h2').textContent()).toBe(name);
    }
    await page.waitForTimeout(800);
    await page.getByTestId('fit-button').click();
    await page.evaluate(() => document.fonts.ready);
    // Let the animations settle.
    await page.waitForTimeout(1500);
    await page.screenshot({ path: SCREENSHOT });
    // Glyphs, not tofu: the self-hosted face is loaded for the Chinese text.
    expect(await page.evaluate(() => document.fonts.check('14px "Noto Sans SC"', '广州实验室'))).toBe(true);
  });
});

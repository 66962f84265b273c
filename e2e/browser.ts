/** Launches Debian's Chromium through playwright-core with a fresh profile that is removed on close. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

import { CHROMIUM, CHROMIUM_ARGS } from '../scripts/chromium.ts';

export { CHROMIUM };

export type Browser = { context: BrowserContext; page: Page; close(): Promise<void> };

export async function launch(viewport = { width: 1440, height: 900 }): Promise<Browser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'plangraph-e2e-chromium-'));
  // A persistent context is how playwright takes a --user-data-dir of our choosing.
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    locale: 'zh-CN',
    args: CHROMIUM_ARGS,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** True for the test server and anything else on this machine. */
export function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

/** One browser for the calling spec file, launched before its tests and closed after them; call inside `describe`. */
export function useBrowser(viewport?: { width: number; height: number }): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch(viewport);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not running');
    return browser;
  };
}

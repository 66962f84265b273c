/** Launches Debian's Chromium through playwright-core with a fresh profile that is removed on close. */
import { afterAll, beforeAll } from 'vitest';

import { launchChromium, type ChromiumSession } from '../scripts/chromium.ts';

export type Browser = ChromiumSession;

export function launch(viewport = { width: 1440, height: 900 }): Promise<Browser> {
  return launchChromium({ profilePrefix: 'plangraph-e2e-chromium-', viewport, locale: 'zh-CN' });
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

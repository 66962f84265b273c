/** Debian's Chromium, as the e2e tests, the export CLI, the benchmarks and the screenshot script launch it. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless, no sandbox (we run as root), and none of Chromium's own network traffic (this machine has no network). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export type ChromiumSession = { context: BrowserContext; page: Page; close: () => Promise<void> };

export type LaunchOptions = {
  /** Prefix of the throwaway profile directory, e.g. "plangraph-e2e-chromium-". */
  profilePrefix: string;
  viewport?: { width: number; height: number };
  locale?: string;
  timezoneId?: string;
  deviceScaleFactor?: number;
  /** Flags on top of CHROMIUM_ARGS. */
  extraArgs?: string[];
};

/** Chromium with a fresh profile, removed on close (or when the launch fails). */
export async function launchChromium(options: LaunchOptions): Promise<ChromiumSession> {
  const userDataDir = mkdtempSync(join(tmpdir(), options.profilePrefix));
  const removeProfile = () => rmSync(userDataDir, { recursive: true, force: true });
  let context: BrowserContext;
  try {
    // A persistent context is how playwright takes a --user-data-dir of our choosing.
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: options.viewport ?? { width: 1440, height: 900 },
      deviceScaleFactor: options.deviceScaleFactor,
      locale: options.locale ?? 'zh-CN',
      timezoneId: options.timezoneId,
      args: [...CHROMIUM_ARGS, ...(options.extraArgs ?? [])],
    });
  } catch (e) {
    removeProfile();
    throw e;
  }
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      removeProfile();
    },
  };
}

/**
 * End-to-end tests (`npm run test:e2e`): e2e/*.spec.ts in Debian's Chromium, against the app and an embedded Neo4j
 * holding the fixture graph, both started by test/e2e-global-setup.ts. Every test opens its own page in a fresh
 * context and builds its view from a URL, so any one of them runs alone: `npx playwright test -g "<name>"`.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './scripts/chromium.ts';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '*.spec.ts',
  globalSetup: './test/e2e-global-setup.ts',
  // One app and one Neo4j for the whole run, on two shared cores: tests take turns.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  outputDir: 'test-results/e2e',
  // scripts/test.sh adds the JSON reporter for its closing count.
  reporter: 'list',
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    // The trace (DOM snapshots, network, console) of a failed test: `npx playwright show-trace <file>`.
    trace: { mode: 'retain-on-failure', screenshots: false },
    screenshot: 'only-on-failure',
  },
});

/**
 * The example deck's pictures in docs/img: chosen pages of an offline HTML deck (`npm run export -- --story …
 * --format html`), as a reader sees them, 1280 × 720, as JPEG.
 *
 *   npm run export -- --story docs/examples/briefing.story.json --format html --out /tmp/briefing.html
 *   npx tsx scripts/story-pictures.ts /tmp/briefing.html 3 4 5
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium } from './chromium.ts';

const [deck, ...pages] = process.argv.slice(2);
if (!deck || pages.length === 0) {
  console.error('usage: npx tsx scripts/story-pictures.ts <deck.html> <page number> [<page number> …]');
  process.exit(2);
}
// JPEG at high quality: a dense slide stays under 200 KB where a PNG of it does not, and the text stays crisp.
const out = (page: string) => fileURLToPath(new URL(`../docs/img/story-page-${page}.jpg`, import.meta.url));

const browser = await launchChromium({
  profilePrefix: 'plangraph-story-pictures-',
  viewport: { width: 1280, height: 720 },
  deviceScaleFactor: 1,
});
try {
  const { page } = browser;
  await page.goto(pathToFileURL(resolve(deck)).href);
  await page.evaluate(() => document.fonts.ready);
  for (const n of pages) {
    // Home, then the arrow key: as a reader steps through the deck.
    await page.keyboard.press('Home');
    for (let i = 1; i < Number(n); i++) await page.keyboard.press('ArrowRight');
    await page.waitForFunction((hash) => location.hash === hash, `#${n}`);
    await page.screenshot({ path: out(n), type: 'jpeg', quality: 90 });
    console.log(`wrote ${out(n)} (${Math.round(statSync(out(n)).size / 1024)} KB)`);
  }
} finally {
  await browser.close();
}

/**
 * Stories: a deck of a trace, a path and a neighbourhood (fixture graph) exported from the Story panel and from the
 * CLI as PPTX, PDF and HTML — page counts, relationship names as text, answer views drawn as answer views, no
 * overlapping labels, the footer's size, file names — and the CLI's answers to bad stories.
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { JSDOM } from 'jsdom';
import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';
import { PDFParse } from 'pdf-parse';
import { PLAN_TITLE, REL_PHRASES } from '@plangraph/shared';
import { overlappingPairs } from '../client/src/features/export/placement.ts';
import type {} from '../client/src/features/story/automation.ts';
import type {} from '../client/src/features/export/automation.ts';
import { expect, test } from './fixtures.ts';
import { canvas, linkContent, positions, waitForSettled } from './helpers.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const run = promisify(execFile);

const TRACE = 'trace=guangzhou-laboratory&dir=up';
const PATH = 'from=zhong-nanshan&to=human-cell-lineage-facility&path=1';
const NEIGHBOURHOOD =
  'n=guangzhou-laboratory,zhong-nanshan,box-3,bio-island,bioisland-laboratory,' +
  'cas-guangzhou-institute-of-biomedicine-and-health';
const TITLE = '生物医药简报';
const DATE = '2026-12-01';
const STORY = {
  title: TITLE,
  subtitle: '测试用故事',
  lang: 'zh',
  slides: [
    { title: '谁支撑广州实验室', caption: '上游追溯。', view: `?${TRACE}` },
    // A whole link: its query string is what counts.
    { title: '从钟南山到人类细胞谱系装置', caption: '第一条路径。', view: `http://localhost:4000/?${PATH}` },
    { title: '广州实验室的邻域', caption: '一度邻域。', view: `?${NEIGHBOURHOOD}` },
  ],
};
/** The relationship names those three views draw: 位于 and 依托 (trace), 牵头 (path). */
const REL_NAMES = [REL_PHRASES.LOCATED_IN.zh, REL_PHRASES.BACKED_BY.zh, REL_PHRASES.LEADS.zh];

async function pptxSlides(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  return Promise.all(names.map((n) => zip.file(n)!.async('string')));
}

async function pdfPages(bytes: Buffer): Promise<{ count: number; text: string }> {
  const count = (await PDFDocument.load(new Uint8Array(bytes))).getPageCount();
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  const text = (await parser.getText()).text.replace(/\s+/g, '');
  await parser.destroy();
  return { count, text };
}

function htmlSections(bytes: Buffer): Document {
  return new JSDOM(bytes.toString('utf8')).window.document;
}

/** Checks a deck of STORY in each format: a title page, one page per view, a closing sources page. */
async function expectDeck(format: 'pptx' | 'pdf' | 'html', bytes: Buffer): Promise<void> {
  const pages = STORY.slides.length + 2;
  if (format === 'pptx') {
    const slides = await pptxSlides(bytes);
    expect(slides).toHaveLength(pages);
    expect(slides[0]).toContain(TITLE);
    STORY.slides.forEach((s, i) => expect(slides[i + 1]).toContain(s.title));
    expect(slides.at(-1)).toContain('资料来源');
  } else if (format === 'pdf') {
    const { count, text } = await pdfPages(bytes);
    expect(count).toBe(pages);
    expect(text).toContain(TITLE);
    expect(text).toContain(PLAN_TITLE.zh);
    // Node labels and relationship names are real text on the pages.
    expect(text).toContain('广州实验室');
    for (const name of REL_NAMES) expect(text).toContain(name);
  } else {
    const doc = htmlSections(bytes);
    expect(doc.querySelectorAll('section')).toHaveLength(pages);
    expect(doc.querySelectorAll('section img[src^="data:image/png;base64,"]')).toHaveLength(STORY.slides.length);
    for (const s of STORY.slides) expect(doc.body.textContent).toContain(s.caption);
  }
}

async function cli(args: string[]): Promise<{ stderr: string; code: number }> {
  try {
    const { stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/export.ts', ...args], {
      cwd: ROOT,
      timeout: 240_000,
    });
    return { stderr, code: 0 };
  } catch (e) {
    const err = e as { stderr: string; code: number };
    return { stderr: err.stderr, code: err.code };
  }
}

/** Opens an answer link in the explorer and returns the nodes its answer view shows, once laid out. */
async function answerNodes(page: Page, query: string, panel: string): Promise<string[]> {
  await page.goto(`/?testHooks=1&${query}`);
  await expect(page.getByTestId(panel)).toBeVisible();
  await expect
    .poll(async () => Number(await canvas(page).getAttribute('data-node-count')), { timeout: 60_000 })
    .toBeGreaterThan(2);
  await waitForSettled(page);
  return Object.keys(await positions(page)).sort();
}

test('the CLI exports a trace, a path and a neighbourhood as PPTX, PDF and HTML named by title and date', async ({
  baseURL,
}, testInfo) => {
  test.setTimeout(600_000);
  const file = testInfo.outputPath('talk.story.json');
  writeFileSync(file, JSON.stringify(STORY));
  for (const format of ['pptx', 'pdf', 'html'] as const) {
    const out = testInfo.outputPath(`talk.${format}`);
    const { stderr, code } = await cli([
      '--url',
      baseURL!,
      '--story',
      file,
      '--format',
      format,
      '--date',
      DATE,
      '--out',
      out,
    ]);
    expect(code, stderr).toBe(0);
    expect(stderr).not.toContain('warning');
    expect(stderr).toContain(`${STORY.slides.length} views, ${STORY.slides.length + 2} pages`);
    expect(stderr).toContain(`suggested name ${TITLE}-${DATE}.${format}`);
    await expectDeck(format, readFileSync(out));
  }
});

test('the deck draws traces and paths as their answer views, labels apart, the footer legible', async ({ page }) => {
  test.setTimeout(240_000);
  const traced = await answerNodes(page, TRACE, 'trace-panel');
  const chain = await answerNodes(page, PATH, 'paths-panel');
  await page.goto('/?testHooks=1');
  await page.waitForFunction(() => Boolean(window.__plangraphStory));
  const out = await page.evaluate(([story, date]) => window.__plangraphStory!.render(story, { format: 'pdf', date }), [
    STORY,
    DATE,
  ] as const);
  expect(out.warnings).toEqual([]);
  expect(out.pages).toBe(STORY.slides.length + 2);
  expect(out.filename).toBe(`${TITLE}-${DATE}.pdf`);
  const [trace, path, hood] = out.slides;
  expect(out.slides.map((s) => s.kind)).toEqual(['trace', 'paths', 'view']);
  // The same nodes as the answer views in the explorer, laid out as they are: upstream to the left of the
  // traced laboratory, the path's chain starting on the left at its first end.
  expect(Object.keys(trace!.labelBoxes).sort()).toEqual(traced);
  const cx = (b: { x: number; w: number }) => b.x + b.w / 2;
  expect(cx(trace!.labelBoxes['bio-island']!)).toBeLessThan(cx(trace!.labelBoxes['guangzhou-laboratory']!));
  expect(Object.keys(path!.labelBoxes).sort()).toEqual(chain);
  const left = Math.min(...Object.values(path!.labelBoxes).map(cx));
  expect(cx(path!.labelBoxes['zhong-nanshan']!)).toBe(left);
  expect(Object.keys(hood!.labelBoxes)).toHaveLength(6);
  for (const slide of out.slides) {
    // Relationship names drawn, and no label (node or relationship) over another.
    expect(slide.edgeLabels.length).toBeGreaterThan(0);
    for (const name of slide.edgeLabels) expect(Object.values(REL_PHRASES).map((p) => p.zh)).toContain(name);
    const boxes = {
      ...slide.labelBoxes,
      ...Object.fromEntries(Object.entries(slide.edgeLabelBoxes).map(([id, b]) => [`edge:${id}`, b])),
    };
    expect(overlappingPairs(boxes)).toEqual([]);
    // The footer: one or two lines, on a 960-wide page at least what 14 px is on a 1920 × 1080 picture.
    expect(slide.footer.lines.length).toBeGreaterThanOrEqual(1);
    expect(slide.footer.lines.length).toBeLessThanOrEqual(2);
    expect(slide.footer.lines[0]).toContain(PLAN_TITLE.zh);
    expect(slide.footer.size * (1920 / 960)).toBeGreaterThanOrEqual(14);
  }
  expect(path!.edgeLabels).toContain(REL_PHRASES.LEADS.zh);
});

test('a view whose canvas draws fewer nodes than its graph holds (a hidden label) is drawn, not waited on', async ({
  page,
}) => {
  // Answer views that fold ranks into group nodes, and views that hide a label, draw fewer nodes than they load:
  // the deck waits for the canvas to take the view, not for a node count.
  await page.goto('/?testHooks=1');
  await page.waitForFunction(() => Boolean(window.__plangraphStory));
  const story = { title: TITLE, slides: [{ title: '不含人物', caption: '', view: `?${NEIGHBOURHOOD}&h=Person` }] };
  const out = await page.evaluate(([s, date]) => window.__plangraphStory!.render(s, { format: 'html', date }), [
    story,
    DATE,
  ] as const);
  expect(out.warnings).toEqual([]);
  const drawn = Object.keys(out.slides[0]!.labelBoxes);
  expect(drawn).toContain('guangzhou-laboratory');
  expect(drawn).not.toContain('zhong-nanshan');
  expect(drawn).toHaveLength(5);
});

for (const [name, query, relation] of [
  ['trace', TRACE, REL_PHRASES.LOCATED_IN.zh],
  ['path', PATH, REL_PHRASES.LEADS.zh],
] as const) {
  test(`a ${name} view's 1920 × 1080 SVG names its relationships as text, with a two-line 14 px footer`, async ({
    page,
  }) => {
    await answerNodes(page, query, name === 'trace' ? 'trace-panel' : 'paths-panel');
    await page.evaluate(() => document.fonts.ready);
    const out = await page.evaluate(() =>
      window.__plangraphExport!.export({ format: 'svg', size: { width: 1920, height: 1080 } }),
    );
    const doc = new JSDOM('').window.document;
    const svg = new doc.defaultView!.DOMParser().parseFromString(
      Buffer.from(out.base64, 'base64').toString('utf8'),
      'image/svg+xml',
    );
    const texts = [...svg.getElementsByTagName('text')];
    const edgeTexts = texts.filter((t) => t.hasAttribute('data-edge')).map((t) => t.textContent);
    expect(edgeTexts.length).toBeGreaterThan(0);
    expect(edgeTexts).toContain(relation);
    // The footer starts with the source line and runs to the bottom.
    const first = texts.find((t) => t.textContent?.startsWith('来源'))!;
    expect(first).toBeDefined();
    const footer = texts.filter(
      (t) =>
        Number(t.getAttribute('y')) >= Number(first.getAttribute('y')) &&
        t.getAttribute('font-size') === first.getAttribute('font-size') &&
        !t.hasAttribute('data-node') &&
        !t.hasAttribute('data-edge'),
    );
    expect(footer.length).toBeLessThanOrEqual(2);
    expect(Number(first.getAttribute('font-size'))).toBeGreaterThanOrEqual(14);
    expect(footer.map((t) => t.textContent).join('')).toMatch(/\[1\]/);
  });
}

test('the Story panel collects a trace, a path and a neighbourhood and exports the deck in three formats', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const add = async (query: string, panel: string | null) => {
    await page.goto(`/?testHooks=1&${query}`);
    if (panel) await expect(page.getByTestId(panel)).toBeVisible();
    await expect
      .poll(async () => Number(await canvas(page).getAttribute('data-node-count')), { timeout: 60_000 })
      .toBeGreaterThan(2);
    await waitForSettled(page);
    if (!(await page.getByTestId('story-panel').isVisible())) await page.getByTestId('tab-story').click();
    await page.getByTestId('story-add').click();
  };
  await add(TRACE, 'trace-panel');
  await add(PATH, 'paths-panel');
  await add(NEIGHBOURHOOD, null);
  const panel = page.getByTestId('story-panel');
  await expect(panel.getByTestId('story-slide')).toHaveCount(3);
  await panel.getByTestId('story-title').fill(TITLE);
  // The slides are the links of what was shown: the trace and the path as answer links.
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('plangraph.story')!) as typeof STORY);
  expect(new URLSearchParams(stored.slides[0]!.view).get('trace')).toBe('guangzhou-laboratory');
  expect(new URLSearchParams(stored.slides[1]!.view).get('from')).toBe('zhong-nanshan');
  expect(new URLSearchParams(stored.slides[1]!.view).get('path')).toBe('1');
  // The neighbourhood as the compact share link of the nodes that were on the canvas.
  const shown = linkContent(new URL(stored.slides[2]!.view, 'http://app/').href);
  expect([...(shown?.ids ?? [])].sort()).toEqual(NEIGHBOURHOOD.slice(2).split(',').sort());
  // Slide captions as the deck's captions.
  const captions = panel.getByRole('textbox', { name: /说明|Caption/ });
  for (let i = 0; i < STORY.slides.length; i++) await captions.nth(i).fill(STORY.slides[i]!.caption);
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  for (const format of ['pptx', 'pdf', 'html'] as const) {
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 200_000 }),
      panel.getByTestId(`story-export-${format}`).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${TITLE}-${today}.${format}`);
    const file = test.info().outputPath(download.suggestedFilename());
    await download.saveAs(file);
    const bytes = readFileSync(file);
    if (format === 'pptx') {
      const slides = await pptxSlides(bytes);
      expect(slides).toHaveLength(STORY.slides.length + 2);
      expect(slides[0]).toContain(TITLE);
    } else if (format === 'pdf') {
      const { count, text } = await pdfPages(bytes);
      expect(count).toBe(STORY.slides.length + 2);
      for (const name of REL_NAMES) expect(text).toContain(name);
    } else {
      const doc = htmlSections(bytes);
      expect(doc.querySelectorAll('section')).toHaveLength(STORY.slides.length + 2);
      for (const s of STORY.slides) expect(doc.body.textContent).toContain(s.caption);
    }
    // The panel stays open through the export and reports it without warnings.
    await expect(panel.getByTestId('story-status')).toContainText(`${TITLE}-${today}.${format}`);
    await expect(panel.getByTestId('story-status')).not.toContainText('未找到');
  }
});

test('the CLI exports a story with unknown nodes with a warning per slide, and refuses empty and long stories', async ({
  baseURL,
}, testInfo) => {
  test.setTimeout(300_000);
  const write = (name: string, story: unknown) => {
    const file = testInfo.outputPath(name);
    writeFileSync(file, JSON.stringify(story));
    return file;
  };
  const slide = (title: string, view: string) => ({ title, caption: '', view });
  const bad = write('bad.story.json', {
    title: TITLE,
    lang: 'en',
    slides: [
      slide('Partly known', `?n=guangzhou-laboratory,bio-island,no-such-node`),
      slide('Nothing known', '?n=no-such-node,nor-this-one'),
      slide('A trace of nothing', '?trace=no-such-node&dir=up'),
      slide('Known', `?${NEIGHBOURHOOD}`),
    ],
  });
  const out = testInfo.outputPath('bad.pptx');
  const { stderr, code } = await cli(['--url', baseURL!, '--story', bad, '--format', 'pptx', '--out', out]);
  expect(code, stderr).toBe(0);
  expect(stderr).toContain('warning: slide 1 "Partly known": 1 node(s) not found (no-such-node)');
  expect(stderr).toContain('warning: slide 2 "Nothing known": 2 node(s) not found (no-such-node, nor-this-one)');
  expect(stderr).toContain('warning: slide 2 "Nothing known": the view is empty');
  expect(stderr).toMatch(/warning: slide 3 "A trace of nothing": /);
  expect(stderr).not.toContain('slide 4');
  const slides = await pptxSlides(readFileSync(out));
  expect(slides).toHaveLength(6);
  // The known nodes are drawn (as a picture) and the slide says what was missing in its notes.
  const zip = await JSZip.loadAsync(readFileSync(out));
  const notes = await zip.file('ppt/notesSlides/notesSlide2.xml')!.async('string');
  expect(notes).toContain('no-such-node');

  const empty = write('empty.story.json', { title: TITLE, slides: [] });
  const refusedEmpty = await cli(['--story', empty, '--out', testInfo.outputPath('e.pptx')]);
  expect(refusedEmpty.code).toBe(2);
  expect(refusedEmpty.stderr).toContain('"slides" is empty');

  const long = write('long.story.json', {
    title: TITLE,
    slides: Array.from({ length: 51 }, (_, i) => slide(`v${i}`, `?n=v${i}`)),
  });
  const refusedLong = await cli(['--story', long, '--out', testInfo.outputPath('l.pptx')]);
  expect(refusedLong.code).toBe(2);
  expect(refusedLong.stderr).toContain('51 slides; at most 50 are allowed');
});

/**
 * Exports from the dialog (PNG size and ink, glyphs not tofu, SVG/PDF/PPTX/GraphML contents) and the headless CLI's
 * determinism, against the e2e server (fixture graph).
 */
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { JSDOM } from 'jsdom';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { PDFParse } from 'pdf-parse';
import { PLAN_TITLE } from '@plangraph/shared';
import { expect, test } from './fixtures.ts';
import { canvas, openView } from './helpers.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The laboratory and its five neighbours in the fixture graph. */
const LAB_VIEW =
  'n=guangzhou-laboratory,zhong-nanshan,box-3,bio-island,bioisland-laboratory,' +
  'cas-guangzhou-institute-of-biomedicine-and-health&s=n~guangzhou-laboratory';
const TITLE = '导出测试标题';
const run = promisify(execFile);

function parseXml(xml: string, type: 'application/xml' | 'image/svg+xml') {
  const { DOMParser } = new JSDOM('').window;
  const doc = new DOMParser().parseFromString(xml, type);
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

/** Pixels that differ from the background (any visible colour when transparent). */
function inkCount(png: PNG, bg: [number, number, number] | null): number {
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b, a] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!, png.data[i + 3]!];
    if (bg === null ? a > 16 : a > 16 && Math.abs(r - bg[0]) + Math.abs(g - bg[1]) + Math.abs(b - bg[2]) > 30) n++;
  }
  return n;
}

/** Opens the dialog, sets the options and returns the downloaded file. */
async function exportFromDialog(page: Page, format: string, extra: Record<string, string> = {}): Promise<Buffer> {
  const dialog = page.getByTestId('export-dialog');
  if (!(await dialog.isVisible())) await page.getByTestId('export-button').click();
  await dialog.getByTestId('export-format').selectOption(format);
  for (const [testId, value] of Object.entries(extra)) {
    const el = dialog.getByTestId(testId);
    if ((await el.evaluate((e) => e.tagName)) === 'SELECT') await el.selectOption(value);
    else await el.fill(value);
  }
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('export-download').click()]);
  const path = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(path);
  return readFileSync(path);
}

test.describe('export dialog', () => {
  test.beforeEach(async ({ page }) => {
    await openView(page, LAB_VIEW, 6);
    await page.evaluate(() => document.fonts.ready);
  });
  test('exports a PNG of the requested pixel size that is not blank', async ({ page }) => {
    const bytes = await exportFromDialog(page, 'png', { 'export-size': '1920x1080', 'export-title': TITLE });
    const png = PNG.sync.read(bytes);
    expect([png.width, png.height]).toEqual([1920, 1080]);
    const ink = inkCount(png, [255, 255, 255]);
    expect(ink / (png.width * png.height)).toBeGreaterThan(0.01);
    // Transparent background: the corners are see-through, the graph is not.
    const clear = PNG.sync.read(
      await exportFromDialog(page, 'png', { 'export-size': 'scale-1', 'export-background': 'transparent' }),
    );
    expect(clear.data[3]).toBe(0);
    expect(inkCount(clear, null)).toBeGreaterThan(1000);
  });

  test('draws Chinese labels as glyphs, not tofu boxes', async ({ page }) => {
    const out = await page.evaluate(() => window.__plangraphExport!.export({ format: 'png', scale: 3 }));
    const png = PNG.sync.read(Buffer.from(out.base64, 'base64'));
    const box = out.labelBoxes!['guangzhou-laboratory']!;
    const k = out.pixelRatio!;
    const [x0, y0, w, h] = [box.x * k, box.y * k, box.w * k, box.h * k].map(Math.round) as [
      number,
      number,
      number,
      number,
    ];
    const dark = (x: number, y: number) => {
      const i = (png.width * y + x) * 4;
      return png.data[i]! + png.data[i + 1]! + png.data[i + 2]! < 3 * 140;
    };
    // Five characters, five cells of one em each across the label.
    const cells: boolean[][] = [];
    const cw = w / 5;
    for (let c = 0; c < 5; c++) {
      const cell: boolean[] = [];
      for (let y = y0; y < y0 + h; y++)
        for (let x = Math.round(x0 + c * cw); x < Math.round(x0 + (c + 1) * cw); x++) cell.push(dark(x, y));
      cells.push(cell);
    }
    const ink = cells.map((cell) => cell.filter(Boolean).length);
    for (const n of ink) expect(n).toBeGreaterThan(20);
    // A missing glyph is the same box five times; glyphs differ from one another.
    for (let a = 0; a < 5; a++)
      for (let b = a + 1; b < 5; b++) {
        const n = Math.min(cells[a]!.length, cells[b]!.length);
        let diff = 0;
        for (let i = 0; i < n; i++) if (cells[a]![i] !== cells[b]![i]) diff++;
        expect(diff / Math.max(ink[a]!, ink[b]!)).toBeGreaterThan(0.3);
      }
    // And more than a box's outline: some row crosses at least three strokes in one character.
    let maxRuns = 0;
    for (let y = y0; y < y0 + h; y++) {
      let runs = 0;
      for (let x = x0 + 1; x < x0 + w; x++) if (dark(x, y) && !dark(x - 1, y)) runs++;
      maxRuns = Math.max(maxRuns, runs);
    }
    expect(maxRuns).toBeGreaterThan(10);
  });

  test('exports SVG with <text> labels and an embedded font subset', async ({ page }) => {
    const svg = (await exportFromDialog(page, 'svg', { 'export-title': TITLE })).toString('utf8');
    const doc = parseXml(svg, 'image/svg+xml');
    const texts = [...doc.getElementsByTagName('text')].map((t) => t.textContent);
    expect(texts).toContain('广州实验室');
    expect(texts).toContain(TITLE);
    const css = doc.getElementsByTagName('style')[0]?.textContent ?? '';
    expect(css).toMatch(
      /@font-face\{font-family:'PG Noto Sans SC';font-weight:400;[^}]*src:url\(data:font\/otf;base64,/,
    );
    // A subset: far smaller than Noto Sans SC's ~10 MB.
    expect(svg.length).toBeLessThan(1_000_000);
  });

  test('exports a PDF with the title and the sources as text', async ({ page }) => {
    const bytes = await exportFromDialog(page, 'pdf', { 'export-page': 'a4-landscape', 'export-title': TITLE });
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const parser = new PDFParse({ data: new Uint8Array(bytes) });
    const text = (await parser.getText()).text.replace(/\s+/g, '');
    await parser.destroy();
    expect(text).toContain(TITLE);
    expect(text).toContain(PLAN_TITLE.zh);
    expect(text).toContain('广州实验室');
    expect(text).toMatch(/\[1\]/);
  });

  test('exports a PPTX slide with the title, and the sources in the notes', async ({ page }) => {
    const zip = await JSZip.loadAsync(await exportFromDialog(page, 'pptx', { 'export-title': TITLE }));
    const slide = await zip.file('ppt/slides/slide1.xml')!.async('string');
    expect(slide).toContain(TITLE);
    expect(slide).toContain('机构');
    expect(Object.keys(zip.files).some((f) => f.startsWith('ppt/media/'))).toBe(true);
    const notesFile = Object.keys(zip.files).find((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f))!;
    const notes = await zip.file(notesFile)!.async('string');
    expect(notes).toContain(PLAN_TITLE.zh);
    expect(notes).toMatch(/\[1\] /);
    parseXml(notes, 'application/xml');
  });

  test('exports valid GraphML and the CSV pair', async ({ page }) => {
    const xml = (await exportFromDialog(page, 'graphml')).toString('utf8');
    const doc = parseXml(xml, 'application/xml');
    const root = doc.documentElement;
    expect(root.localName).toBe('graphml');
    expect(root.namespaceURI).toBe('http://graphml.graphdrawing.org/xmlns');
    const kids = [...root.children].map((c) => c.localName);
    expect(kids.lastIndexOf('key')).toBeLessThan(kids.indexOf('graph'));
    const keys = new Set([...doc.getElementsByTagName('key')].map((k) => k.getAttribute('id')));
    for (const d of doc.getElementsByTagName('data')) expect(keys).toContain(d.getAttribute('key'));
    const nodes = new Set([...doc.getElementsByTagName('node')].map((n) => n.getAttribute('id')));
    const count = Number(await canvas(page).getAttribute('data-node-count'));
    expect(count).toBe(6);
    expect(nodes.size).toBe(count);
    for (const e of doc.getElementsByTagName('edge')) {
      expect(nodes).toContain(e.getAttribute('source'));
      expect(nodes).toContain(e.getAttribute('target'));
    }
    const zip = await JSZip.loadAsync(await exportFromDialog(page, 'csv'));
    const csv = await zip.file('nodes.csv')!.async('string');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(count + 1);
    expect(await zip.file('edges.csv')!.async('string')).toMatch(/^\ufeff?id,type,source,target/);
  });
});

test.describe('export CLI', () => {
  const cli = async (baseURL: string, format: string, out: string) => {
    await run(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/export.ts',
        '--url',
        baseURL,
        '--focus',
        '广州实验室',
        '--depth',
        '1',
        '--format',
        format,
        '--out',
        out,
      ],
      { cwd: ROOT, timeout: 70_000 },
    );
    return readFileSync(out);
  };
  for (const format of ['png', 'svg', 'json', 'graphml', 'csv']) {
    test(`gives the same ${format} bytes twice`, async ({ baseURL }, testInfo) => {
      test.setTimeout(150_000);
      const a = await cli(baseURL!, format, testInfo.outputPath(`a.${format}`));
      const b = await cli(baseURL!, format, testInfo.outputPath(`b.${format}`));
      expect(a.equals(b)).toBe(true);
      // And the bytes are the focused view in that format.
      if (format === 'png') expect(inkCount(PNG.sync.read(a), [255, 255, 255])).toBeGreaterThan(1000);
      else if (format === 'csv')
        expect(await (await JSZip.loadAsync(a)).file('nodes.csv')!.async('string')).toContain('guangzhou-laboratory');
      else expect(a.toString('utf8')).toMatch(format === 'svg' ? '广州实验室' : 'guangzhou-laboratory');
    });
  }

  test("stops at once, in the app's own words, when the app answers its page with an error", async () => {
    const testInfo = test.info();
    // An app whose explorer is not built answers 503 with a sentence saying so.
    const server = createServer((_req, res) => {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('The explorer is not built yet: run `npm run build -w client`.');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    try {
      const failed = await cli(`http://127.0.0.1:${port}`, 'png', testInfo.outputPath('never.png')).then(
        () => null,
        (e: { code?: number; stderr?: string }) => e,
      );
      expect(failed?.code).toBe(1);
      expect(failed?.stderr).toContain(`answered 503: The explorer is not built yet`);
      expect(failed?.stderr).not.toMatch(/\n\s+at /);
    } finally {
      server.close();
    }
  });
});

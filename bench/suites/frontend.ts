/**
 * (5) Front end: time to render and lay out synthetic views of 500, 2,000 and 5,000 elements with the canvas
 * renderer and with the WebGL renderer (forced through the test hooks; the explorer itself picks WebGL above 800
 * elements), measured in the page; interaction latency (pan, zoom, select) on views of the same sizes with the
 * renderer the explorer picks; and the explorer's JavaScript at first load (gzip), with its lazy chunks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import type { Renderer } from '../../client/src/cytoscape/index.ts';
import { syntheticGraph } from '../../client/src/graph/synthetic.ts';
import type {} from '../../client/src/app/testHooks.ts';
import type {} from '../../client/src/features/export/automation.ts';
import { ensureClientBuilt, launchBrowser } from '../lib/browser.ts';
import { benchLog } from '../lib/env.ts';
import { median, round } from '../lib/stats.ts';
import type { Suite } from '../lib/suite.ts';

const DIST = fileURLToPath(new URL('../../client/dist/', import.meta.url));
const ELEMENTS = [500, 2_000, 5_000];
const RENDERERS: Renderer[] = ['canvas', 'webgl'];

/** The smallest synthetic graph (the test hook's generator) with at least `elements` nodes + edges. */
export function syntheticSize(elements: number): { nodes: number; edges: number } {
  let nodes = Math.floor(elements / 2.2);
  for (;;) {
    const g = syntheticGraph(nodes);
    if (g.nodes.length + g.edges.length >= elements) return { nodes, edges: g.edges.length };
    nodes += 1;
  }
}

type RenderSample = { layoutMs: number; firstFrameMs: number; renderer: string | null; webglCanvases: number };

export async function openIdle(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/?testHooks=1&n=knowledge-city`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => {
    const c = document.querySelector('[data-testid="graph-canvas"]');
    return (
      Boolean(window.__plangraph) &&
      Number(c?.getAttribute('data-node-count')) > 0 &&
      c?.getAttribute('data-layout-busy') === 'false'
    );
  });
  // The fit animation after the initial layout: settled() says when no layout or viewport animation is running.
  await page.waitForFunction(() => window.__plangraph!.settled());
}

/** In the page: performance.now() at loadSynthetic, at layoutstop, and at the frame after it. */
async function renderOnce(page: Page, url: string, nodes: number, renderer: Renderer): Promise<RenderSample> {
  await openIdle(page, url);
  const t = await page.evaluate(
    ({ nodes, renderer }) =>
      new Promise<{ layoutMs: number; firstFrameMs: number }>((resolve, reject) => {
        const hooks = window.__plangraph!;
        const timer = setTimeout(() => reject(new Error('no layoutstop within 240 s')), 240_000);
        let t0 = 0;
        const off = hooks.onLayoutStop(() => {
          const stopped = performance.now();
          off();
          // The second callback runs once the frame drawn after layoutstop has been produced.
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              clearTimeout(timer);
              resolve({ layoutMs: stopped - t0, firstFrameMs: performance.now() - t0 });
            }),
          );
        });
        t0 = performance.now();
        hooks.loadSynthetic(nodes, { renderer });
      }),
    { nodes, renderer },
  );
  const canvas = page.getByTestId('graph-canvas');
  const count = Number(await canvas.getAttribute('data-node-count'));
  if (count !== nodes) throw new Error(`expected ${nodes} nodes on the canvas, found ${count}`);
  return {
    ...t,
    renderer: await canvas.getAttribute('data-renderer'),
    webglCanvases: await page.locator('[data-testid="graph-canvas"] canvas[data-id$="-webgl"]').count(),
  };
}

type InteractionSample = { panMs: number; zoomMs: number; selectMs: number; renderer: string | null };

/** Resolves after the frame following everything queued so far has been produced. */
export const nextFrames = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/**
 * Pan (a drag of ten mouse steps), zoom (five wheel notches) and select (a click on a node), each timed from the
 * first input event to the frame after the last, with real input through the browser. The view is the size the
 * explorer shows as is (canvas renderer up to 800 elements, WebGL above).
 */
export async function interactOnce(page: Page, url: string, nodes: number): Promise<InteractionSample> {
  await openIdle(page, url);
  await page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        const hooks = window.__plangraph!;
        const off = hooks.onLayoutStop(() => {
          off();
          resolve();
        });
        hooks.loadSynthetic(n);
      }),
    nodes,
  );
  // The fit animation after the layout, then a quiet frame.
  await page.waitForFunction(() => window.__plangraph!.settled());
  await nextFrames(page);
  const box = (await page.getByTestId('graph-canvas').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  let t0 = Date.now();
  await page.mouse.move(cx + 5, cy + 5);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(cx + 5 + i * 12, cy + 5 + i * 6);
  await page.mouse.up();
  await nextFrames(page);
  const panMs = Date.now() - t0;
  t0 = Date.now();
  for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -120);
  await nextFrames(page);
  const zoomMs = Date.now() - t0;
  // A node drawn inside the canvas, found through the hooks.
  const target = await page.evaluate(
    ({ left, top, right, bottom }) => {
      const hooks = window.__plangraph!;
      for (const id of Object.keys(hooks.positions())) {
        const p = hooks.clientPosition(id);
        if (p && p.x > left + 20 && p.x < right - 20 && p.y > top + 20 && p.y < bottom - 20) return p;
      }
      return null;
    },
    { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height },
  );
  if (!target) throw new Error('no node inside the canvas to select');
  t0 = Date.now();
  await page.mouse.click(target.x, target.y);
  await nextFrames(page);
  const selectMs = Date.now() - t0;
  return { panMs, zoomMs, selectMs, renderer: await page.getByTestId('graph-canvas').getAttribute('data-renderer') };
}

type Script = { file: string; bytes: number; gzipBytes: number };

function script(file: string): Script {
  const buf = readFileSync(join(DIST, file));
  return { file, bytes: buf.length, gzipBytes: gzipSync(buf).length };
}

const total = (scripts: Script[]) => ({
  files: scripts.length,
  bytes: scripts.reduce((s, x) => s + x.bytes, 0),
  gzipBytes: scripts.reduce((s, x) => s + x.gzipBytes, 0),
});

/**
 * JavaScript files the page requests (by path under client/dist), and a wait for the app's own requests to settle:
 * Playwright's 'networkidle' counts every connection and can wait forever.
 */
function recordScripts(page: Page, url: string) {
  const seen = new Set<string>();
  const origin = new URL(url).origin;
  let inflight = 0;
  let last = Date.now();
  page.on('request', (req) => {
    const u = new URL(req.url());
    if (u.origin !== origin) return;
    inflight += 1;
    last = Date.now();
    if (u.pathname.endsWith('.js')) seen.add(u.pathname.replace(/^\//, ''));
  });
  const done = (req: { url(): string }) => {
    if (new URL(req.url()).origin !== origin) return;
    inflight = Math.max(0, inflight - 1);
    last = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  const settled = async (quietMs = 1_000, timeoutMs = 60_000) => {
    const started = Date.now();
    while (inflight > 0 || Date.now() - last < quietMs) {
      if (Date.now() - started > timeoutMs) {
        benchLog(`requests still in flight after ${timeoutMs} ms: ${inflight}`);
        return;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  return { seen, settled };
}

async function bundleSizes(url: string) {
  const browser = await launchBrowser();
  try {
    const { page } = browser;
    const { seen, settled } = recordScripts(page, url);
    const take = () => {
      const now = [...seen];
      seen.clear();
      return now.sort().map(script);
    };
    // First load of / with an empty cache: everything until the network is idle and the first view is drawn.
    await page.goto(`${url}/`, { waitUntil: 'load' });
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid="graph-canvas"]')?.getAttribute('data-node-count')) > 0,
    );
    await settled();
    const initial = take();
    const known = new Set(initial.map((s) => s.file));
    const fresh = () => take().filter((s) => !known.has(s.file) && (known.add(s.file), true));
    // Export: the dialog, then every picture format through the dialog's code (PNG, SVG, PDF, PPTX).
    await page.getByTestId('export-button').click();
    await settled();
    for (const format of ['svg', 'png', 'pdf', 'pptx'] as const)
      await page.evaluate((f) => window.__plangraphExport!.export({ format: f }).then(() => undefined), format);
    await settled();
    const exportChunks = fresh();
    // GraphiQL (with Monaco and its workers).
    await page.goto(`${url}/graphiql`, { waitUntil: 'domcontentloaded' });
    await page.locator('.graphiql-query-editor .monaco-editor').first().waitFor({ timeout: 60_000 });
    await settled();
    const graphiqlChunks = fresh();
    const assets = readdirSync(join(DIST, 'assets'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => `assets/${f}`);
    const other = assets.filter((f) => !known.has(f)).map(script);
    return { initial, exportChunks, graphiqlChunks, other };
  } finally {
    await browser.close();
  }
}

export const frontendSuite: Suite = {
  name: 'frontend',
  description: 'render + layout time, canvas vs WebGL, 500/2,000/5,000 elements; JS size at first load (gzip)',
  async run(ctx) {
    ensureClientBuilt();
    const env = await ctx.plan();
    const reps = ctx.quick ? 1 : 3;

    const sizes = await bundleSizes(env.url);
    const kb = (b: number) => round(b / 1024, 1);
    const group = (name: string, scripts: Script[], extra: Record<string, unknown> = {}) => {
      const t = total(scripts);
      ctx.emit({
        suite: 'frontend',
        name,
        ...extra,
        files: t.files,
        kb: kb(t.bytes),
        gzipKb: kb(t.gzipBytes),
        chunks: scripts.map((s) => ({ file: s.file, kb: kb(s.bytes), gzipKb: kb(s.gzipBytes) })),
      });
    };
    group('js-first-load', sizes.initial, { what: 'JS files requested on first load of / (gzip: zlib level 6)' });
    group('js-lazy-export', sizes.exportChunks, { what: 'loaded on opening the export dialog and exporting' });
    group('js-lazy-graphiql', sizes.graphiqlChunks, { what: 'loaded by /graphiql (GraphiQL, Monaco, workers)' });
    if (sizes.other.length > 0) group('js-lazy-other', sizes.other, { what: 'built but not requested above' });

    const browser = await launchBrowser();
    try {
      for (const elements of ELEMENTS) {
        const { nodes, edges } = syntheticSize(elements);
        const samples = new Map<Renderer, RenderSample[]>(RENDERERS.map((r) => [r, []]));
        for (let rep = 0; rep < reps; rep++) {
          // Alternate which renderer goes first.
          for (const renderer of rep % 2 ? [...RENDERERS].reverse() : RENDERERS) {
            const s = await renderOnce(browser.page, env.url, nodes, renderer);
            if (s.renderer !== renderer) throw new Error(`asked for ${renderer}, the canvas used ${s.renderer}`);
            if (renderer === 'webgl' && s.webglCanvases !== 1) throw new Error('no WebGL canvas');
            benchLog(
              `${elements} elements, ${renderer}: layout ${round(s.layoutMs, 0)} ms, frame ${round(s.firstFrameMs, 0)} ms`,
            );
            samples.get(renderer)!.push(s);
          }
        }
        const med = (r: Renderer, k: 'layoutMs' | 'firstFrameMs') => round(median(samples.get(r)!.map((s) => s[k])), 1);
        for (const renderer of RENDERERS) {
          ctx.emit({
            suite: 'frontend',
            name: `render-${elements}-${renderer}`,
            renderer,
            elements: nodes + edges,
            nodes,
            edges,
            reps,
            layoutMedianMs: med(renderer, 'layoutMs'),
            firstFrameMedianMs: med(renderer, 'firstFrameMs'),
            samplesMs: samples.get(renderer)!.map((s) => round(s.firstFrameMs, 1)),
          });
        }
        ctx.emit({
          suite: 'frontend',
          name: `render-${elements}-ratio`,
          elements: nodes + edges,
          // How many times longer the canvas renderer takes than WebGL, load → first frame after layoutstop.
          ratioCanvasToWebgl: round(med('canvas', 'firstFrameMs') / med('webgl', 'firstFrameMs'), 2),
        });
      }
      for (const elements of ELEMENTS) {
        const { nodes, edges } = syntheticSize(elements);
        const samples: InteractionSample[] = [];
        for (let rep = 0; rep < reps; rep++) samples.push(await interactOnce(browser.page, env.url, nodes));
        const med = (k: 'panMs' | 'zoomMs' | 'selectMs') => round(median(samples.map((s) => s[k])), 0);
        benchLog(
          `${elements} elements: pan ${med('panMs')} ms, zoom ${med('zoomMs')} ms, select ${med('selectMs')} ms`,
        );
        ctx.emit({
          suite: 'frontend',
          name: `interaction-${elements}`,
          renderer: samples[0]!.renderer,
          elements: nodes + edges,
          nodes,
          edges,
          reps,
          panMedianMs: med('panMs'),
          zoomMedianMs: med('zoomMs'),
          selectMedianMs: med('selectMs'),
        });
      }
    } finally {
      await browser.close();
    }
  },
};

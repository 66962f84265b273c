/**
 * (10) Rendering against peers: the same synthetic elements at the same fixed positions (no layout, so only drawing
 * is compared) in the explorer, in a bare Cytoscape page created from the explorer's own `cy.json()` (same renderer,
 * stylesheet and viewport options) and in a bare sigma.js + graphology page (same positions, sizes and colours). Time
 * to the first frame, and frame times while panning and zooming with real input, at 500 / 2,000 / 5,000 / 20,000
 * elements; the three pages alternate.
 */
import type { Page } from 'playwright-core';
import { syntheticGraph } from '../../client/src/graph/synthetic.ts';
import type {} from '../../client/src/app/testHooks.ts';
import type {} from '../pages/cytoscape.ts';
import type { SigmaScene } from '../pages/sigma.ts';
import { serveBarePages, serveExplorer } from '../lib/bare-pages.ts';
import { ensureClientBuilt, launchBrowser } from '../lib/browser.ts';
import { benchLog } from '../lib/env.ts';
import { frameTimes, ratio, spiralPositions } from '../lib/frames.ts';
import { median, round } from '../lib/stats.ts';
import type { Suite } from '../lib/suite.ts';
import { nextFrames, syntheticSize } from './frontend.ts';

const ELEMENTS = [500, 2_000, 5_000, 20_000];
const PEERS = ['explorer', 'bareCytoscape', 'sigma'] as const;
type Peer = (typeof PEERS)[number];
type Sample = { firstFrameMs: number; frameMedianMs: number; frameP95Ms: number; frames: number };
type Size = { width: number; height: number };
/** The explorer's `cy.json()`, handed to the bare Cytoscape page as it is. */
type CyJson = Record<string, unknown>;

declare global {
  interface Window {
    __frames?: { times: number[]; on: boolean };
  }
}

/**
 * Pans (a drag of 20 mouse steps) and zooms (ten wheel notches in, ten out, over the drawing's centre) with real
 * input, recording every animation frame's timestamp in the page meanwhile.
 */
async function panAndZoom(page: Page, selector: string): Promise<Omit<Sample, 'firstFrameMs'>> {
  const box = (await page.locator(selector).boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  // A string, not a function: tsx would wrap a named inner function in a helper the page does not have.
  await page.evaluate(`{
    const rec = (window.__frames = { times: [], on: true });
    const tick = (t) => {
      if (!rec.on) return;
      rec.times.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }`);
  // The drag starts in the top-left corner, which the fitted drawing (a disc) leaves empty: a drag that starts on a
  // node moves the node instead of the view.
  const x0 = box.x + 16;
  const y0 = box.y + 16;
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  for (let i = 1; i <= 20; i++) await page.mouse.move(x0 + i * 8, y0 + i * 4);
  await page.mouse.up();
  await page.mouse.move(cx, cy);
  for (let i = 0; i < 10; i++) await page.mouse.wheel(0, -120);
  for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 120);
  await nextFrames(page);
  const times = await page.evaluate(() => {
    window.__frames!.on = false;
    return window.__frames!.times;
  });
  const f = frameTimes(times);
  return { frames: f.frames, frameMedianMs: f.medianMs, frameP95Ms: f.p95Ms };
}

/**
 * The explorer, through its test hooks: the synthetic graph, built in the page beforehand as the bare pages get their
 * elements built, placed at `positions` instead of laid out. The clock starts once the explorer has finished starting
 * up (its first-view request answered, fonts in, the canvas settled), as the bare pages start with nothing to do.
 */
async function explorerOnce(
  page: Page,
  url: string,
  nodes: number,
  positions: Record<string, { x: number; y: number }>,
) {
  await page.goto(`${url}/?testHooks=1`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(
    () => Boolean(window.__plangraph) && document.querySelector('[data-testid="graph-canvas"]'),
  );
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => window.__plangraph!.settled() && document.fonts.status === 'loaded');
  await nextFrames(page);
  const firstFrameMs = await page.evaluate(
    ({ nodes, positions }) =>
      new Promise<number>((resolve, reject) => {
        const hooks = window.__plangraph!;
        const graph = hooks.syntheticGraph(nodes);
        const timer = setTimeout(() => reject(new Error('no layoutstop within 240 s')), 240_000);
        const off = hooks.onLayoutStop(() => {
          off();
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              clearTimeout(timer);
              resolve(performance.now() - t0);
            }),
          );
        });
        const t0 = performance.now();
        hooks.loadGraph(graph, { positions });
      }),
    { nodes, positions },
  );
  const canvas = page.getByTestId('graph-canvas');
  const count = Number(await canvas.getAttribute('data-node-count'));
  if (count !== nodes) throw new Error(`expected ${nodes} nodes on the canvas, found ${count}`);
  // The fit after the placement, then a quiet frame: the gesture starts on the final view.
  await page.waitForFunction(() => window.__plangraph!.settled());
  await nextFrames(page);
  const box = (await canvas.boundingBox())!;
  const json = (await page.evaluate(() => window.__plangraph!.cytoscapeJson())) as CyJson;
  const renderer = (await canvas.getAttribute('data-renderer')) ?? 'unknown';
  const moved = await panAndZoom(page, '[data-testid="graph-canvas"]');
  return { sample: { firstFrameMs, ...moved }, json, renderer, size: { width: box.width, height: box.height } };
}

async function bareCytoscapeOnce(page: Page, pages: string, json: CyJson, size: Size) {
  await page.goto(`${pages}/cytoscape.html`);
  await page.waitForFunction(() => Boolean(window.bareCytoscape));
  const firstFrameMs = await page.evaluate(({ json, size }) => window.bareCytoscape!.draw(json as never, size), {
    json,
    size,
  });
  await nextFrames(page);
  const sample: Sample = { firstFrameMs, ...(await panAndZoom(page, '#graph')) };
  return { sample, page };
}

async function sigmaOnce(page: Page, pages: string, scene: SigmaScene, size: Size): Promise<Sample> {
  await page.goto(`${pages}/sigma.html`);
  await page.waitForFunction(() => Boolean(window.bareSigma));
  const firstFrameMs = await page.evaluate(({ scene, size }) => window.bareSigma!.draw(scene, size), { scene, size });
  const drawn = await page.locator('#graph canvas').count();
  if (drawn === 0) throw new Error('sigma.js drew no canvas');
  await nextFrames(page);
  return { firstFrameMs, ...(await panAndZoom(page, '#graph')) };
}

const summary = (samples: Sample[]) => ({
  firstFrameMedianMs: round(median(samples.map((s) => s.firstFrameMs)), 1),
  frameMedianMs: round(median(samples.map((s) => s.frameMedianMs)), 1),
  frameP95Ms: round(median(samples.map((s) => s.frameP95Ms)), 1),
  frames: samples.map((s) => s.frames),
});

export const peersSuite: Suite = {
  name: 'peers',
  description: 'drawing the same fixed elements: explorer vs bare Cytoscape vs sigma.js, 500 to 20,000 elements',
  async run(ctx) {
    ensureClientBuilt();
    const explorer = await serveExplorer();
    const pages = await serveBarePages();
    const browser = await launchBrowser();
    const reps = ctx.quick ? 1 : 3;
    try {
      const { page } = browser;
      for (const elements of ELEMENTS) {
        const { nodes, edges } = syntheticSize(elements);
        const positions = spiralPositions(syntheticGraph(nodes).nodes.map((n) => n.id));
        const samples = new Map<Peer, Sample[]>(PEERS.map((p) => [p, []]));
        let json: CyJson | null = null;
        let scene: SigmaScene | null = null;
        let renderer = 'unknown';
        let size: Size = { width: 0, height: 0 };
        for (let rep = 0; rep < reps; rep++) {
          // The explorer first in each round: it provides the drawing the bare pages recreate; then the order turns.
          const order: Peer[] = rep % 2 ? ['explorer', 'sigma', 'bareCytoscape'] : [...PEERS];
          for (const peer of order) {
            if (peer === 'explorer') {
              const r = await explorerOnce(page, explorer.url, nodes, positions);
              json ??= r.json;
              renderer = r.renderer;
              size = r.size;
              samples.get(peer)!.push(r.sample);
            } else if (peer === 'bareCytoscape') {
              const r = await bareCytoscapeOnce(page, pages.url, json!, size);
              scene ??= await r.page.evaluate(
                (o) => window.bareCytoscape!.sigmaScene(o),
                // What the explorer's view mode draws: every label in the canvas mode, edges hidden mid-gesture in
                // the large-view mode.
                { labels: renderer === 'canvas', hideEdgesOnMove: json!.hideEdgesOnViewport === true },
              );
              samples.get(peer)!.push(r.sample);
            } else {
              if (!scene) throw new Error('the sigma.js scene comes from the bare Cytoscape page, which has not drawn');
              samples.get(peer)!.push(await sigmaOnce(page, pages.url, scene, size));
            }
            const s = samples.get(peer)!.at(-1)!;
            benchLog(
              `${elements} elements, ${peer}: first frame ${round(s.firstFrameMs, 0)} ms, frames ${s.frameMedianMs} ms (p95 ${s.frameP95Ms})`,
            );
          }
        }
        const [ex, cy, sg] = PEERS.map((p) => summary(samples.get(p)!));
        const toCy = {
          firstFrame: ratio(ex!.firstFrameMedianMs, cy!.firstFrameMedianMs),
          frame: ratio(ex!.frameMedianMs, cy!.frameMedianMs),
        };
        ctx.emit({
          suite: 'peers',
          name: `render-${elements}-${renderer}`,
          elements: nodes + edges,
          nodes,
          edges,
          renderer,
          viewport: size,
          reps,
          explorer: ex,
          bareCytoscape: cy,
          sigma: sg,
          // How many times longer the explorer takes than each peer: to the first frame, and per frame mid-gesture.
          ratioToBareCytoscape: toCy,
          ratioToSigma: {
            firstFrame: ratio(ex!.firstFrameMedianMs, sg!.firstFrameMedianMs),
            frame: ratio(ex!.frameMedianMs, sg!.frameMedianMs),
          },
          bareCytoscapeToSigma: {
            firstFrame: ratio(cy!.firstFrameMedianMs, sg!.firstFrameMedianMs),
            frame: ratio(cy!.frameMedianMs, sg!.frameMedianMs),
          },
          target: 1.2,
          withinTarget: toCy.firstFrame <= 1.2 && toCy.frame <= 1.2,
        });
      }
    } finally {
      await browser.close();
      await pages.close();
      await explorer.close();
    }
  },
};

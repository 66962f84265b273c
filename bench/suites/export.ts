/**
 * (6) Export: time and peak memory of a PNG at 4× and an SVG of a 300-node view of the plan graph, run in the page
 * through the export dialog's code (window.__plangraphExport, as `npm run export` drives it). The PNG's baseline is
 * Cytoscape's own `cy.png({ scale: 4, full: true })` of the same drawn view (no title, legend or footer).
 */
import { CURATED_REL_TYPES } from '@plangraph/shared';
import type { ExportSettings } from '../../client/src/features/export/run.ts';
import type {} from '../../client/src/features/export/automation.ts';
import { chromiumRss, ensureClientBuilt, launchBrowser, mb, sampleMax } from '../lib/browser.ts';
import { benchLog } from '../lib/env.ts';
import { median, round } from '../lib/stats.ts';
import type { Suite } from '../lib/suite.ts';

const VIEW_NODES = 300;
/** Hubs whose depth-2 neighbourhood over the curated relationships holds at least 300 nodes. */
const FOCUS_CANDIDATES = ['huangpu-district', 'plan-14th-fyp-sti'];

const FORMATS: { name: string; settings: Partial<ExportSettings> }[] = [
  { name: 'svg', settings: { format: 'svg' } },
  { name: 'png-4x', settings: { format: 'png', scale: 4 } },
];

type Run = {
  exportMs: number;
  wallMs: number;
  bytes: number;
  width?: number;
  height?: number;
  heapBaseline: number;
  heapPeak: number;
  heapSamples: number;
  rendererRssBaseline: number;
  rendererRssPeak: number;
  chromiumRssPeak: number;
  uaMemoryBytes: number | null;
};

export const exportSuite: Suite = {
  name: 'export',
  description: 'PNG 4× and SVG export of a 300-node view: time and peak memory in Chromium',
  async run(ctx) {
    ensureClientBuilt();
    const env = await ctx.plan();
    const reps = ctx.quick ? 1 : 3;
    let focus: string | undefined;
    for (const id of FOCUS_CANDIDATES) {
      const d = (await env.gql(
        'query($id: ID!, $types: [String!], $limit: Int) { neighborhood(ids: [$id], depth: 2, limit: $limit, relationshipTypes: $types) { nodes { id } } }',
        { id, types: [...CURATED_REL_TYPES], limit: VIEW_NODES },
      )) as { neighborhood: { nodes: unknown[] } };
      if (d.neighborhood.nodes.length >= VIEW_NODES) {
        focus = id;
        break;
      }
    }
    if (!focus) throw new Error(`no candidate hub has ${VIEW_NODES} nodes within depth 2`);

    const browser = await launchBrowser();
    try {
      const { page } = browser;
      page.on('crash', () => benchLog('the page crashed'));
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const jsHeap = async () => {
        const { metrics } = await cdp.send('Performance.getMetrics');
        return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
      };
      await page.goto(`${env.url}/?testHooks=1`, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction(() => Boolean(window.__plangraphExport));
      const loaded = await page.evaluate(
        (focus) => window.__plangraphExport!.load({ focus, depth: 2, language: 'zh', layout: 'fcose', limit: 300 }),
        focus,
      );
      if (loaded.nodes < VIEW_NODES) throw new Error(`loaded ${loaded.nodes} nodes, not ${VIEW_NODES}`);
      benchLog(`export view: ${loaded.name} depth 2, ${loaded.nodes} nodes, ${loaded.edges} edges`);
      const uaMemory = await page.evaluate(
        () =>
          typeof (performance as { measureUserAgentSpecificMemory?: unknown }).measureUserAgentSpecificMemory ===
            'function' && self.crossOriginIsolated,
      );

      // The baseline: Cytoscape's own PNG of the same view, one unmeasured warm-up, then as many runs as the export.
      const bare: { ms: number; width: number; height: number; bytes: number }[] = [];
      for (let rep = -1; rep < reps; rep++) {
        const png = await page.evaluate(() => window.__plangraph!.cytoscapePng({ scale: 4, full: true }));
        if (!png) throw new Error('no canvas to take cy.png of');
        const bytes = Buffer.from(png.base64, 'base64');
        if (rep >= 0)
          bare.push({ ms: png.ms, width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), bytes: bytes.length });
      }
      const bareMedianMs = median(bare.map((b) => b.ms));
      benchLog(`cy.png 4x: ${round(bareMedianMs, 0)} ms, ${bare[0]!.width} × ${bare[0]!.height} px`);

      for (const { name, settings } of FORMATS) {
        const runs: Run[] = [];
        // One unmeasured run loads the export chunks and the font subsets.
        for (let rep = -1; rep < reps; rep++) {
          await cdp.send('HeapProfiler.collectGarbage');
          const heapBaseline = await jsHeap();
          const rssBaseline = chromiumRss();
          const rss = sampleMax(() => chromiumRss().rendererBytes);
          const rssTotal = sampleMax(() => chromiumRss().totalBytes);
          // CDP samples the heap from outside the page as well (the page cannot sample while its thread is busy).
          let sampling = true;
          let cdpPeak = heapBaseline;
          const cdpLoop = (async () => {
            while (sampling) {
              cdpPeak = Math.max(cdpPeak, await jsHeap().catch(() => 0));
              await new Promise((r) => setTimeout(r, 20));
            }
          })();
          const t0 = performance.now();
          const out = await page.evaluate(
            async ({ settings, uaMemory }) => {
              // No named function here: tsx would wrap it in a __name() helper the page does not have.
              type Mem = { memory?: { usedJSHeapSize: number } };
              let peak = (performance as Mem).memory?.usedJSHeapSize ?? 0;
              let samples = 1;
              const timer = setInterval(() => {
                peak = Math.max(peak, (performance as Mem).memory?.usedJSHeapSize ?? 0);
                samples += 1;
              }, 10);
              const res = await window.__plangraphExport!.export(settings);
              clearInterval(timer);
              peak = Math.max(peak, (performance as Mem).memory?.usedJSHeapSize ?? 0);
              let ua: number | null = null;
              if (uaMemory) {
                const m = await (
                  performance as unknown as { measureUserAgentSpecificMemory(): Promise<{ bytes: number }> }
                ).measureUserAgentSpecificMemory();
                ua = m.bytes;
              }
              return {
                ms: res.ms,
                bytes: Math.floor((res.base64.length * 3) / 4),
                width: res.width,
                height: res.height,
                peak,
                samples,
                ua,
              };
            },
            { settings, uaMemory },
          );
          const wallMs = performance.now() - t0;
          sampling = false;
          await cdpLoop;
          const run: Run = {
            exportMs: out.ms,
            wallMs,
            bytes: out.bytes,
            width: out.width,
            height: out.height,
            heapBaseline,
            heapPeak: Math.max(out.peak, cdpPeak),
            heapSamples: out.samples,
            rendererRssBaseline: rssBaseline.rendererBytes,
            rendererRssPeak: rss.stop(),
            chromiumRssPeak: rssTotal.stop(),
            uaMemoryBytes: out.ua,
          };
          benchLog(
            `${name}${rep < 0 ? ' (warm-up)' : ''}: ${round(run.exportMs, 0)} ms, heap peak ${mb(run.heapPeak)} MB, ` +
              `renderer RSS peak ${mb(run.rendererRssPeak)} MB`,
          );
          if (rep >= 0) runs.push(run);
        }
        const med = (k: keyof Run) => median(runs.map((r) => Number(r[k])));
        ctx.emit({
          suite: 'export',
          name,
          view: `${focus}, depth 2, curated relationships`,
          nodes: loaded.nodes,
          edges: loaded.edges,
          reps,
          width: runs[0]!.width,
          height: runs[0]!.height,
          outputKb: round(runs[0]!.bytes / 1024, 1),
          // runExport's own time in the page; wall adds base64 and the round trip to the page.
          exportMedianMs: round(med('exportMs'), 1),
          wallMedianMs: round(med('wallMs'), 1),
          memorySource: uaMemory
            ? 'measureUserAgentSpecificMemory (after) + JS heap sampled'
            : 'JS heap sampled (performance.memory every 10 ms + CDP Performance.getMetrics every 20 ms)',
          jsHeapBaselineMb: mb(med('heapBaseline')),
          jsHeapPeakMedianMb: mb(med('heapPeak')),
          jsHeapPeakIncreaseMedianMb: mb(median(runs.map((r) => r.heapPeak - r.heapBaseline))),
          rendererRssBaselineMb: mb(med('rendererRssBaseline')),
          rendererRssPeakMedianMb: mb(med('rendererRssPeak')),
          chromiumRssPeakMedianMb: mb(med('chromiumRssPeak')),
          ...(uaMemory ? { uaMemoryAfterMedianMb: mb(med('uaMemoryBytes')) } : {}),
          ...(name === 'png-4x'
            ? {
                bareCyPngMedianMs: round(bareMedianMs, 1),
                bareCyPngWidth: bare[0]!.width,
                bareCyPngHeight: bare[0]!.height,
                bareCyPngKb: round(bare[0]!.bytes / 1024, 1),
                // How many times longer the product's PNG (title, legend, footer included) takes than cy.png.
                ratioToBareCyPng: round(med('exportMs') / bareMedianMs, 2),
                target: 1.5,
                withinTarget: med('exportMs') / bareMedianMs <= 1.5,
              }
            : {}),
        });
      }
    } finally {
      await browser.close();
    }
  },
};

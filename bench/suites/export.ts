/**
 * (6) Export: time and peak memory of a PNG at 4× and an SVG of a 300-node view of the plan graph, run in the page
 * through the export dialog's code (window.__plangraphExport, as `npm run export` drives it).
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
      await page.goto(`${env.url}/`, { waitUntil: 'domcontentloaded' });
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

      for (const { name, settings } of FORMATS) {
        const runs: Run[] = [];
        // One unmeasured run loads the export chunks and the font subsets.
        for (let rep = -1; rep < reps; rep++) {
          await cdp.send('HeapProfiler.collectGarbage');
          await page.waitForTimeout(200);
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
        });
      }
    } finally {
      await browser.close();
    }
  },
};

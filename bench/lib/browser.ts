/**
 * Chromium for the front-end suites: Debian's Chromium through playwright-core with the flags the e2e tests and the
 * export CLI use, a fresh profile per launch, and the resident memory of its processes read from /proc.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { launchChromium, type ChromiumSession } from '../../scripts/chromium.ts';
import { buildClientIfStale } from '../../scripts/build-client.ts';
import { benchLog } from './env.ts';

export type BenchBrowser = ChromiumSession;

/** Builds the explorer when its sources are newer than client/dist (as `npm run export` does). */
export function ensureClientBuilt(): void {
  benchLog('building the explorer if its sources changed');
  buildClientIfStale();
}

export async function launchBrowser(): Promise<BenchBrowser> {
  const browser = await launchChromium({
    profilePrefix: 'plangraph-bench-chromium-',
    deviceScaleFactor: 1,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // Unquantised performance.memory, for heap sampling in the page.
    extraArgs: ['--enable-precise-memory-info'],
  });
  browser.page.setDefaultTimeout(300_000);
  return browser;
}

export type Proc = { pid: number; ppid: number; cmdline: string; rssBytes: number };

function readProcs(): Proc[] {
  const out: Proc[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const rssKb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8').replace(/\0/g, ' ');
      out.push({ pid: Number(name), ppid, cmdline, rssBytes: rssKb * 1024 });
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

/** The processes below `root` (children, grandchildren, …), with their resident memory. */
export function processTree(root: number): Proc[] {
  const children = new Map<number, Proc[]>();
  for (const p of readProcs()) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const out: Proc[] = [];
  const walk = (pid: number) => {
    for (const c of children.get(pid) ?? []) {
      out.push(c);
      walk(c.pid);
    }
  };
  walk(root);
  return out;
}

/** RSS of the Chromium processes this process started: all of them, and the renderers alone (bytes). */
export function chromiumRss(): { totalBytes: number; rendererBytes: number } {
  const procs = readProcs();
  const children = new Map<number, Proc[]>();
  for (const p of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const mine: Proc[] = [];
  const walk = (pid: number) => {
    for (const c of children.get(pid) ?? []) {
      mine.push(c);
      walk(c.pid);
    }
  };
  walk(process.pid);
  const chrome = mine.filter((p) => /chrom/i.test(p.cmdline) && !/java/.test(p.cmdline));
  return {
    totalBytes: chrome.reduce((s, p) => s + p.rssBytes, 0),
    rendererBytes: chrome.filter((p) => p.cmdline.includes('--type=renderer')).reduce((s, p) => s + p.rssBytes, 0),
  };
}

/** Samples `read` every `everyMs` until stopped; returns the largest value seen. */
export function sampleMax(read: () => number, everyMs = 20): { stop(): number } {
  let max = read();
  const timer = setInterval(() => {
    max = Math.max(max, read());
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(max, read());
    },
  };
}

export const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

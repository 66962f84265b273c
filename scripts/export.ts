/**
 * Headless exports: `npm run export -- --focus 广州实验室 --depth 1 --format png --out lab.png`.
 * Opens the explorer in Chromium (the app at --url, else the one `npm start` runs on the configured port, else one
 * started here the way `npm start` does), loads the focus subgraph, runs the export dialog's code in the page and
 * writes the file. With --story, every view of a .story.json is drawn in order and written as one PPTX, PDF or
 * HTML deck. See docs/exports.md.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import getPort from 'get-port';
import pRetry from 'p-retry';
import { defaultDataDir, storeIsLocked } from '@plangraph/neo4j-embedded';
import type { ExportAutomation, LoadResult } from '../client/src/features/export/automation.ts';
import type { ExportSettings } from '../client/src/features/export/run.ts';
import type { StoryAutomation } from '../client/src/features/story/automation.ts';
import { parseStory, StoryError, type Story } from '../client/src/features/story/story.ts';
import { launchChromium } from './chromium.ts';
import { buildClientIfStale } from './build-client.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FORMATS = ['png', 'svg', 'pdf', 'pptx', 'json', 'graphml', 'csv'] as const;
const LAYOUTS = ['fcose', 'dagre', 'concentric', 'grid'] as const;
const PAGES = ['a4-landscape', 'a4-portrait', 'a3-landscape', 'a3-portrait', '16:9'] as const;
const DECK_FORMATS = ['pptx', 'pdf', 'html'] as const;
const USAGE = `usage: npm run export -- --focus <id or name> --format <${FORMATS.join('|')}> --out <file>
       npm run export -- --story <file.story.json> --format <${DECK_FORMATS.join('|')}> --out <file>
  --depth <n>            neighbourhood depth around the focus (default 1)
  --lang zh|en           language of labels and texts (default zh)
  --layout <${LAYOUTS.join('|')}>   (default fcose)
  --title <text>         picture title (default: the explorer's title)
  --subtitle <text>      subtitle or date
  --width <px> --height <px> | --scale <1-4>   PNG size (default --scale 2)
  --page <${PAGES.join('|')}>   PDF page (default a4-landscape)
  --background white|transparent|#rrggbb      (default white)
  --no-legend, --no-footer, --no-title
  --limit <n>            most nodes to load (default 400)
  --url <app url>        use a running app instead of starting one
  --verbose              print each step`;

type Options = {
  focus: string;
  /** A parsed story: draw its views as a deck instead of one focus. */
  story: Story | null;
  /** YYYY-MM-DD for file names and title pages (default: today). */
  date: string | undefined;
  depth: number;
  format: (typeof FORMATS)[number] | 'html';
  out: string;
  lang: 'zh' | 'en';
  layout: (typeof LAYOUTS)[number];
  settings: Partial<ExportSettings>;
  limit: number;
  url: string | undefined;
  verbose: boolean;
};

function fail(message: string): never {
  console.error(`export: ${message}\n\n${USAGE}`);
  process.exit(2);
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], name: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) fail(`--${name} must be one of ${allowed.join(', ')}`);
  return value as T;
}

function num(value: string | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max) fail(`--${name} must be a number from ${min} to ${max}`);
  return n;
}

export function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      focus: { type: 'string' },
      story: { type: 'string' },
      date: { type: 'string' },
      depth: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      lang: { type: 'string' },
      layout: { type: 'string' },
      title: { type: 'string' },
      subtitle: { type: 'string' },
      width: { type: 'string' },
      height: { type: 'string' },
      scale: { type: 'string' },
      page: { type: 'string' },
      background: { type: 'string' },
      limit: { type: 'string' },
      url: { type: 'string' },
      'no-legend': { type: 'boolean' },
      'no-footer': { type: 'boolean' },
      'no-title': { type: 'boolean' },
      verbose: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (!values.focus && !values.story) fail('--focus or --story is required');
  if (!values.out) fail('--out is required');
  let story: Story | null = null;
  if (values.story) {
    try {
      story = parseStory(readFileSync(resolve(values.story), 'utf8'));
    } catch (e) {
      if (e instanceof StoryError) fail(`${values.story}: ${e.message}`);
      fail(`cannot read ${values.story}: ${(e as Error).message}`);
    }
    if (values.lang) story = { ...story, lang: oneOf(values.lang, ['zh', 'en'] as const, 'lang', 'zh') };
  }
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) fail('--date must be YYYY-MM-DD');
  const format = story
    ? (oneOf(values.format, DECK_FORMATS, 'format', 'pptx') as (typeof FORMATS)[number] | 'html')
    : oneOf(values.format, FORMATS, 'format', 'png');
  const width = num(values.width, 'width', 16, 16384);
  const height = num(values.height, 'height', 16, 16384);
  if ((width === undefined) !== (height === undefined)) fail('--width and --height go together');
  const background = values.background ?? 'white';
  if (!/^(white|transparent|#[0-9a-f]{3}|#[0-9a-f]{6})$/i.test(background))
    fail('--background: white, transparent or #rrggbb');
  return {
    focus: values.focus ?? '',
    story,
    date: values.date,
    depth: num(values.depth, 'depth', 0, 5) ?? 1,
    format,
    out: resolve(values.out),
    lang: oneOf(values.lang, ['zh', 'en'] as const, 'lang', 'zh'),
    layout: oneOf(values.layout, LAYOUTS, 'layout', 'fcose'),
    limit: num(values.limit, 'limit', 1, 2000) ?? 400,
    url: values.url,
    verbose: Boolean(values.verbose),
    settings: {
      format: format === 'html' ? undefined : format,
      scale: num(values.scale, 'scale', 1, 4) ?? 2,
      size: width !== undefined && height !== undefined ? { width, height } : null,
      page: oneOf(values.page, PAGES, 'page', 'a4-landscape'),
      background,
      title: values.title ?? '',
      subtitle: values.subtitle ?? '',
      showTitle: !values['no-title'],
      legend: !values['no-legend'],
      footer: !values['no-footer'],
    },
  };
}

/** A failure the user can act on: printed as one line, without a stack trace. */
export class ExportError extends Error {}

/** Where `npm start` listens with the current environment (PORT, HOST). */
export function configuredAppUrl(env: NodeJS.ProcessEnv = process.env): string {
  const host = !env.HOST || env.HOST === '0.0.0.0' || env.HOST === '::' ? '127.0.0.1' : env.HOST;
  return `http://${host.includes(':') ? `[${host}]` : host}:${env.PORT || 4000}`;
}

/** True when the explorer's API answers /health at `url` (any other server on that port does not count). */
async function appAnswers(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(3_000) });
    const body = (await res.json()) as { status?: unknown; neo4j?: unknown };
    return res.ok && body.status === 'ok' && body.neo4j === 'up';
  } catch {
    return false;
  }
}

/** The last line the app printed that is not a stack frame: its own one-line reason for stopping. */
export function lastReason(log: string): string {
  const lines = log.split('\n').filter((l) => l.trim() && !/^\s+at /.test(l) && !/^\s*\.\.\. \d+ more/.test(l));
  return lines.at(-1)?.replace(/^\[neo4j\] /, '') ?? '(no output)';
}

/** Starts the app like `npm start` (embedded Neo4j from .data/neo4j, or NEO4J_URI) on a free loopback port. */
async function startApp(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (!process.env.NEO4J_URI && (await storeIsLocked(defaultDataDir()))) {
    throw new ExportError(
      `the Neo4j store in ${defaultDataDir()} is in use by another process, and no explorer answers at ` +
        `${configuredAppUrl()}: pass --url <address of the running app>, or set PORT to the port it listens on`,
    );
  }
  buildClientIfStale((m) => console.error(`export: ${m}`));
  const port = await getPort({ host: '127.0.0.1' });
  const logFile = join(ROOT, '.data', 'export-app.log');
  mkdirSync(dirname(logFile), { recursive: true });
  const logStream = createWriteStream(logFile);
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/start.ts')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(logStream, { end: false });
  child.stderr?.pipe(logStream, { end: false });
  const readLog = async () => {
    await new Promise((r) => logStream.write('', r));
    return readFileSync(logFile, 'utf8');
  };
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGINT');
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(timer);
  };
  // First start may build the launcher and download Neo4j: allow minutes, but stop at once if the app exits.
  const healthy = await pRetry(
    async () => {
      if (!(await appAnswers(url))) throw new Error('not healthy yet');
    },
    { retries: 10_000, factor: 1, minTimeout: 500, maxRetryTime: 600_000, shouldRetry: () => child.exitCode === null },
  ).then(
    () => true,
    () => false,
  );
  if (healthy) return { url, stop };
  if (child.exitCode !== null)
    throw new ExportError(`the app did not start: ${lastReason(await readLog())} (full log: ${logFile})`);
  await stop();
  throw new ExportError(`the app did not become healthy within 10 minutes (full log: ${logFile})`);
}

declare global {
  interface Window {
    __plangraphExport?: ExportAutomation;
    __plangraphStory?: StoryAutomation;
  }
}

/**
 * Opens the explorer at `url` and waits until `ready` holds in the page. A server that answers the page with an
 * error (the client not built, the database down) fails at once with its own words instead of a long wait.
 */
async function openExplorer(page: Page, url: string, ready: () => boolean): Promise<void> {
  const res = await page.goto(url, { waitUntil: 'domcontentloaded' });
  if (res && !res.ok()) {
    const said = (await page.evaluate(() => document.body?.innerText ?? '')).trim().split('\n')[0] ?? '';
    throw new ExportError(`the app at ${url} answered ${res.status()}${said ? `: ${said}` : ''}`);
  }
  await page.waitForFunction(ready, undefined, { timeout: 120_000 });
}

/** Draws every view of a story in order, in one page of the explorer, and returns the deck. */
export async function runStoryCli(
  opts: Options,
): Promise<{ bytes: Buffer; filename: string; pages: number; warnings: string[]; ms: number }> {
  const t0 = Date.now();
  const step = (what: string) => opts.verbose && console.error(`export: [${Date.now() - t0} ms] ${what}`);
  const running =
    opts.url?.replace(/\/$/, '') ?? ((await appAnswers(configuredAppUrl())) ? configuredAppUrl() : undefined);
  const app = running ? { url: running, stop: async () => {} } : await startApp();
  step(`app at ${app.url}`);
  try {
    const { page, close } = await launchChromium({
      profilePrefix: 'plangraph-export-chromium-',
      deviceScaleFactor: 1,
      locale: opts.story!.lang === 'zh' ? 'zh-CN' : 'en-US',
      timezoneId: 'Asia/Shanghai',
    });
    try {
      page.setDefaultTimeout(600_000);
      if (opts.verbose) page.on('console', (m) => step(`page: ${m.text()}`));
      await openExplorer(page, app.url, () => Boolean(window.__plangraphStory));
      step('explorer ready');
      const size = opts.settings.size ?? undefined;
      const out = await page.evaluate(([story, options]) => window.__plangraphStory!.render(story, options), [
        opts.story,
        { format: opts.format as 'pptx' | 'pdf' | 'html', width: size?.width, height: size?.height, date: opts.date },
      ] as const);
      step('deck written');
      return { ...out, bytes: Buffer.from(out.base64, 'base64') };
    } finally {
      await close();
    }
  } finally {
    await app.stop();
  }
}

/** Runs one export; returns the bytes and what was loaded. */
export async function runCli(
  opts: Options,
): Promise<{ bytes: Buffer; loaded: LoadResult; ms: number; fontBytes?: number }> {
  const t0 = Date.now();
  const step = (what: string) => opts.verbose && console.error(`export: [${Date.now() - t0} ms] ${what}`);
  const running =
    opts.url?.replace(/\/$/, '') ?? ((await appAnswers(configuredAppUrl())) ? configuredAppUrl() : undefined);
  const app = running ? { url: running, stop: async () => {} } : await startApp();
  step(`app at ${app.url}`);
  try {
    const { page, close } = await launchChromium({
      profilePrefix: 'plangraph-export-chromium-',
      deviceScaleFactor: 1,
      locale: opts.lang === 'zh' ? 'zh-CN' : 'en-US',
      timezoneId: 'Asia/Shanghai',
    });
    try {
      step('chromium started');
      page.setDefaultTimeout(120_000);
      if (opts.verbose) page.on('console', (m) => step(`page: ${m.text()}`));
      await openExplorer(page, app.url, () => Boolean(window.__plangraphExport));
      step('explorer ready');
      const loaded = await page.evaluate((req) => window.__plangraphExport!.load(req), {
        focus: opts.focus,
        depth: opts.depth,
        language: opts.lang,
        layout: opts.layout,
        limit: opts.limit,
      });
      step(`graph loaded: ${loaded.nodes} nodes`);
      const out = await page.evaluate((s) => window.__plangraphExport!.export(s), opts.settings);
      step('exported');
      return { bytes: Buffer.from(out.base64, 'base64'), loaded, ms: out.ms, fontBytes: out.fontBytes };
    } finally {
      await close();
    }
  } finally {
    await app.stop();
  }
}

async function main() {
  const opts = parseOptions(process.argv.slice(2));
  const started = Date.now();
  if (opts.story) {
    const deck = await runStoryCli(opts);
    mkdirSync(dirname(opts.out), { recursive: true });
    writeFileSync(opts.out, deck.bytes);
    for (const w of deck.warnings) console.error(`export: warning: ${w}`);
    console.error(
      `export: story "${opts.story.title}": ${opts.story.slides.length} views, ${deck.pages} pages → ${opts.out} ` +
        `(${opts.format}, ${deck.bytes.length} bytes, export ${deck.ms} ms, total ${Date.now() - started} ms; ` +
        `suggested name ${deck.filename})`,
    );
    return;
  }
  const { bytes, loaded, ms } = await runCli(opts);
  mkdirSync(dirname(opts.out), { recursive: true });
  writeFileSync(opts.out, bytes);
  console.error(
    `export: ${loaded.name} (${loaded.id}), depth ${opts.depth}: ${loaded.nodes} nodes, ${loaded.edges} edges` +
      `${loaded.truncated ? ' (truncated)' : ''} → ${opts.out} (${opts.format}, ${bytes.length} bytes, ` +
      `export ${ms} ms, total ${Date.now() - started} ms)`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    // Only the first line: the reason, never a stack trace or a JVM's log.
    console.error(`export: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`);
    process.exit(1);
  });
}

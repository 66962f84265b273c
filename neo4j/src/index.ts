/**
 * Embedded Neo4j Community 5.26 in a child JVM (see ../launcher), or an external
 * server when NEO4J_URI is set.
 *
 * The JVM is started from `launcher/target/classes` plus the Maven-resolved classpath
 * (jars stay in ~/.m2); it is built on demand with `mvn compile dependency:build-classpath`.
 * The JVM exits by itself when its stdin reaches EOF, so it cannot outlive this process.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDriver } from './driver.ts';

export { createDriver } from './driver.ts';
export type { DriverOptions, DriverTarget } from './driver.ts';

export type Neo4jConnection = {
  uri: string;
  user: string;
  password: string;
  database?: string;
  embedded: boolean;
  /** PID of the embedded JVM (undefined for an external server). */
  pid?: number;
  stop(): Promise<void>;
};

export type StartEmbeddedOptions = {
  /** Neo4j home: the store goes to `<dataDir>/data`, Neo4j's logs to `<dataDir>/logs`. */
  dataDir: string;
  /** Bolt port on 127.0.0.1; a free port is picked when omitted. */
  port?: number;
  /** Max JVM heap in MiB (default 1024). */
  heapMb?: number;
  /** Page cache in MiB (default 64). */
  pageCacheMb?: number;
  /** Receives progress lines (Maven build output, JVM stderr). Default: process.stderr. */
  log?: (line: string) => void;
};

export type ConnectOptions = {
  dataDir: string;
  log?: (line: string) => void;
};

const here = path.dirname(fileURLToPath(import.meta.url));
const PACKAGE_DIR = path.resolve(here, '..');
const REPO_ROOT = path.resolve(PACKAGE_DIR, '..');
const LAUNCHER_DIR = path.join(PACKAGE_DIR, 'launcher');
const TARGET_DIR = path.join(LAUNCHER_DIR, 'target');
const CLASSES_DIR = path.join(TARGET_DIR, 'classes');
const CLASSPATH_FILE = path.join(TARGET_DIR, 'classpath.txt');
const MAIN_CLASS = 'org.plangraph.EmbeddedNeo4j';
const MAIN_CLASS_FILE = path.join(CLASSES_DIR, ...MAIN_CLASS.split('.')) + '.class';

const READY_TIMEOUT_MS = 180_000;
const STOP_KILL_AFTER_MS = 20_000;
const STDERR_TAIL_LINES = 40;

/** JVM flags (heap added separately); mirrors the relevant parts of Neo4j's default neo4j.conf. */
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+DisableExplicitGC',
  '-XX:+ExitOnOutOfMemoryError',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
];

const defaultLog = (line: string): void => {
  process.stderr.write(`[neo4j] ${line}\n`);
};

/** The app's embedded store: `NEO4J_DATA_DIR`, or `<repo>/.data/neo4j`. */
export function defaultDataDir(): string {
  return process.env.NEO4J_DATA_DIR || path.join(REPO_ROOT, '.data', 'neo4j');
}

/** External server when NEO4J_URI is set, otherwise the embedded one in `opts.dataDir`. */
export async function connectNeo4j(opts: ConnectOptions): Promise<Neo4jConnection> {
  const uri = process.env.NEO4J_URI;
  if (uri) {
    const conn: Neo4jConnection = {
      uri,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      embedded: false,
      stop: async () => {},
    };
    const database = process.env.NEO4J_DATABASE;
    if (database) conn.database = database;
    return conn;
  }
  return startEmbeddedNeo4j(opts.log ? { dataDir: opts.dataDir, log: opts.log } : { dataDir: opts.dataDir });
}

// ---------------------------------------------------------------------------------------------
// Tool discovery

function findOnPath(name: string): string | undefined {
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const dir of dirs) {
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

function requireJava(): string {
  const java = findOnPath('java');
  if (!java) {
    throw new Error(
      'Embedded Neo4j needs Java 17+ but `java` was not found on PATH. ' +
        'Install Java 17+ (apt-get install openjdk-17-jre-headless), ' +
        'or set NEO4J_URI to use an external Neo4j server.',
    );
  }
  const res = spawnSync(java, ['-version'], { encoding: 'utf8', timeout: 30_000 });
  const out = `${res.stderr ?? ''}${res.stdout ?? ''}`;
  const m = /version "(\d+)(?:\.(\d+))?/.exec(out);
  if (m) {
    const major = m[1] === '1' ? Number(m[2]) : Number(m[1]);
    if (major < 17) {
      throw new Error(
        `Embedded Neo4j needs Java 17+ but ${java} is Java ${major}. ` +
          'Install Java 17+ (apt-get install openjdk-17-jre-headless) and put it first on PATH.',
      );
    }
  }
  return java;
}

function requireMaven(): string {
  const mvn = findOnPath('mvn');
  if (!mvn) {
    throw new Error(
      'Embedded Neo4j needs Maven to fetch Neo4j and build its launcher, but `mvn` was not found on PATH. ' +
        'Install Maven (apt-get install maven), or set NEO4J_URI to use an external Neo4j server.',
    );
  }
  return mvn;
}

// ---------------------------------------------------------------------------------------------
// Launcher build

function mtimeMs(p: string): number {
  try {
    return fs.statSync(p).mtimeMs;
  } catch {
    return -1;
  }
}

function newestSourceMtime(): number {
  let newest = mtimeMs(path.join(LAUNCHER_DIR, 'pom.xml'));
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else newest = Math.max(newest, mtimeMs(p));
    }
  };
  const src = path.join(LAUNCHER_DIR, 'src');
  if (fs.existsSync(src)) walk(src);
  return newest;
}

function readClasspath(): string | undefined {
  try {
    const cp = fs.readFileSync(CLASSPATH_FILE, 'utf8').trim();
    if (!cp) return undefined;
    // ~/.m2 may have been wiped since the file was written.
    if (!cp.split(path.delimiter).every((jar) => fs.existsSync(jar))) return undefined;
    return cp;
  } catch {
    return undefined;
  }
}

function launcherIsFresh(): boolean {
  const built = Math.min(mtimeMs(MAIN_CLASS_FILE), mtimeMs(CLASSPATH_FILE));
  return built >= 0 && built >= newestSourceMtime() && readClasspath() !== undefined;
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Cross-process lock (mkdir) so parallel starts (e.g. test files) don't run Maven concurrently. */
async function withBuildLock<T>(log: (line: string) => void, fn: () => Promise<T>): Promise<T> {
  const lockDir = path.join(TARGET_DIR, '.build-lock');
  fs.mkdirSync(TARGET_DIR, { recursive: true });
  let announced = false;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let holder = NaN;
      try {
        holder = Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8'));
      } catch {
        // being created or removed right now
      }
      const age = Date.now() - mtimeMs(lockDir);
      if ((Number.isFinite(holder) && holder > 0 && !pidAlive(holder)) || age > 15 * 60_000) {
        fs.rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      if (!announced) {
        log(`waiting for another process (pid ${holder}) building the Neo4j launcher...`);
        announced = true;
      }
      await sleep(500);
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}

async function ensureLauncherBuilt(log: (line: string) => void): Promise<string> {
  const cached = launcherIsFresh() ? readClasspath() : undefined;
  if (cached) return cached;
  const mvn = requireMaven();
  return withBuildLock(log, async () => {
    if (launcherIsFresh()) return readClasspath()!; // someone else built it while we waited
    const tmpCp = path.join(TARGET_DIR, `classpath.txt.${process.pid}.tmp`);
    log('building the Neo4j launcher with Maven (first run downloads ~150 MB of jars into ~/.m2)...');
    const started = Date.now();
    const args = [
      '-B',
      '-Dstyle.color=never',
      '-f',
      path.join(LAUNCHER_DIR, 'pom.xml'),
      `-Dmdep.outputFile=${tmpCp}`,
      'compile',
      'dependency:build-classpath',
    ];
    const tail: string[] = [];
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(mvn, args, { cwd: LAUNCHER_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
      const onLine = (line: string): void => {
        tail.push(line);
        if (tail.length > STDERR_TAIL_LINES) tail.shift();
        // Show downloads / warnings / errors; skip Maven's per-plugin INFO chatter.
        if (/Download|WARN|ERROR|BUILD|Total time/.test(line)) log(line);
      };
      lines(child.stdout!, onLine);
      lines(child.stderr!, onLine);
      child.on('error', reject);
      child.on('close', resolve);
    });
    if (code !== 0) {
      fs.rmSync(tmpCp, { force: true });
      throw new Error(
        `Building the Neo4j launcher failed (mvn exit code ${code}). Last Maven output:\n${tail.join('\n')}`,
      );
    }
    fs.renameSync(tmpCp, CLASSPATH_FILE);
    // compile may be a no-op for unchanged sources; make freshness checks pass anyway.
    const now = new Date();
    fs.utimesSync(MAIN_CLASS_FILE, now, now);
    fs.utimesSync(CLASSPATH_FILE, now, now);
    log(`Neo4j launcher built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const cp = readClasspath();
    if (!cp) throw new Error(`Maven succeeded but ${CLASSPATH_FILE} is empty or lists missing jars`);
    return cp;
  });
}

// ---------------------------------------------------------------------------------------------
// Process helpers

function lines(stream: NodeJS.ReadableStream, onLine: (line: string) => void): void {
  let buf = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    buf += chunk;
    let i: number;
    while ((i = buf.indexOf('\n')) >= 0) {
      onLine(buf.slice(0, i).replace(/\r$/, ''));
      buf = buf.slice(i + 1);
    }
  });
  stream.on('end', () => {
    if (buf) onLine(buf);
    buf = '';
  });
}

async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => (port ? resolve(port) : reject(new Error('could not determine a free port'))));
    });
  });
}

type Running = { child: ChildProcess; stop: () => Promise<void> };
const running = new Set<Running>();
let handlersInstalled = false;

function installExitHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  // Synchronous last resort: the JVM also exits on stdin EOF, which happens when we die.
  process.on('exit', () => {
    for (const r of running) {
      try {
        r.child.kill('SIGTERM');
      } catch {
        // already gone
      }
    }
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    const handler = (): void => {
      process.removeListener(signal, handler);
      const all = [...running].map((r) => r.stop().catch(() => {}));
      void Promise.race([Promise.all(all), sleep(STOP_KILL_AFTER_MS + 2_000)]).then(() => {
        // Someone else listening (e.g. the server's graceful shutdown) decides when to exit;
        // otherwise re-raise so the process dies with the default signal behaviour.
        if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
      });
    };
    process.on(signal, handler);
  }
}

// ---------------------------------------------------------------------------------------------
// Start

export async function startEmbeddedNeo4j(opts: StartEmbeddedOptions): Promise<Neo4jConnection> {
  const log = opts.log ?? defaultLog;
  const java = requireJava();
  const classpath = await ensureLauncherBuilt(log);

  const dataDir = path.resolve(opts.dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  const port = opts.port ?? (await freeLoopbackPort());
  const heapMb = opts.heapMb ?? 1024;
  const pageCacheMb = opts.pageCacheMb ?? 64;
  const uri = `bolt://127.0.0.1:${port}`;

  const args = [
    `-Xms${Math.min(64, heapMb)}m`,
    `-Xmx${heapMb}m`,
    ...JVM_FLAGS,
    '-cp',
    [CLASSES_DIR, classpath].join(path.delimiter),
    MAIN_CLASS,
    '--home',
    dataDir,
    '--port',
    String(port),
    '--pagecache-mb',
    String(pageCacheMb),
  ];

  const started = Date.now();
  log(`starting embedded Neo4j (store ${dataDir}, ${uri})...`);
  const child = spawn(java, args, { cwd: dataDir, stdio: ['pipe', 'pipe', 'pipe'] });
  const stderrTail: string[] = [];
  let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const exitPromise = new Promise<void>((resolve) => {
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      resolve();
    });
  });
  child.stdin!.on('error', () => {}); // EPIPE when the JVM is gone
  lines(child.stderr!, (line) => {
    stderrTail.push(line);
    if (stderrTail.length > STDERR_TAIL_LINES) stderrTail.shift();
    log(line);
  });

  let stopping: Promise<void> | undefined;
  const entry: Running = {
    child,
    stop: () => {
      stopping ??= (async () => {
        running.delete(entry);
        if (exited) return;
        child.ref();
        child.stdin!.end();
        try {
          child.kill('SIGTERM');
        } catch {
          // already gone
        }
        const timer = setTimeout(() => {
          if (!exited) {
            log(`JVM ${child.pid} did not stop within ${STOP_KILL_AFTER_MS / 1000} s, killing it`);
            child.kill('SIGKILL');
          }
        }, STOP_KILL_AFTER_MS);
        await exitPromise;
        clearTimeout(timer);
      })();
      return stopping;
    },
  };
  running.add(entry);
  installExitHandlers();

  const failure = (why: string): Error => {
    if (stderrTail.some((l) => l.includes('locked by another process'))) {
      why = `the store in ${dataDir} is in use by another running Neo4j (store_lock is held); stop that process first`;
    }
    return new Error(
      `Embedded Neo4j failed to start: ${why}\n` +
        `Neo4j's own log: ${path.join(dataDir, 'logs', 'debug.log')}\n` +
        `Last JVM stderr lines:\n${stderrTail.join('\n') || '(none)'}`,
    );
  };

  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(failure(`no ready line within ${READY_TIMEOUT_MS / 1000} s`)),
        READY_TIMEOUT_MS,
      );
      lines(child.stdout!, (line) => {
        if (line.startsWith('NEO4J_READY ')) {
          clearTimeout(timer);
          resolve();
        } else if (line.trim()) {
          log(line);
        }
      });
      child.on('error', (e) => {
        clearTimeout(timer);
        reject(failure(`could not spawn ${java}: ${e.message}`));
      });
      void exitPromise.then(() => {
        clearTimeout(timer);
        reject(failure(`JVM exited (code ${exited?.code}, signal ${exited?.signal}) before it was ready`));
      });
    });

    // The ready line is printed once the default database is available; make sure Bolt answers too.
    const driver = createDriver({ uri, user: 'neo4j', password: '' }, { connectionTimeoutMs: 5_000 });
    try {
      for (;;) {
        try {
          await driver.verifyConnectivity();
          break;
        } catch (e) {
          if (exited) throw failure('JVM exited while waiting for Bolt');
          if (Date.now() - started > READY_TIMEOUT_MS) {
            throw failure(`Bolt at ${uri} did not answer: ${(e as Error).message}`);
          }
          await sleep(250);
        }
      }
    } finally {
      await driver.close();
    }
  } catch (e) {
    await entry.stop();
    throw e;
  }

  // From here on the JVM must not keep a finished CLI alive; the 'exit' handler and stdin EOF stop it.
  child.unref();
  for (const s of [child.stdin, child.stdout, child.stderr]) (s as unknown as net.Socket | null)?.unref?.();
  void exitPromise.then(() => {
    if (!stopping)
      log(`embedded Neo4j JVM ${child.pid} exited unexpectedly (code ${exited?.code}, signal ${exited?.signal})`);
    running.delete(entry);
  });
  log(`embedded Neo4j ready at ${uri} in ${((Date.now() - started) / 1000).toFixed(1)} s (pid ${child.pid})`);

  const conn: Neo4jConnection = {
    uri,
    user: 'neo4j',
    password: '',
    embedded: true,
    stop: entry.stop,
  };
  if (child.pid !== undefined) conn.pid = child.pid;
  return conn;
}

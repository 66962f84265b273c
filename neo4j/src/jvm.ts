/**
 * Runs Neo4j in a child JVM on a store directory: Bolt on 127.0.0.1, authentication on with the store's password.
 * The JVM exits by itself when its stdin reaches EOF, so it cannot outlive this process; an exit hook also sends
 * it SIGTERM.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import type net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import getPort from 'get-port';
import pRetry from 'p-retry';
import { onExit } from 'signal-exit';
import type { Neo4jConnection } from './connection.ts';
import { createDriver } from './driver.ts';
import { CLASSES_DIR, MAIN_CLASS, ensureLauncherBuilt } from './launcher.ts';
import { readOrCreatePassword } from './password.ts';
import { lockStore } from './store-lock.ts';
import { requireJava } from './tools.ts';

export type StartEmbeddedOptions = {
  /** Neo4j home: the store goes to `<dataDir>/data`, Neo4j's logs to `<dataDir>/logs`, the password beside them. */
  dataDir: string;
  /** Bolt port on 127.0.0.1; a free port is picked when omitted. */
  port?: number;
  /** Max JVM heap in MiB (default 1024). */
  heapMb?: number;
  /** Page cache in MiB (default 64). */
  pageCacheMb?: number;
  /** Receives progress lines (launcher build steps, JVM stderr). Default: process.stderr. */
  log?: (line: string) => void;
};

const READY_TIMEOUT_MS = 180_000;
const STOP_KILL_AFTER_MS = 20_000;
const STDERR_TAIL_LINES = 40;
/** Read by the launcher; an environment variable rather than an argument, so `ps` does not show it. */
const PASSWORD_ENV = 'PLANGRAPH_NEO4J_PASSWORD';

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

export function jvmArgs(o: { classpath: string; dataDir: string; port: number; heapMb: number; pageCacheMb: number }) {
  return [
    `-Xms${Math.min(64, o.heapMb)}m`,
    `-Xmx${o.heapMb}m`,
    ...JVM_FLAGS,
    '-cp',
    [CLASSES_DIR, o.classpath].join(path.delimiter),
    MAIN_CLASS,
    '--home',
    o.dataDir,
    '--port',
    String(o.port),
    '--pagecache-mb',
    String(o.pageCacheMb),
  ];
}

const defaultLog = (line: string): void => {
  process.stderr.write(`[neo4j] ${line}\n`);
};

const running = new Set<ChildProcess>();
let removeExitHook: (() => void) | undefined;

/** Last resort when this process dies: the JVM also exits on stdin EOF, which happens then anyway. */
function trackChild(child: ChildProcess): void {
  running.add(child);
  removeExitHook ??= onExit(() => {
    for (const c of running) c.kill('SIGTERM');
  });
}

export async function startEmbeddedNeo4j(opts: StartEmbeddedOptions): Promise<Neo4jConnection> {
  const log = opts.log ?? defaultLog;
  const java = requireJava();
  const classpath = await ensureLauncherBuilt(log);

  const dataDir = path.resolve(opts.dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  const unlock = await lockStore(dataDir, (why) => log(`lost the lock on ${dataDir}: ${why.message}`));
  const password = readOrCreatePassword(dataDir);
  const port = opts.port ?? (await getPort({ host: '127.0.0.1' }));
  const uri = `bolt://127.0.0.1:${port}`;
  const args = jvmArgs({
    classpath,
    dataDir,
    port,
    heapMb: opts.heapMb ?? 1024,
    pageCacheMb: opts.pageCacheMb ?? 64,
  });

  const started = Date.now();
  log(`starting embedded Neo4j (store ${dataDir}, ${uri})…`);
  const child = spawn(java, args, {
    cwd: dataDir,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, [PASSWORD_ENV]: password },
  });
  trackChild(child);
  const stderrTail: string[] = [];
  let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const exitPromise = new Promise<void>((resolve) => {
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      running.delete(child);
      resolve();
    });
  });
  child.stdin.on('error', () => {}); // EPIPE when the JVM is gone
  readline.createInterface({ input: child.stderr, crlfDelay: Infinity }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > STDERR_TAIL_LINES) stderrTail.shift();
    log(line);
  });

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (!exited) {
        child.ref();
        child.stdin.end();
        child.kill('SIGTERM');
        const timer = setTimeout(() => {
          if (exited) return;
          log(`JVM ${child.pid} did not stop within ${STOP_KILL_AFTER_MS / 1000} s, killing it`);
          child.kill('SIGKILL');
        }, STOP_KILL_AFTER_MS);
        await exitPromise;
        clearTimeout(timer);
      }
      await unlock().catch(() => {});
    })();
    return stopping;
  };

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
      readline.createInterface({ input: child.stdout, crlfDelay: Infinity }).on('line', (line) => {
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
    const driver = createDriver({ uri, user: 'neo4j', password }, { connectionTimeoutMs: 5_000 });
    try {
      await pRetry(() => driver.verifyConnectivity(), {
        retries: 1_000,
        factor: 1.5,
        minTimeout: 100,
        maxTimeout: 1_000,
        maxRetryTime: READY_TIMEOUT_MS,
        shouldRetry: () => !exited,
      });
    } catch (e) {
      throw failure(
        exited ? 'JVM exited while waiting for Bolt' : `Bolt at ${uri} did not answer: ${(e as Error).message}`,
      );
    } finally {
      await driver.close();
    }
  } catch (e) {
    await stop();
    throw e;
  }

  // From here on the JVM must not keep a finished CLI alive; the exit hook and stdin EOF stop it.
  child.unref();
  for (const s of [child.stdin, child.stdout, child.stderr]) (s as unknown as net.Socket | null)?.unref?.();
  void exitPromise.then(() => {
    if (!stopping)
      log(`embedded Neo4j JVM ${child.pid} exited unexpectedly (code ${exited?.code}, signal ${exited?.signal})`);
  });
  log(`embedded Neo4j ready at ${uri} in ${((Date.now() - started) / 1000).toFixed(1)} s (pid ${child.pid})`);

  const conn: Neo4jConnection = { uri, user: 'neo4j', password, embedded: true, stop };
  if (child.pid !== undefined) conn.pid = child.pid;
  return conn;
}

/**
 * (7) Start-up: `npm start` until /health answers 200, with the launcher's jars cached, the client built and the
 * plan graph already in the store, against the embedded Neo4j alone (same store, same heap and page cache) reaching
 * ready. The two alternate. Also the resident memory of the JVM and of the server's Node process, idle and under
 * the HTTP suite's load, as `npm start` runs them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { createDriver, startEmbeddedNeo4j } from '@plangraph/neo4j-embedded';
import { applySchema, buildGraph, loadGraph } from '@plangraph/seed';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { mb, processTree, sampleMax } from '../lib/browser.ts';
import { sampleJvmHeap } from '../lib/jvm-heap.ts';
import { benchLog, tempDir } from '../lib/env.ts';
import { mixedTraffic } from '../lib/ops.ts';
import { median, round } from '../lib/stats.ts';
import type { Suite } from '../lib/suite.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

type Started = { child: ChildProcess; url: string; ms: number };

/** Starts `npm start` in its own process group and resolves when /health answers 200. */
function npmStart(dataDir: string): Promise<Started> {
  const t0 = performance.now();
  const child = spawn('npm', ['start'], {
    cwd: REPO,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NEO4J_DATA_DIR: dataDir, PORT: '0', NODE_ENV: 'production' },
  });
  const tail: string[] = [];
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`npm start exited with ${code}: ${tail.join('\n')}`)));
    child.stderr.on('data', (d: Buffer) => tail.push(...d.toString().split('\n').slice(-5)));
    let buffered = '';
    child.stdout.on('data', (d: Buffer) => {
      buffered += d.toString();
      const m = /health:\s+(http:\/\/localhost:\d+)\/health/.exec(buffered);
      if (!m) return;
      buffered = '';
      const url = m[1]!.replace('localhost', '127.0.0.1');
      // The server prints the address once it listens; /health must then answer 200 (Neo4j reachable).
      const probe = async (): Promise<void> => {
        const res = await fetch(`${url}/health`).catch(() => undefined);
        if (res?.status === 200) {
          child.removeAllListeners('exit');
          resolve({ child, url, ms: performance.now() - t0 });
        } else if (performance.now() - t0 > 600_000) reject(new Error('/health never answered 200'));
        else setImmediate(() => void probe());
      };
      void probe();
    });
  });
}

async function stopGroup(child: ChildProcess) {
  const exited = new Promise((r) => child.once('exit', r));
  process.kill(-child.pid!, 'SIGTERM');
  await exited;
}

/** Bytes under `dir` (the store on disk: what the page cache would hold to keep all of it in memory). */
function diskBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => {
    const path = join(dir, e.name);
    return sum + (e.isDirectory() ? diskBytes(path) : e.isFile() ? statSync(path).size : 0);
  }, 0);
}

function jvmPid(child: ChildProcess): number {
  const jvm = processTree(child.pid!).find((p) => /java/.test(p.cmdline));
  if (!jvm) throw new Error('npm start runs no JVM');
  return jvm.pid;
}

function rss(child: ChildProcess) {
  const tree = processTree(child.pid!);
  const jvm = tree.filter((p) => /java/.test(p.cmdline)).reduce((s, p) => s + p.rssBytes, 0);
  // The Node process that runs the server, not tsx's launcher process above it.
  const server = tree.filter(
    (p) => /scripts\/start\.ts/.test(p.cmdline) && /node/.test(p.cmdline) && !/tsx\/dist\/cli/.test(p.cmdline),
  );
  return { jvm, server: server.reduce((s, p) => s + p.rssBytes, 0) };
}

export const startupSuite: Suite = {
  name: 'startup',
  description: 'npm start to a healthy /health vs the embedded Neo4j alone; JVM and server RSS idle and under load',
  async run(ctx) {
    const store = tempDir('startup');
    try {
      // The store holds the plan graph, as a user's does after the first start.
      const first = await startEmbeddedNeo4j({ dataDir: store.dir, log: () => {} });
      try {
        const seed = createDriver(first, { maxTransactionRetryTimeMs: 30_000 });
        try {
          await applySchema(seed);
          await loadGraph(seed, buildGraph());
        } finally {
          await seed.close();
        }
      } finally {
        // A dataset that fails validation must not leave the JVM running on a store about to be removed.
        await first.stop();
      }

      const reps = ctx.quick ? 1 : 3;
      const bare: number[] = [];
      const product: number[] = [];
      let memory: Record<string, number> = {};
      for (let rep = 0; rep < reps; rep++) {
        let t0 = performance.now();
        const conn = await startEmbeddedNeo4j({ dataDir: store.dir, log: () => {} });
        bare.push(performance.now() - t0);
        await conn.stop();

        t0 = performance.now();
        const started = await npmStart(store.dir);
        product.push(started.ms);
        benchLog(`startup: Neo4j alone ${round(bare.at(-1)!, 0)} ms, npm start ${round(started.ms, 0)} ms`);
        try {
          if (rep === 0) {
            // Idle: after one request of each kind, as a user's first clicks leave it.
            const traffic = mixedTraffic();
            for (const op of traffic)
              await fetch(`${started.url}/graphql`, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ query: op.query, variables: op.variables }),
              });
            const idle = rss(started.child);
            // The heap as the JVM counts it: the first sample is the idle one, the peaks come under load.
            const heap = sampleJvmHeap(jvmPid(started.child));
            const idleHeap = await heap.first();
            const jvmPeak = sampleMax(() => rss(started.child).jvm, 100);
            const serverPeak = sampleMax(() => rss(started.child).server, 100);
            const load = await autocannon({
              url: started.url,
              connections: 50,
              duration: ctx.quick ? 3 : 15,
              workers: 1,
              requests: traffic.map((op) => ({
                method: 'POST' as const,
                path: '/graphql',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ query: op.query, variables: op.variables }),
              })),
            });
            const loadHeap = await heap.stop();
            memory = {
              storeMb: mb(diskBytes(join(store.dir, 'data', 'databases', 'neo4j'))),
              jvmIdleRssMb: mb(idle.jvm),
              jvmIdleHeapUsedMb: idleHeap.usedMb,
              jvmIdleHeapCommittedMb: idleHeap.committedMb,
              serverIdleRssMb: mb(idle.server),
              jvmLoadPeakRssMb: mb(jvmPeak.stop()),
              serverLoadPeakRssMb: mb(serverPeak.stop()),
              jvmLoadPeakHeapUsedMb: loadHeap.peakUsedMb,
              jvmLoadPeakHeapCommittedMb: loadHeap.peakCommittedMb,
              jvmLoadPeakOldGenUsedMb: loadHeap.peakOldUsedMb,
              jvmMetaspaceUsedMb: loadHeap.metaspaceUsedMb,
              loadRequestsPerSecond: load.requests.average,
              loadNon2xx: load.non2xx,
            };
            benchLog(`startup memory: ${JSON.stringify(memory)}`);
          }
        } finally {
          await stopGroup(started.child);
        }
      }
      ctx.emit({
        suite: 'startup',
        name: 'npm-start',
        reps,
        bareNeo4jMedianMs: round(median(bare), 0),
        npmStartMedianMs: round(median(product), 0),
        // How many times longer npm start takes to a healthy /health than Neo4j alone takes to be ready.
        ratioToBareNeo4j: round(median(product) / median(bare), 2),
        target: 1.5,
        withinTarget: median(product) / median(bare) <= 1.5,
        ...memory,
      });
    } finally {
      store.remove();
    }
  },
};

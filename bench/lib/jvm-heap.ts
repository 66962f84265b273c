/**
 * The JVM's heap as the JVM itself counts it, from `jstat -gc` (the JDK's own sampler, one process for the whole
 * run): resident memory says what the JVM holds, this says how much of it the heap is and how much is live.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export type HeapSample = { usedMb: number; committedMb: number; oldUsedMb: number; metaspaceUsedMb: number };

/** One `jstat -gc` data line (its header names the columns, in KB) as megabytes. */
export function parseJstatGc(header: string, line: string): HeapSample | null {
  const names = header.trim().split(/\s+/);
  const values = line.trim().split(/\s+/).map(Number);
  if (values.length !== names.length || values.some((v) => Number.isNaN(v))) return null;
  const col = (name: string) => {
    const i = names.indexOf(name);
    if (i < 0) throw new Error(`jstat -gc printed no ${name} column: ${header.trim()}`);
    return values[i]!;
  };
  const mb = (kb: number) => Math.round((kb / 1024) * 10) / 10;
  return {
    usedMb: mb(col('S0U') + col('S1U') + col('EU') + col('OU')),
    committedMb: mb(col('S0C') + col('S1C') + col('EC') + col('OC')),
    oldUsedMb: mb(col('OU')),
    metaspaceUsedMb: mb(col('MU')),
  };
}

/** Samples the heap of JVM `pid` every `everyMs` until stopped; returns the first sample and the peaks. */
export function sampleJvmHeap(pid: number, everyMs = 250) {
  const child = spawn('jstat', ['-gc', String(pid), String(everyMs)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const samples: HeapSample[] = [];
  let header: string | null = null;
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (/^\s*S0C/.test(line)) header = line;
    else if (header) {
      const s = parseJstatGc(header, line);
      if (s) samples.push(s);
    }
  });
  const exited = new Promise((r) => child.once('exit', r));
  return {
    /** Resolves once jstat has printed its first sample. */
    async first(): Promise<HeapSample> {
      while (samples.length === 0) {
        if (child.exitCode !== null) throw new Error(`jstat -gc ${pid} exited: ${stderr.trim()}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return samples[0]!;
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
      if (samples.length === 0) throw new Error(`jstat -gc ${pid} printed nothing: ${stderr.trim()}`);
      const peak = (k: keyof HeapSample) => Math.max(...samples.map((s) => s[k]));
      return {
        samples: samples.length,
        peakUsedMb: peak('usedMb'),
        peakCommittedMb: peak('committedMb'),
        peakOldUsedMb: peak('oldUsedMb'),
        metaspaceUsedMb: peak('metaspaceUsedMb'),
      };
    },
  };
}

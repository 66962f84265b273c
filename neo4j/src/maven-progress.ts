/**
 * Turns Maven's batch-mode output into a few progress lines: how much of the expected download has arrived, and
 * which build step runs. Pure, so it is unit-tested without Maven.
 */

/** Bytes a first build downloads into an empty ~/.m2 (Neo4j 5.26 with its dependencies and Maven's plugins). */
export const EXPECTED_DOWNLOAD_BYTES = 157_000_000;

const UNITS: Record<string, number> = { B: 1, kB: 1_000, KB: 1_000, MB: 1_000_000, GB: 1_000_000_000 };

/** Size of a file Maven reports as downloaded ("Downloaded from central: <url> (12 MB at 30 MB/s)"), else undefined. */
export function downloadedBytes(line: string): number | undefined {
  const m = /Downloaded from [^:]+: \S+ \((\d+(?:\.\d+)?) (B|kB|KB|MB|GB)/.exec(line);
  return m ? Math.round(Number(m[1]) * UNITS[m[2]!]!) : undefined;
}

export type BuildStep = 'download' | 'compile' | 'classpath';

/** The build step a Maven line starts, if any ("--- compiler:3.13.0:compile …", "--- dependency:…:build-classpath"). */
export function stepStarted(line: string): BuildStep | undefined {
  if (/--- (?:maven-)?compiler(?:-plugin)?:[^:]+:compile\b/.test(line)) return 'compile';
  if (/--- (?:maven-)?dependency(?:-plugin)?:[^:]+:build-classpath\b/.test(line)) return 'classpath';
  if (/^(?:\[INFO\] )?Downloading from /.test(line)) return 'download';
  return undefined;
}

/** Whole percent of the expected download, capped at 99 until Maven finishes (the estimate is not exact). */
export function downloadPercent(bytes: number, expected = EXPECTED_DOWNLOAD_BYTES): number {
  return Math.min(99, Math.floor((bytes / expected) * 100));
}

/** The first line Maven marks as an error, without its "[ERROR] " prefix: the reason shown when a build fails. */
export function firstError(lines: readonly string[]): string | undefined {
  const line = lines.find((l) => l.startsWith('[ERROR] ') && l.length > '[ERROR] '.length);
  return line?.slice('[ERROR] '.length);
}

/**
 * Feeds Maven lines and emits one line per step, and for the download one line per 10 % reached:
 * "downloading Neo4j (157 MB)… 40 %".
 */
export function createMavenProgress(emit: (line: string) => void): { line(line: string): void; downloaded(): number } {
  let bytes = 0;
  let step: BuildStep | undefined;
  let lastDecile = -1;
  const total = `${Math.round(EXPECTED_DOWNLOAD_BYTES / 1_000_000)} MB`;
  return {
    line(line) {
      const started = stepStarted(line);
      if (started && started !== step) {
        step = started;
        if (started === 'download') emit(`downloading Neo4j (${total})… 0 %`);
        if (started === 'compile') emit('compiling the launcher…');
        if (started === 'classpath') emit('writing the classpath…');
      }
      const got = downloadedBytes(line);
      if (got !== undefined) {
        bytes += got;
        const decile = Math.floor(downloadPercent(bytes) / 10);
        if (decile > lastDecile && decile > 0) {
          lastDecile = decile;
          emit(`downloading Neo4j (${total})… ${decile * 10} %`);
        }
      }
    },
    downloaded: () => bytes,
  };
}

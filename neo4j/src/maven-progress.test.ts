import { describe, expect, it } from 'vitest';
import {
  EXPECTED_DOWNLOAD_BYTES,
  createMavenProgress,
  downloadPercent,
  downloadedBytes,
  firstError,
  stepStarted,
} from './maven-progress.ts';

describe('Maven progress', () => {
  it('reads the size of each downloaded file', () => {
    expect(
      downloadedBytes(
        '[INFO] Downloaded from central: https://repo.maven.apache.org/maven2/org/neo4j/neo4j-kernel/5.26.30/neo4j-kernel-5.26.30.jar (12 MB at 30 MB/s)',
      ),
    ).toBe(12_000_000);
    expect(downloadedBytes('Downloaded from central: https://x/y.pom (2.5 kB at 50 kB/s)')).toBe(2_500);
    expect(downloadedBytes('Downloading from central: https://x/y.jar')).toBeUndefined();
  });

  it('recognises the build steps', () => {
    expect(stepStarted('[INFO] --- compiler:3.13.0:compile (default-compile) @ neo4j-embedded-launcher ---')).toBe(
      'compile',
    );
    expect(stepStarted('[INFO] --- dependency:3.8.1:build-classpath (default-cli) @ neo4j-embedded-launcher ---')).toBe(
      'classpath',
    );
    expect(stepStarted('[INFO] Downloading from central: https://x/y.jar')).toBe('download');
    expect(stepStarted('[INFO] BUILD SUCCESS')).toBeUndefined();
  });

  it('caps the estimate at 99 % until Maven is done', () => {
    expect(downloadPercent(EXPECTED_DOWNLOAD_BYTES / 2)).toBe(50);
    expect(downloadPercent(EXPECTED_DOWNLOAD_BYTES * 2)).toBe(99);
  });

  it('emits one line per step and per 10 % instead of one per file', () => {
    const out: string[] = [];
    const progress = createMavenProgress((l) => out.push(l));
    const tenth = EXPECTED_DOWNLOAD_BYTES / 10 / 1_000_000;
    for (let i = 0; i < 100; i++) {
      progress.line(`[INFO] Downloading from central: https://x/f${i}.jar`);
      progress.line(`[INFO] Downloaded from central: https://x/f${i}.jar (${(tenth / 4).toFixed(3)} MB at 9 MB/s)`);
    }
    progress.line('[INFO] --- compiler:3.13.0:compile (default-compile) @ launcher ---');
    progress.line('[INFO] --- dependency:3.8.1:build-classpath (default-cli) @ launcher ---');
    expect(out).toEqual([
      'downloading Neo4j (157 MB)… 0 %',
      ...[10, 20, 30, 40, 50, 60, 70, 80, 90].map((p) => `downloading Neo4j (157 MB)… ${p} %`),
      'compiling the launcher…',
      'writing the classpath…',
    ]);
  });

  it('names the first Maven error', () => {
    expect(firstError(['[INFO] x', '[ERROR] ', '[ERROR] Failed to execute goal on project x', '[ERROR] more'])).toBe(
      'Failed to execute goal on project x',
    );
    expect(firstError(['[INFO] BUILD SUCCESS'])).toBeUndefined();
  });
});

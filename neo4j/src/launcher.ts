/**
 * Builds the Java launcher (../launcher) with Maven when its sources changed or its classpath is gone: compiled
 * classes in `launcher/target/classes`, the dependency classpath (jars stay in ~/.m2) in `target/classpath.txt`.
 * Maven's own output goes to `target/maven.log`; the console gets one line per step.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import lockfile from 'proper-lockfile';
import { createMavenProgress, firstError } from './maven-progress.ts';
import { requireMaven } from './tools.ts';

const PACKAGE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LAUNCHER_DIR = path.join(PACKAGE_DIR, 'launcher');
const TARGET_DIR = path.join(LAUNCHER_DIR, 'target');
export const CLASSES_DIR = path.join(TARGET_DIR, 'classes');
const CLASSPATH_FILE = path.join(TARGET_DIR, 'classpath.txt');
/** The full output of the last Maven build; build errors point here. */
export const MAVEN_LOG = path.join(TARGET_DIR, 'maven.log');
export const MAIN_CLASS = 'org.plangraph.EmbeddedNeo4j';
const MAIN_CLASS_FILE = path.join(CLASSES_DIR, ...MAIN_CLASS.split('.')) + '.class';

function mtimeMs(p: string): number {
  try {
    return fs.statSync(p).mtimeMs;
  } catch {
    return -1;
  }
}

function newestSourceMtime(): number {
  let newest = mtimeMs(path.join(LAUNCHER_DIR, 'pom.xml'));
  const src = path.join(LAUNCHER_DIR, 'src');
  if (!fs.existsSync(src)) return newest;
  for (const entry of fs.readdirSync(src, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) newest = Math.max(newest, mtimeMs(path.join(entry.parentPath, entry.name)));
  }
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

function freshClasspath(): string | undefined {
  const built = Math.min(mtimeMs(MAIN_CLASS_FILE), mtimeMs(CLASSPATH_FILE));
  return built >= 0 && built >= newestSourceMtime() ? readClasspath() : undefined;
}

/**
 * Cross-process lock so parallel starts (test files, a second terminal) don't run Maven at the same time; a
 * holder that died leaves a lock that goes stale after 30 s.
 */
async function withBuildLock<T>(log: (line: string) => void, fn: () => Promise<T>): Promise<T> {
  fs.mkdirSync(TARGET_DIR, { recursive: true });
  const options = { lockfilePath: path.join(TARGET_DIR, '.build.lock'), stale: 30_000 };
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(TARGET_DIR, options);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ELOCKED') throw e;
    log('waiting for another process that is building the Neo4j launcher…');
    release = await lockfile.lock(TARGET_DIR, {
      ...options,
      retries: { retries: 1_200, factor: 1, minTimeout: 500, maxTimeout: 500 },
    });
  }
  try {
    return await fn();
  } finally {
    await release();
  }
}

async function runMaven(mvn: string, args: string[], log: (line: string) => void): Promise<void> {
  const out = fs.createWriteStream(MAVEN_LOG);
  const progress = createMavenProgress(log);
  const errors: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(mvn, args, { cwd: LAUNCHER_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout, child.stderr]) {
      readline.createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
        out.write(`${line}\n`);
        progress.line(line);
        if (line.startsWith('[ERROR]')) errors.push(line);
      });
    }
    child.on('error', reject);
    child.on('close', resolve);
  });
  await new Promise((resolve) => out.end(resolve));
  if (code !== 0) {
    throw new Error(
      `Building the Neo4j launcher failed (mvn exit code ${code}): ${firstError(errors) ?? 'no error line'}\n` +
        `Full Maven log: ${MAVEN_LOG}`,
    );
  }
}

/** The launcher's dependency classpath, building the launcher first when needed. */
export async function ensureLauncherBuilt(log: (line: string) => void): Promise<string> {
  const cached = freshClasspath();
  if (cached) return cached;
  const mvn = requireMaven();
  return withBuildLock(log, async () => {
    const built = freshClasspath(); // another process may have built it while we waited
    if (built) return built;
    const tmpCp = path.join(TARGET_DIR, `classpath.txt.${process.pid}.tmp`);
    log(`building the Neo4j launcher with Maven (the first run downloads Neo4j into ~/.m2; log: ${MAVEN_LOG})`);
    const started = Date.now();
    try {
      await runMaven(
        mvn,
        [
          '-B',
          '-Dstyle.color=never',
          '-f',
          path.join(LAUNCHER_DIR, 'pom.xml'),
          `-Dmdep.outputFile=${tmpCp}`,
          'compile',
          'dependency:build-classpath',
        ],
        log,
      );
      fs.renameSync(tmpCp, CLASSPATH_FILE);
    } finally {
      fs.rmSync(tmpCp, { force: true });
    }
    // compile may be a no-op for unchanged sources; make the freshness check pass anyway.
    const now = new Date();
    fs.utimesSync(MAIN_CLASS_FILE, now, now);
    fs.utimesSync(CLASSPATH_FILE, now, now);
    log(`Neo4j launcher built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const cp = readClasspath();
    if (!cp) throw new Error(`Maven succeeded but ${CLASSPATH_FILE} is empty or lists missing jars (${MAVEN_LOG})`);
    return cp;
  });
}

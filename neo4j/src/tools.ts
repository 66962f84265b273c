/** Finds the Java and Maven the embedded Neo4j needs, with errors that say what to install. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** How to install a missing package: the script `npm start` runs, or apt-get directly. */
const installHint = (pkg: string) =>
  `Install it with \`bash scripts/ensure-system-deps.sh --for start\` (apt-get install ${pkg})`;

export function findOnPath(name: string, pathVar = process.env.PATH ?? ''): string | undefined {
  for (const dir of pathVar.split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

/** The major version in `java -version` output ("1.8.0_392" → 8, "17.0.9" → 17), or undefined. */
export function javaMajorVersion(versionOutput: string): number | undefined {
  const m = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!m) return undefined;
  return m[1] === '1' ? Number(m[2]) : Number(m[1]);
}

export function requireJava(): string {
  const java = findOnPath('java');
  if (!java) {
    throw new Error(
      `Embedded Neo4j needs Java 17+ but \`java\` was not found on PATH. ${installHint('openjdk-17-jre-headless')}, ` +
        'or set NEO4J_URI to use an external Neo4j server.',
    );
  }
  const res = spawnSync(java, ['-version'], { encoding: 'utf8', timeout: 30_000 });
  const major = javaMajorVersion(`${res.stderr ?? ''}${res.stdout ?? ''}`);
  if (major !== undefined && major < 17) {
    throw new Error(
      `Embedded Neo4j needs Java 17+ but ${java} is Java ${major}. ` +
        'Install Java 17+ (apt-get install openjdk-17-jre-headless) and put it first on PATH.',
    );
  }
  return java;
}

export function requireMaven(): string {
  const mvn = findOnPath('mvn');
  if (!mvn) {
    throw new Error(
      'Embedded Neo4j needs Maven to fetch Neo4j and build its launcher, but `mvn` was not found on PATH. ' +
        `${installHint('maven')}, or set NEO4J_URI to use an external Neo4j server.`,
    );
  }
  return mvn;
}

/**
 * One process per embedded store: the process that runs a store's JVM holds a lock on the store directory, so a
 * second start (say `npm run export` while `npm start` runs) gets a one-line answer instead of Neo4j's stack trace
 * about a locked store. A holder that died leaves a lock that goes stale after STALE_MS.
 */
import fs from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';

const STALE_MS = 15_000;
export const LOCK_FILE_NAME = 'plangraph.lock';

export class StoreInUseError extends Error {
  constructor(readonly dataDir: string) {
    super(
      `the Neo4j store in ${dataDir} is in use by another process (npm start, seed or export?): ` +
        'stop it first, or point NEO4J_DATA_DIR at another store',
    );
    this.name = 'StoreInUseError';
  }
}

/** Locks `dataDir` (which must exist); waits long enough for a dead holder's lock to go stale, then gives up. */
export async function lockStore(
  dataDir: string,
  onLost: (why: Error) => void,
  waitMs = STALE_MS + 3_000,
): Promise<() => Promise<void>> {
  try {
    return await lockfile.lock(dataDir, {
      lockfilePath: path.join(dataDir, LOCK_FILE_NAME),
      stale: STALE_MS,
      retries: { retries: Math.ceil(waitMs / 500), factor: 1, minTimeout: 500, maxTimeout: 500 },
      onCompromised: onLost,
    });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ELOCKED') throw new StoreInUseError(dataDir);
    throw e;
  }
}

/** True while another live process holds the store. */
export async function storeIsLocked(dataDir: string): Promise<boolean> {
  if (!fs.existsSync(dataDir)) return false;
  return lockfile.check(dataDir, { lockfilePath: path.join(dataDir, LOCK_FILE_NAME), stale: STALE_MS });
}

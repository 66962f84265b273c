import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreInUseError, lockStore, storeIsLocked } from './store-lock.ts';

describe('store lock', () => {
  it('lets one holder in and names the store to the next', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plangraph-lock-'));
    try {
      expect(await storeIsLocked(dir)).toBe(false);
      const release = await lockStore(dir, () => {});
      expect(await storeIsLocked(dir)).toBe(true);
      const second = lockStore(dir, () => {}, 0);
      await expect(second).rejects.toBeInstanceOf(StoreInUseError);
      await expect(second).rejects.toThrow(`the Neo4j store in ${dir} is in use by another process`);
      await release();
      expect(await storeIsLocked(dir)).toBe(false);
      await (
        await lockStore(dir, () => {}, 0)
      )();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a store that does not exist yet as free', async () => {
    expect(await storeIsLocked(path.join(os.tmpdir(), 'plangraph-no-such-store'))).toBe(false);
  });
});

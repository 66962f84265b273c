/**
 * The embedded Neo4j's password: made at first start and kept beside the store in a file only its owner can read,
 * so other local users cannot use the loopback Bolt port.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const PASSWORD_FILE_NAME = 'password';

export function passwordFile(dataDir: string): string {
  return path.join(dataDir, PASSWORD_FILE_NAME);
}

/** The store's password, created (mode 0600) when the file does not exist yet. */
export function readOrCreatePassword(dataDir: string): string {
  const file = passwordFile(dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    // 'wx': two processes starting at once never overwrite each other's password.
    fs.writeFileSync(file, `${randomBytes(24).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  if ((fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
  const password = fs.readFileSync(file, 'utf8').trim();
  if (password.length < 8) throw new Error(`${file} must hold a password of at least 8 characters`);
  return password;
}

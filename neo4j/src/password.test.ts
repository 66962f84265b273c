import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { passwordFile, readOrCreatePassword } from './password.ts';

const dirs: string[] = [];
const tmp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'plangraph-password-'));
  dirs.push(d);
  return path.join(d, 'store');
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('embedded Neo4j password', () => {
  it('is made once, random, and readable only by its owner', () => {
    const dir = tmp();
    const first = readOrCreatePassword(dir);
    expect(first).toMatch(/^[\w-]{32}$/);
    expect(fs.statSync(passwordFile(dir)).mode & 0o777).toBe(0o600);
    expect(readOrCreatePassword(dir)).toBe(first);
    expect(readOrCreatePassword(tmp())).not.toBe(first);
  });

  it('tightens a file that others could read', () => {
    const dir = tmp();
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(passwordFile(dir), 'a-kept-password\n', { mode: 0o644 });
    fs.chmodSync(passwordFile(dir), 0o644);
    expect(readOrCreatePassword(dir)).toBe('a-kept-password');
    expect(fs.statSync(passwordFile(dir)).mode & 0o777).toBe(0o600);
  });

  it('rejects a password too short for Neo4j, naming the file', () => {
    const dir = tmp();
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(passwordFile(dir), 'short\n', { mode: 0o600 });
    expect(() => readOrCreatePassword(dir)).toThrow(`${passwordFile(dir)} must hold a password of at least 8`);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findOnPath, javaMajorVersion, requireJava, requireMaven } from './tools.ts';

describe('tool discovery', () => {
  it('reads the Java major version from old and new version strings', () => {
    expect(javaMajorVersion('openjdk version "17.0.9" 2023-10-17')).toBe(17);
    expect(javaMajorVersion('java version "1.8.0_392"')).toBe(8);
    expect(javaMajorVersion('openjdk version "21" 2023-09-19')).toBe(21);
    expect(javaMajorVersion('no version here')).toBeUndefined();
  });

  it('finds only executable files on PATH', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plangraph-path-'));
    try {
      fs.writeFileSync(path.join(dir, 'tool'), '#!/bin/sh\n', { mode: 0o755 });
      fs.writeFileSync(path.join(dir, 'plain'), 'text', { mode: 0o644 });
      fs.mkdirSync(path.join(dir, 'folder'));
      const pathVar = ['/nonexistent', dir].join(path.delimiter);
      expect(findOnPath('tool', pathVar)).toBe(path.join(dir, 'tool'));
      expect(findOnPath('plain', pathVar)).toBeUndefined();
      expect(findOnPath('folder', pathVar)).toBeUndefined();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the command and the Debian package to install when java or mvn is missing', () => {
    const saved = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      expect(() => requireJava()).toThrow(
        'Install it with `bash scripts/ensure-system-deps.sh --for start` (apt-get install openjdk-17-jre-headless)',
      );
      expect(() => requireMaven()).toThrow('(apt-get install maven)');
    } finally {
      process.env.PATH = saved;
    }
  });
});

/** Share links put a whole view in the URL: the app serves the explorer for long links instead of answering 431. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDriver } from '../../../test/neo4j.ts';
import { startTestServer, type TestServer } from '../../../test/http.ts';
import { MAX_REQUEST_HEAD_BYTES } from './listen.ts';

const driver = testDriver();
const clientDir = mkdtempSync(join(tmpdir(), 'plangraph-listen-'));
writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>explorer</title>');
let api: TestServer;

beforeAll(async () => {
  api = await startTestServer(driver, clientDir);
});
afterAll(async () => {
  await api.close();
  await driver.close();
  rmSync(clientDir, { recursive: true, force: true });
});

/** A base64url parameter of `bytes` characters, like a compact share link's `v`. */
const linkOf = (bytes: number) => 'AbC-_9'.repeat(Math.ceil(bytes / 6)).slice(0, bytes);

describe('long share links', () => {
  it('serves the explorer for a link longer than Node’s default 16 KiB request head', async () => {
    // A 5,000-node view is about 13 KB; 24 KB leaves room for cookies and other headers beside it.
    const res = await fetch(`${api.url}/?v=${linkOf(24 * 1024)}&lang=en`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>explorer</title>');
  });

  it('answers 431 only beyond the documented limit', async () => {
    const res = await fetch(`${api.url}/?v=${linkOf(MAX_REQUEST_HEAD_BYTES + 1024)}`);
    expect(res.status).toBe(431);
  });
});

/**
 * Bad seed files against a real database: for each kind of mistake the CLI exits non-zero, names the file and the
 * record, and the database keeps exactly what it held.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '@plangraph/neo4j-embedded';
import { buildGraph, countGraph, loadGraph, type DbCounts } from '@plangraph/seed';
import { FIXTURE_DIR } from '../fixture.ts';
import { runSeedCli, startStore, type Store } from './support.ts';

let store: Store;
let driver: Driver;
let before: DbCounts;
beforeAll(async () => {
  store = await startStore('faults-bad-seed');
  driver = createDriver(store.conn);
  await loadGraph(driver, buildGraph({ dataDir: FIXTURE_DIR }));
  before = await countGraph(driver);
});
afterAll(async () => {
  await driver?.close();
  await store?.remove();
});

const QUOTE = '依托中科院广州生物医药与健康研究院建设';

/** A valid new entity with one relationship; each case breaks one thing. */
function entity(overrides: Record<string, string> = {}): string {
  const fields = {
    id: 'test-lab',
    label: 'Institution',
    kind: 'laboratory',
    name: '测试实验室',
    nameEn: 'Test Lab',
    description: '测试用的实验室。',
    descriptionEn: 'A laboratory for tests.',
    quotes: `[${QUOTE}]`,
    ...overrides,
  };
  const lines = Object.entries(fields)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `    ${k}: ${v}`);
  return `nodes:\n  - ${lines.join('\n').trimStart()}\n`;
}
const rel = (type = 'LOCATED_IN', from = 'test-lab', to = 'bio-island', quote = QUOTE) =>
  `relationships:\n  - { type: ${type}, from: ${from}, to: ${to}, quote: ${quote} }\n`;

type Case = { kind: string; content: string | Uint8Array; record: RegExp; message: RegExp };

const CASES: Case[] = [
  {
    kind: 'missing-field',
    content: entity({ name: '' }) + rel(),
    record: /nodes\[0\] \(id: test-lab\) › name/,
    message: /expected string|required/i,
  },
  {
    kind: 'wrong-type',
    content: entity({ aliases: '42' }) + rel(),
    record: /nodes\[0\] \(id: test-lab\) › aliases/,
    message: /expected array/i,
  },
  {
    kind: 'unknown-reference',
    content:
      entity() +
      rel() +
      '  - { type: SUPPORTS, from: test-lab, to: nobody, quote: 依托中科院广州生物医药与健康研究院建设 }\n',
    record: /relationships\[1\] \(SUPPORTS test-lab → nobody\) › to/,
    message: /unknown node id "nobody"/,
  },
  {
    kind: 'duplicate-id',
    content: entity({ id: 'cansemi', name: '另一个粤芯' }) + rel('LOCATED_IN', 'cansemi'),
    record: /nodes\[0\] \(id: cansemi\) › id/,
    message: /duplicate id "cansemi", already defined in .*fixture\.yaml/,
  },
  {
    kind: 'quote-not-in-source',
    content: entity({ quotes: '[这句话不在规划文本里]' }) + rel(),
    record: /nodes\[0\] \(id: test-lab\) › quotes\[0\]/,
    message: /is not in the source text/,
  },
  {
    kind: 'quote-on-wrong-line',
    content: entity({ quotes: `[{ text: ${QUOTE}, line: 3 }]` }) + rel(),
    record: /nodes\[0\] \(id: test-lab\) › quotes\[0\]/,
    message: /is not on line 3/,
  },
  {
    kind: 'bad-encoding',
    content: Buffer.concat([Buffer.from(entity()), Buffer.from([0xc3, 0x28, 0x0a]), Buffer.from(rel())]),
    record: /line 10/,
    message: /not valid UTF-8/,
  },
  {
    kind: 'yaml-syntax',
    content: entity() + 'relationships:\n  - { type: LOCATED_IN, from: [test-lab\n',
    record: /YAML syntax/,
    message: /line \d+/,
  },
  {
    kind: 'unknown-label',
    content: entity({ label: 'Spaceship' }) + rel(),
    record: /nodes\[0\] \(id: test-lab\) › label/,
    message: /Institution/,
  },
  {
    kind: 'unknown-relationship-type',
    content: entity() + rel('OWNS'),
    record: /relationships\[0\] \(OWNS test-lab → bio-island\) › type/,
    message: /LOCATED_IN/,
  },
  {
    kind: 'alias-names-two-entities',
    content: entity({ aliases: '[知识城]' }) + rel(),
    record: /nodes\[0\] \(id: test-lab\) › aliases/,
    message: /"知识城" already names knowledge-city/,
  },
  {
    kind: 'self-loop',
    content: entity() + rel('SUPPORTS', 'test-lab', 'test-lab'),
    record: /relationships\[0\] \(SUPPORTS test-lab → test-lab\) › to/,
    message: /from a node to itself/,
  },
  {
    kind: 'not-a-slug',
    content: entity({ id: '"Test Lab"' }) + rel('LOCATED_IN', '"Test Lab"'),
    record: /nodes\[0\] \(id: Test Lab\) › id/,
    message: /lowercase ASCII slug/,
  },
  {
    kind: 'indicator-without-unit',
    content:
      entity({ label: 'Indicator', kind: 'table-row', props: '{ value2020: 1 }' }) +
      rel('MEASURES', 'test-lab', 'cansemi'),
    record: /nodes\[0\] \(id: test-lab\) › props\.unit/,
    message: /needs a unit/,
  },
  {
    kind: 'orphan-node',
    content: entity(),
    record: /nodes\[0\] \(id: test-lab\)/,
    message: /takes part in no relationship/,
  },
];

describe('bad seed files', () => {
  it('covers at least 10 kinds of mistakes', () => {
    expect(new Set(CASES.map((c) => c.kind)).size).toBeGreaterThanOrEqual(10);
  });

  for (const c of CASES) {
    it(`rejects ${c.kind}, naming the file and the record, and writes nothing`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'plangraph-bad-seed-'));
      try {
        copyFileSync(join(FIXTURE_DIR, 'fixture.yaml'), join(dir, 'fixture.yaml'));
        const file = `zz-${c.kind}.yaml`;
        writeFileSync(join(dir, file), c.content);
        const run = await runSeedCli(['--data-dir', dir], store.conn);
        expect(run.code, run.stdout).not.toBe(0);
        expect(run.stderr).toContain('nothing was written');
        const line = run.stderr.split('\n').find((l) => l.includes(file));
        expect(line, run.stderr).toBeDefined();
        expect(line).toMatch(c.record);
        expect(line).toMatch(c.message);
        expect(await countGraph(driver)).toEqual(before);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});

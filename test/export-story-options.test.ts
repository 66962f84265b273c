import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOptions } from '../scripts/export.ts';

describe('export CLI: --story', () => {
  it('reads and checks the story file, takes a deck format, a language override and a date', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plangraph-story-'));
    const file = join(dir, 'talk.story.json');
    writeFileSync(
      file,
      JSON.stringify({
        title: '生物医药',
        slides: [
          { title: '集群', caption: '', view: 'http://localhost:4000/?n=abc&lang=zh' },
          { title: '路径', view: '?from=a&to=b&path=1', note: 'ignored' },
        ],
      }),
    );
    const opts = parseOptions([
      '--story',
      file,
      '--format',
      'html',
      '--lang',
      'en',
      '--date',
      '2026-12-01',
      '--out',
      'x.html',
    ]);
    expect(opts.format).toBe('html');
    expect(opts.date).toBe('2026-12-01');
    expect(opts.story).toEqual({
      title: '生物医药',
      subtitle: '',
      lang: 'en',
      slides: [
        { title: '集群', caption: '', view: '?n=abc&lang=zh' },
        { title: '路径', caption: '', view: '?from=a&to=b&path=1' },
      ],
    });
    expect(parseOptions(['--story', file, '--out', 'x.pptx']).format).toBe('pptx');
  });

  it('reads the example story of docs/exports.md: five slides, answer views among them', () => {
    const opts = parseOptions(['--story', 'docs/examples/briefing.story.json', '--format', 'pdf', '--out', 'x.pdf']);
    expect(opts.story!.slides).toHaveLength(5);
    expect(opts.story!.slides.map((s) => s.view.split('=')[0])).toEqual(['?n', '?trace', '?trace', '?from', '?trace']);
  });
});

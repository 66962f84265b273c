import { describe, expect, it } from 'vitest';
import { NODE_LABELS, REL_TYPES } from '@plangraph/shared';
import { LABEL_STYLE, legendEntries } from '../graph/index.ts';
import { buildStylesheet } from './stylesheet.ts';

describe('buildStylesheet', () => {
  const sheet = buildStylesheet();
  const selectors = sheet.map((b) => ('selector' in b ? b.selector : ''));

  it('colours and shapes every label', () => {
    for (const label of NODE_LABELS) {
      const block = sheet.find((b) => 'selector' in b && b.selector === `node.label-${label}`);
      expect(block, label).toBeDefined();
      expect(block && 'style' in block ? block.style : {}).toMatchObject({
        'background-color': LABEL_STYLE[label].color,
        shape: LABEL_STYLE[label].shape,
      });
    }
  });

  it('uses a distinct colour per label', () => {
    const colours = NODE_LABELS.map((l) => LABEL_STYLE[l].color);
    expect(new Set(colours).size).toBe(colours.length);
  });

  it('uses the self-hosted font and shows edge labels only on hover or selection', () => {
    const node = sheet.find((b) => 'selector' in b && b.selector === 'node');
    expect(node && 'style' in node ? String((node.style as Record<string, unknown>)['font-family']) : '').toMatch(
      /^"Noto Sans SC"/,
    );
    const edge = sheet.find((b) => 'selector' in b && b.selector === 'edge');
    expect(edge && 'style' in edge ? (edge.style as Record<string, unknown>)['text-opacity'] : undefined).toBe(0);
    const shown = sheet.find(
      (b) => 'selector' in b && b.selector.includes('edge.hover') && b.selector.includes('edge:selected'),
    );
    expect(shown && 'style' in shown ? (shown.style as Record<string, unknown>)['text-opacity'] : undefined).toBe(1);
  });

  it('knows every relationship type it styles', () => {
    for (const s of selectors.filter((s) => s.startsWith('edge.rel-'))) {
      expect(REL_TYPES).toContain(s.slice('edge.rel-'.length));
    }
  });
});

describe('legendEntries', () => {
  it('lists every label once, with both names', () => {
    const entries = legendEntries();
    expect(entries.map((e) => e.label)).toEqual([...NODE_LABELS]);
    for (const e of entries) {
      expect(e.name.zh).toBeTruthy();
      expect(e.name.en).toBeTruthy();
    }
  });
});

describe('style options in the stylesheet', () => {
  const block = (selector: string) => {
    const b = buildStylesheet().find((x) => 'selector' in x && x.selector === selector);
    return b && 'style' in b ? (b.style as Record<string, unknown>) : undefined;
  };

  it('sizes nodes from their measure and colours them by community after the per-label colour', () => {
    expect(block('node.sized')).toMatchObject({ width: 'data(size)', height: 'data(size)' });
    expect(block('node.by-community')).toMatchObject({ 'background-color': 'data(communityColour)' });
    const selectors = buildStylesheet().map((x) => ('selector' in x ? x.selector : ''));
    expect(selectors.indexOf('node.by-community')).toBeGreaterThan(selectors.indexOf('node.label-Institution'));
  });
});

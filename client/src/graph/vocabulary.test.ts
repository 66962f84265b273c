import { describe, expect, it } from 'vitest';
import { CURATED_REL_TYPES, REL_TYPES } from '@plangraph/shared';
import {
  formatQuantity,
  humanize,
  kindName,
  labelName,
  propertyName,
  propertyValue,
  relationName,
  relationTypeName,
} from './vocabulary.ts';

describe('human wording', () => {
  it('gives figures in the reader’s units', () => {
    expect(formatQuantity(181, '亿元', 'en', true)).toBe('+18.1 billion yuan');
    expect(formatQuantity(181, '亿元', 'zh', true)).toBe('+181 亿元');
    expect(formatQuantity(3500, '亿元', 'en')).toBe('350 billion yuan');
    expect(formatQuantity(5, '个', 'en')).toBe('5');
    expect(formatQuantity(1, '家', 'en')).toBe('1 organisation');
    expect(formatQuantity(12.5, '%', 'en')).toBe('12.5%');
    expect(formatQuantity(12.5, '%', 'zh')).toBe('12.5%');
    expect(formatQuantity(2, null, 'en')).toBe('2');
  });

  it('never shows a raw relationship type, kind or property name', () => {
    for (const type of REL_TYPES)
      for (const language of ['zh', 'en'] as const) {
        expect(relationName(type, language)).not.toMatch(/[A-Z]{2}|_/);
        expect(relationTypeName(type, language)).not.toMatch(/[A-Z]{2}|_/);
      }
    expect(relationName('SUPPORTS', 'en')).toBe('supports');
    expect(relationTypeName('IN_INDUSTRY', 'en')).toBe('In industry');
    expect(CURATED_REL_TYPES.map((t) => relationTypeName(t, 'zh')).every((s) => /[\u4e00-\u9fff]/.test(s))).toBe(true);
    expect(kindName('strategic-cluster', 'en')).toBe('Strategic cluster');
    expect(kindName('strategic-cluster', 'zh')).toBe('战略性产业集群');
    expect(propertyName('tier', 'en')).toBe('Level in the industry tree');
    expect(propertyName('shareOfCity', 'zh')).toBe('占全市比重');
    expect(humanize('monthsToTrialProduction')).toBe('Months to trial production');
  });

  it('names property values that are codes, amounts or glossed words', () => {
    expect(propertyValue('sub-industry', 'en')).toBe('Sub-industry');
    expect(propertyValue('sub-industry', 'zh')).toBe('细分产业');
    expect(propertyValue('预期性', 'en')).toBe('Indicative');
    expect(propertyValue('60亿元', 'en')).toBe('6 billion yuan');
    expect(propertyValue('60亿元', 'zh')).toBe('60 亿元');
    expect(propertyValue('超过 (more than)', 'en')).toBe('more than');
    expect(propertyValue('超过 (more than)', 'zh')).toBe('超过');
    expect(propertyValue('Guangzhou', 'en')).toBe('Guangzhou');
  });

  it('captions label groups with their count', () => {
    expect(labelName('Institution', 'zh', 11)).toBe('机构 (11)');
    expect(labelName('Institution', 'en', 11)).toBe('Institutions (11)');
    expect(labelName('Person', 'en', 1)).toBe('Person (1)');
    expect(labelName('Industry', 'en')).toBe('Industry');
  });
});

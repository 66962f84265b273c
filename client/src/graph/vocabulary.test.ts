import { describe, expect, it } from 'vitest';
import { CURATED_REL_TYPES, REL_TYPES } from '@plangraph/shared';
import {
  formatQuantity,
  humanize,
  kindName,
  labelName,
  propertyName,
  propertyValue,
  readableTextIssue,
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

  it('keeps references to working files out of text-issue notes', () => {
    expect(readableTextIssue('Unusual short company name; could not be checked (text-issues.md B, line 507).')).toBe(
      'Unusual short company name; could not be checked.',
    );
    expect(readableTextIssue('Uncertain name (text-issues B); it could not be verified.')).toBe(
      'Uncertain name; it could not be verified.',
    );
    expect(readableTextIssue('Written 云工业区; evidently 云埔工业区 (lost 埔). Not listed in text-issues.md.')).toBe(
      'Written 云工业区; evidently 云埔工业区 (lost 埔).',
    );
    expect(readableTextIssue('Written 弘亚数控志机电 (line 557); evidently 弘亚数控、昊志机电.')).toBe(
      'Written 弘亚数控志机电; evidently 弘亚数控、昊志机电.',
    );
    expect(readableTextIssue('Line 589 writes 批量子; evidently 一批量子.')).toBe(
      'The plan writes 批量子; evidently 一批量子.',
    );
    expect(readableTextIssue('Written 洁生物; evidently 洁特生物 (lost 特), as on line 17.')).toBe(
      'Written 洁生物; evidently 洁特生物 (lost 特), as elsewhere in the plan.',
    );
    expect(readableTextIssue('Line 21 writes 澳门青年人创新部落, line 609 澳门青年创新创业部落; one carrier.')).toBe(
      'The plan writes 澳门青年人创新部落, elsewhere 澳门青年创新创业部落; one carrier.',
    );
    expect(readableTextIssue('Line 321 writes 慧眼; merged here as an alias per text-issues E.')).toBe(
      'The plan writes 慧眼; merged here as an alias.',
    );
    expect(readableTextIssue('Prose (line 17) gives 42; the table (line 219) gives 43.')).toBe(
      'Prose gives 42; the table gives 43.',
    );
  });

  it('captions label groups with their count', () => {
    expect(labelName('Institution', 'zh', 11)).toBe('机构 (11)');
    expect(labelName('Institution', 'en', 11)).toBe('Institutions (11)');
    expect(labelName('Person', 'en', 1)).toBe('Person (1)');
    expect(labelName('Industry', 'en')).toBe('Industry');
  });
});

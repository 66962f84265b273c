/** The real dataset in seed/data: complete where the plan is countable, and consistent. */
import { describe, expect, it } from 'vitest';
import { CURATED_REL_TYPES } from '@plangraph/shared';
import { buildGraph, graphStats } from './dataset.ts';

const graph = buildGraph();
const entities = graph.nodes.filter((n) => n.label !== 'Section');
const byId = new Map(graph.nodes.map((n) => [n.id, n]));
const curated = graph.rels.filter((r) => r.type !== 'MENTIONED_IN' && !r.props.derived);

describe('the plan dataset', () => {
  it('is large enough to be the whole plan', () => {
    expect(entities.length).toBeGreaterThan(350);
    expect(curated.length).toBeGreaterThan(1000);
  });

  it('ships no observed indicator values: the plan publishes none (seed/data/observations.yaml is an empty list)', () => {
    expect(graph.observations).toEqual([]);
  });

  it('has all 17 rows of table 2.1 with numeric 2020 values and 2025 targets and units', () => {
    const rows = entities.filter((n) => n.label === 'Indicator' && typeof n.props.tableRow === 'number');
    expect(rows.map((n) => n.props.tableRow).sort((a, b) => Number(a) - Number(b))).toEqual(
      Array.from({ length: 17 }, (_, i) => i + 1),
    );
    for (const row of rows) {
      expect(typeof row.props.value2020, row.id).toBe('number');
      expect(typeof row.props.target2025, row.id).toBe('number');
      expect(String(row.props.unit).length, row.id).toBeGreaterThan(0);
      expect(row.props.attribute, row.id).toBe('预期性');
    }
  });

  it('keeps both values where the prose and table 2.1 disagree', () => {
    const listed = entities.find((n) => n.props.tableRow === 12);
    expect(listed?.props.value2020).toBe(43);
    expect(listed?.props.value2020Prose).toBe(42);
    expect(listed?.props.textIssue).toBeTruthy();
  });

  it('has all 19 专栏 as programmes, each with members', () => {
    for (let i = 1; i <= 19; i++) {
      const box = byId.get(`box-${i}`);
      expect(box?.label, `box-${i}`).toBe('Programme');
      const members = curated.filter((r) => r.type === 'PART_OF' && r.to === `box-${i}`);
      expect(members.length, `members of box-${i}`).toBeGreaterThan(0);
    }
  });

  it('names every sub-industry the industry boxes list', () => {
    const forms = new Set(entities.flatMap((n) => [n.props.name as string, ...(n.props.aliases as string[])]));
    const industryBoxes = [10, 11, 12, 13, 15, 16, 18];
    const items = graph.outline.sections.filter((s) => industryBoxes.some((b) => s.parentId === `sec-box-${b}`));
    expect(items.length).toBeGreaterThan(20);
    const missing = items.map((s) => s.title).filter((title) => !forms.has(title));
    expect(missing).toEqual([]);
  });

  it('keeps garbled names as written, with the evident correction as an alias and a note', () => {
    const garbled = entities.filter((n) => n.props.textIssue);
    expect(garbled.length).toBeGreaterThan(5);
    const mingluo = entities.find((n) => n.props.name === '明装备');
    expect(mingluo?.props.aliases).toContain('明珞装备');
    const jet = entities.find((n) => n.props.name === '洁生物');
    expect(jet?.props.aliases).toContain('洁特生物');
  });

  it('words every text-issue note in English and in Chinese, speaking only of the plan text', () => {
    const noted = entities.filter((n) => n.props.textIssue || n.props.textIssueZh);
    expect(noted.length).toBe(32);
    for (const n of noted) {
      expect(n.props.textIssue, n.id).toEqual(expect.stringMatching(/[A-Za-z]{3}/));
      expect(n.props.textIssueZh, n.id).toEqual(expect.stringMatching(/\p{Script=Han}.*。$/u));
      for (const note of [n.props.textIssue, n.props.textIssueZh]) {
        expect(note, n.id).not.toMatch(/text-issues|review|TODO|\.md\b/i);
      }
    }
    expect(byId.get('mingluo-equipment')?.props.textIssueZh).toBe('原文作“明装备”,应为“明珞装备”(脱“珞”字)。');
  });

  it('merges name variants under one id', () => {
    const lab = byId.get('guangzhou-laboratory');
    expect(lab?.props.aliases).toEqual(expect.arrayContaining(['呼吸领域广州实验室', '呼吸疾病领域广州实验室']));
  });

  it('links every entity to at least one section and uses every curated relationship type', () => {
    const mentioned = new Set(graph.rels.filter((r) => r.type === 'MENTIONED_IN').map((r) => r.from));
    expect(entities.filter((n) => !mentioned.has(n.id)).map((n) => n.id)).toEqual([]);
    const types = graphStats(graph).types;
    for (const t of CURATED_REL_TYPES) {
      expect(types[t], t).toBeGreaterThan(0);
    }
  });

  it('has English names and descriptions everywhere, and English section titles', () => {
    for (const n of graph.nodes) expect(n.props.nameEn, n.id).toEqual(expect.stringMatching(/\S/));
    const untranslated = graph.nodes.filter((n) => n.label === 'Section' && n.props.nameEn === n.props.name);
    expect(untranslated.map((n) => n.id)).toEqual([]);
  });
});

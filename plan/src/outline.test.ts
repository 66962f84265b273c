import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLAN_TEXT_FILE } from './index.ts';
import { displayTitle, lineAt, parseOutline, sectionPath } from './outline.ts';

const source = readFileSync(PLAN_TEXT_FILE, 'utf8');
const outline = parseOutline(source);
const get = (id: string) => {
  const s = outline.byId.get(id);
  if (!s) throw new Error(`missing ${id}`);
  return s;
};

describe('parseOutline', () => {
  it('finds the preface, ten chapters, all 19 boxes and table 2.1', () => {
    expect(outline.sections.filter((s) => s.kind === 'chapter')).toHaveLength(10);
    expect(get('sec-preface').kind).toBe('preface');
    const boxes = outline.sections.filter((s) => s.kind === 'box').map((s) => s.id);
    expect(boxes).toEqual(Array.from({ length: 19 }, (_, i) => `sec-box-${i + 1}`));
    expect(get('sec-table-2-1')).toMatchObject({ lineStart: 79, lineEnd: 275, parentId: 'sec-2-4' });
  });

  it('ends a box where the sub-section list continues', () => {
    // 专栏10 lists 1–3; the next "2.新能源智能汽车" continues 七(一)'s own list.
    expect(get('sec-box-10')).toMatchObject({ lineStart: 485, lineEnd: 491, parentId: 'sec-7-1' });
    expect(get('sec-7-1-i2')).toMatchObject({ title: '新能源智能汽车', lineStart: 493 });
  });

  it('reads the item that lost its dot on line 303, but not counters such as "1个"', () => {
    expect(get('sec-box-2-i2').title).toBe('广州人工智能与数字经济试验区(鱼珠片区)');
    expect(outline.lineOwner[327]).toBe('sec-box-3');
  });

  it('gives sections offsets that slice their own text', () => {
    const s = get('sec-box-17');
    expect(source.slice(s.start, s.end).startsWith('专栏17:中国纳米谷产业孵化重点工作')).toBe(true);
    expect(source.slice(s.start, s.end).endsWith('。')).toBe(true);
    expect(lineAt(outline, s.start)).toBe(565);
  });

  it('builds paths and display titles', () => {
    expect(sectionPath(outline, 'sec-box-13-i2').map((s) => s.id)).toEqual([
      'sec-7',
      'sec-7-1',
      'sec-box-13',
      'sec-box-13-i2',
    ]);
    expect(displayTitle(get('sec-7'))).toBe('七、提升产业创新策源能力,实现科技引领产业升级');
    expect(displayTitle(get('sec-7-1'))).toBe('(一)以技术突破引领战略性新兴产业发展');
  });
});

import { describe, expect, it } from 'vitest';
import { escapeLucene, matchedField, substringQuery } from './search.ts';

describe('escapeLucene', () => {
  it('turns operators and special characters into plain terms', () => {
    expect(escapeLucene('a+b (c) "d" e~ f* g?:h\\i/j')).toBe('a\\+b \\(c\\) \\"d\\" e\\~ f\\* g\\?\\:h\\\\i\\/j');
    expect(escapeLucene('cats AND dogs OR NOT fish')).toBe('cats and dogs or not fish');
    expect(escapeLucene('广州实验室')).toBe('广州实验室');
  });
});

describe('matchedField', () => {
  const node = {
    id: 'guangzhou-laboratory',
    name: '广州实验室',
    nameEn: 'Guangzhou Laboratory',
    aliases: ['广州国家实验室'],
  };

  it('prefers exact matches: name, alias, English name, id', () => {
    expect(matchedField(node, '广州实验室')).toEqual({ field: 'name', value: '广州实验室' });
    expect(matchedField(node, '广州国家实验室')).toEqual({ field: 'alias', value: '广州国家实验室' });
    expect(matchedField(node, 'guangzhou laboratory')).toEqual({ field: 'nameEn', value: 'Guangzhou Laboratory' });
    expect(matchedField(node, 'guangzhou-laboratory')).toEqual({ field: 'id', value: 'guangzhou-laboratory' });
  });

  it('then substrings, then the field sharing most characters', () => {
    expect(matchedField(node, '实验')).toEqual({ field: 'name', value: '广州实验室' });
    expect(matchedField(node, '国家')).toEqual({ field: 'alias', value: '广州国家实验室' });
    expect(matchedField(node, 'Labor')).toEqual({ field: 'nameEn', value: 'Guangzhou Laboratory' });
    expect(matchedField(node, '国家广州')).toEqual({ field: 'alias', value: '广州国家实验室' });
  });
});

describe('substringQuery', () => {
  it('makes a run of Chinese characters a phrase and a word a wildcard on both sides', () => {
    expect(substringQuery('广州实验室')).toBe('+"广州实验室"');
    expect(substringQuery('Knowledge City')).toBe('+(*knowledge* knowledge) +(*city* city)');
    expect(substringQuery('研究院4242')).toBe('+"研究院" +(*4242* 4242)');
  });
  it('keeps no Lucene syntax: operators, quotes, wildcards and escapes are dropped', () => {
    expect(substringQuery('广州 AND (实验室 OR *:*)~')).toBe('+"广州" +(*and* and) +"实验室" +(*or* or)');
    expect(substringQuery('"\\" title:x^2')).toBe('+(*title* title) +(*x* x) +(*2* 2)');
    expect(substringQuery('*?~-+!')).toBeNull();
  });
  it('splits at every script change, so no clause spans tokens the index keeps apart', () => {
    expect(substringQuery('CAR-T细胞')).toBe('+(*car* car) +(*t* t) +"细胞"');
  });
});

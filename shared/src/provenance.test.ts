import { describe, expect, it } from 'vitest';
import {
  decodeProvenance,
  encodeNodeProvenance,
  encodeRelationshipProvenance,
  mapQuotes,
  NODE_PROVENANCE_PROPERTIES,
  RELATIONSHIP_PROVENANCE_PROPERTIES,
  type Quote,
} from './provenance.ts';

const quotes: Quote[] = [
  { quote: '建设广州实验室', sectionId: 'sec-3-1', start: 120, end: 127 },
  { quote: '广州实验室', sectionId: 'sec-4', start: 900, end: 905 },
];

describe('provenance encoding', () => {
  it('round-trips node quotes through parallel lists', () => {
    const props = encodeNodeProvenance(quotes);
    expect(props).toEqual({
      quotes: ['建设广州实验室', '广州实验室'],
      quoteSectionIds: ['sec-3-1', 'sec-4'],
      quoteStarts: [120, 900],
      quoteEnds: [127, 905],
    });
    expect(Object.keys(props).sort()).toEqual([...NODE_PROVENANCE_PROPERTIES].sort());
    expect(decodeProvenance({ ...props, name: '广州实验室' })).toEqual(quotes);
  });

  it('keeps a relationship’s first quote in singular properties as well', () => {
    const props = encodeRelationshipProvenance(quotes);
    expect(props).toMatchObject({ quote: '建设广州实验室', sectionId: 'sec-3-1', start: 120, end: 127 });
    expect(Object.keys(props).sort()).toEqual([...RELATIONSHIP_PROVENANCE_PROPERTIES].sort());
    expect(decodeProvenance(props)).toEqual(quotes);
  });

  it('encodes no quotes as empty lists and null singulars', () => {
    expect(encodeRelationshipProvenance([])).toEqual({
      quote: null,
      sectionId: null,
      start: null,
      end: null,
      quotes: [],
      quoteSectionIds: [],
      quoteStarts: [],
      quoteEnds: [],
    });
  });

  it('decodes missing or short lists without inventing quotes', () => {
    expect(decodeProvenance({})).toEqual([]);
    expect(decodeProvenance({ quotes: ['a'], quoteSectionIds: [] })).toEqual([
      { quote: 'a', sectionId: '', start: 0, end: 0 },
    ]);
  });

  it('maps each quote in one pass, with the same reading of missing entries', () => {
    const props = { ...encodeNodeProvenance(quotes), quoteEnds: [127] };
    expect(mapQuotes(props, (quote, sectionId, start, end) => `${sectionId}:${start}-${end}:${quote}`)).toEqual([
      'sec-3-1:120-127:建设广州实验室',
      'sec-4:900-0:广州实验室',
    ]);
    expect(mapQuotes({ quotes: [] }, () => 1)).toEqual([]);
  });
});

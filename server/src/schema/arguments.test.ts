import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { NODE_LABELS, REL_TYPES } from '@plangraph/shared';
import {
  id,
  ids,
  intIn,
  kindList,
  labelList,
  requiredLabel,
  requiredType,
  safeText,
  searchText,
  typeList,
} from './arguments.ts';

/** The error a check throws, for assertions on its message and extensions. */
function rejection(check: () => unknown): GraphQLError {
  try {
    check();
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error('the check accepted the value');
}

describe('argument checks', () => {
  it('name the argument and answer 400 BAD_USER_INPUT', () => {
    const error = rejection(() => intIn('depth', 50, 1, 1, 3));
    expect(error.message).toBe('Argument "depth": must be an integer from 1 to 3, got 50');
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'depth', http: { status: 400 } });
  });

  it('take the default for an omitted or null integer and reject fractions', () => {
    expect(intIn('limit', undefined, 20, 1, 100)).toBe(20);
    expect(intIn('limit', null, 20, 1, 100)).toBe(20);
    expect(intIn('limit', 100, 20, 1, 100)).toBe(100);
    expect(rejection(() => intIn('limit', 1.5, 20, 1, 100)).message).toContain('got 1.5');
    expect(rejection(() => intIn('limit', 0, 20, 1, 100)).message).toContain('from 1 to 100');
  });

  it('deduplicate id lists in order and bound their size and each id', () => {
    expect(ids('ids', ['b', 'a', 'b'], 5)).toEqual(['b', 'a']);
    expect(rejection(() => ids('ids', [], 5)).message).toBe('Argument "ids": must list at least one id');
    expect(rejection(() => ids('ids', ['a', 'b', 'c'], 2)).message).toContain('lists 3 ids; at most 2');
    expect(rejection(() => ids('ids', ['x'.repeat(201)], 5)).message).toContain('1 to 200 characters');
    expect(rejection(() => ids('ids', ['a\u0000b'], 5)).message).toContain('control characters');
  });

  it('reject empty, overlong and unsafe ids', () => {
    expect(id('id', 'guangzhou-laboratory')).toBe('guangzhou-laboratory');
    expect(rejection(() => id('from', '')).message).toBe('Argument "from": must be 1 to 200 characters long');
    expect(rejection(() => id('id', '\ud800')).message).toContain('unpaired surrogates');
  });

  it('trim search text and bound its length', () => {
    expect(searchText('text', '  广州实验室 ')).toBe('广州实验室');
    expect(rejection(() => searchText('text', '   ')).message).toBe('Argument "text": must not be empty');
    expect(rejection(() => searchText('text', '字'.repeat(201))).message).toContain('is 201 characters long');
    expect(safeText('text', '生物岛 🧬')).toBe('生物岛 🧬');
  });

  it('accept labels and relationship types from the allow-lists only', () => {
    expect(labelList('labels', null)).toBeNull();
    expect(labelList('labels', ['Institution', 'Zone'])).toEqual(['Institution', 'Zone']);
    const label = rejection(() => labelList('labels', ['Institution', 'Robot']));
    expect(label.message).toBe(`Argument "labels": unknown label "Robot"; known labels: ${NODE_LABELS.join(', ')}`);
    expect(rejection(() => labelList('labels', [...NODE_LABELS, 'Zone'])).message).toContain('too many labels');

    expect(typeList('relationshipTypes', undefined)).toBeNull();
    expect(typeList('relationshipTypes', ['SUPPORTS'])).toEqual(['SUPPORTS']);
    const type = rejection(() => typeList('relationshipTypes', ['SUPPORTS|DELETE']));
    expect(type.message).toContain('unknown relationship type "SUPPORTS|DELETE"');
    expect(type.message).toContain(REL_TYPES.join(', '));
  });

  it('take one required label or type, and narrowing kinds', () => {
    expect(requiredLabel('label', 'Industry')).toBe('Industry');
    expect(rejection(() => requiredLabel('rowLabel', 'Planet')).extensions).toMatchObject({ argumentName: 'rowLabel' });
    expect(requiredType('relationshipType', 'SUPPORTS')).toBe('SUPPORTS');
    expect(rejection(() => requiredType('relationshipType', 'LOVES')).message).toContain('"LOVES"');
    expect(kindList('columnKinds', undefined)).toBeNull();
    expect(kindList('columnKinds', ['strategic-cluster'])).toEqual(['strategic-cluster']);
    expect(rejection(() => kindList('columnKinds', [])).message).toContain('at least one kind');
    expect(rejection(() => kindList('rowKinds', ['x'.repeat(61)])).message).toContain('1 to 60 characters');
  });

  it('bound text to look for at the given length', () => {
    expect(searchText('text', ' 氢能 ', 100)).toBe('氢能');
    expect(rejection(() => searchText('text', '字'.repeat(101), 100)).message).toContain('at most 100 are allowed');
  });
});

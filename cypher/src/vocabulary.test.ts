/**
 * Cypher cannot take labels in schema statements from parameters, so the files name them; this test keeps those
 * lists equal to the allow-lists in shared/src/index.ts.
 */
import { describe, expect, it } from 'vitest';
import { NODE_LABELS, REL_TYPES } from '@plangraph/shared';
import { schemaStatements } from './index.ts';

const sorted = (values: Iterable<string>) => [...values].sort();

describe('Cypher files and the label and relationship type lists', () => {
  it('every label has a unique-id constraint, and no other label does', () => {
    const constrained = schemaStatements().flatMap(({ statement }) => {
      const m = /^CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \(n:(\w+)\) REQUIRE n\.id IS UNIQUE$/.exec(statement);
      return m ? [m[1]!] : [];
    });
    expect(sorted(constrained)).toEqual(sorted(['PlanNode', ...NODE_LABELS]));
  });

  it('every relationship type has an id index, and no other type does', () => {
    const indexed = schemaStatements().flatMap(({ statement }) => {
      const m = /^CREATE INDEX \w+ IF NOT EXISTS FOR \(\)-\[r:(\w+)\]-\(\) ON \(r\.id\)$/.exec(statement);
      return m ? [m[1]!] : [];
    });
    expect(sorted(indexed)).toEqual(sorted(REL_TYPES));
  });
});

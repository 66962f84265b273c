import { describe, expect, it } from 'vitest';
import { getOperationAST, parse } from 'graphql';
import { isCompilable, rootFieldNames } from './compiled-execution.ts';

const compilable = new Set(['search', 'neighborhood', 'stats']);

function check(source: string, operationName?: string) {
  const document = parse(source);
  const operation = getOperationAST(document, operationName)!;
  return {
    names: [...rootFieldNames(operation, document)].sort(),
    compiled: isCompilable(operation, document, compilable),
  };
}

describe('which operations are compiled', () => {
  it('compiles queries that select only hand-written root fields, through fragments too', () => {
    expect(check('{ stats { nodeCount } __typename }')).toEqual({ names: ['__typename', 'stats'], compiled: true });
    expect(
      check(
        'query Q { ...A ... on Query { neighborhood(ids: ["x"]) { truncated } } } fragment A on Query { search(text: "x") { score } }',
      ),
    ).toEqual({ names: ['neighborhood', 'search'], compiled: true });
  });

  it('leaves the generated API, introspection and mixed operations to graphql-js', () => {
    expect(check('{ zones { id } }').compiled).toBe(false);
    expect(check('{ stats { nodeCount } zones { id } }').compiled).toBe(false);
    expect(check('{ __schema { queryType { name } } }').compiled).toBe(false);
    expect(check('{ stats { nodeCount } __type(name: "Zone") { name } }').compiled).toBe(false);
    expect(check('{ __typename }').compiled).toBe(false);
  });

  it('reads the operation asked for, and follows a fragment cycle only once', () => {
    const doc = 'query A { stats { nodeCount } } query B { zones { id } }';
    expect(check(doc, 'A').compiled).toBe(true);
    expect(check(doc, 'B').compiled).toBe(false);
    expect(check('{ ...F } fragment F on Query { stats { nodeCount } ...F }').names).toEqual(['stats']);
  });
});

import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { formatError, isTimeout, plainMessage } from './errors.ts';

describe('error messages', () => {
  it('drop the prefixes graphql-armor puts on limits, but keep real syntax errors', () => {
    expect(plainMessage('Syntax Error: Query depth limit of 12 exceeded, found 16.')).toBe(
      'Query depth limit of 12 exceeded, found 16.',
    );
    expect(plainMessage('Syntax Error: Query Cost limit of 20000 exceeded, found 30000. Validation aborted.')).toBe(
      'Query Cost limit of 20000 exceeded, found 30000.',
    );
    expect(plainMessage('Syntax Error: Expected Name, found <EOF>.')).toBe('Syntax Error: Expected Name, found <EOF>.');
  });
  it('cut very long names', () => {
    expect(plainMessage(`Unknown operation named "${'Q'.repeat(500)}".`)).toBe(
      `Unknown operation named "${'Q'.repeat(40)}…" (500 characters).`,
    );
  });
  it('mask internals and name timeouts', () => {
    const internal = formatError(
      { message: 'Neo.ClientError.Statement.SyntaxError: MATCH (n)', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      new GraphQLError('x', { originalError: new Error('MATCH (n)') }),
    );
    expect(internal).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    const timeout = Object.assign(new Error('terminated'), {
      code: 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
    });
    expect(isTimeout(timeout)).toBe(true);
    expect(
      formatError({ message: 'terminated' }, new GraphQLError('x', { originalError: timeout })).extensions,
    ).toEqual({
      code: 'QUERY_TIMEOUT',
    });
  });
});

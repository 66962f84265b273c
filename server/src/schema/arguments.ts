/**
 * Argument checks for the exploration queries: each returns the clean value or throws a GraphQL error naming the
 * argument and what is wrong with it. The Cypher bounds the same values again.
 */
import { GraphQLError } from 'graphql';
import {
  isNodeLabel,
  isRelType,
  NODE_LABELS,
  REL_TYPES,
  SEARCH_TEXT_MAX,
  type NodeLabel,
  type RelType,
} from '@plangraph/shared';

export function badInput(argumentName: string, message: string): GraphQLError {
  // http.status: a rejected argument is the client's fault, so the response is 400 (Apollo strips `http`).
  return new GraphQLError(`Argument "${argumentName}": ${message}`, {
    extensions: { code: 'BAD_USER_INPUT', argumentName, http: { status: 400 } },
  });
}

/** C0 controls (null bytes, …) and unpaired UTF-16 surrogates: never part of a name or an id. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_TEXT = /[\u0000-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function safeText(name: string, value: string): string {
  if (UNSAFE_TEXT.test(value))
    throw badInput(name, 'must not contain control characters (such as null bytes) or unpaired surrogates');
  return value;
}

/** An explicit null takes the default, as an omitted argument does. */
export function intIn(name: string, value: number | null | undefined, fallback: number, min: number, max: number) {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max)
    throw badInput(name, `must be an integer from ${min} to ${max}, got ${n}`);
  return n;
}

/** A list of ids, deduplicated in order. */
export function ids(name: string, values: readonly string[], max: number): string[] {
  if (values.length === 0) throw badInput(name, 'must list at least one id');
  if (values.length > max) throw badInput(name, `lists ${values.length} ids; at most ${max} are allowed`);
  for (const v of values) {
    if (v.length === 0 || v.length > 200) throw badInput(name, 'ids are 1 to 200 characters long');
    safeText(name, v);
  }
  return [...new Set(values)];
}

export function id(name: string, value: string): string {
  if (value.length === 0 || value.length > 200) throw badInput(name, 'must be 1 to 200 characters long');
  return safeText(name, value);
}

/** Text to look for: trimmed, 1 to `max` characters (search: SEARCH_TEXT_MAX, which the explorer checks too). */
export function searchText(name: string, value: string, max = SEARCH_TEXT_MAX): string {
  const text = value.trim();
  if (text.length === 0) throw badInput(name, 'must not be empty');
  if (text.length > max) throw badInput(name, `is ${text.length} characters long; at most ${max} are allowed`);
  return safeText(name, text);
}

/** Labels from the allow-list; null means any label. */
export function labelList(name: string, values: readonly string[] | null | undefined): NodeLabel[] | null {
  if (values == null) return null;
  if (values.length > NODE_LABELS.length) throw badInput(name, `lists too many labels (at most ${NODE_LABELS.length})`);
  return values.map((v) => {
    if (!isNodeLabel(v))
      throw badInput(name, `unknown label "${v.slice(0, 40)}"; known labels: ${NODE_LABELS.join(', ')}`);
    return v;
  });
}

/** Relationship types from the allow-list; null means any type. */
export function typeList(name: string, values: readonly string[] | null | undefined): RelType[] | null {
  if (values == null) return null;
  if (values.length > REL_TYPES.length)
    throw badInput(name, `lists too many relationship types (at most ${REL_TYPES.length})`);
  return values.map((v) => {
    if (!isRelType(v))
      throw badInput(name, `unknown relationship type "${v.slice(0, 40)}"; known types: ${REL_TYPES.join(', ')}`);
    return v;
  });
}

/** One label (required) from the allow-list. */
export function requiredLabel(name: string, value: string): NodeLabel {
  return labelList(name, [value])![0]!;
}

/** One relationship type (required) from the allow-list. */
export function requiredType(name: string, value: string): RelType {
  return typeList(name, [value])![0]!;
}

/** Kinds to narrow to; null means any kind. */
export function kindList(name: string, values: readonly string[] | null | undefined): string[] | null {
  if (values == null) return null;
  if (values.length === 0) throw badInput(name, 'must list at least one kind, or be left out');
  if (values.length > 50) throw badInput(name, `lists ${values.length} kinds; at most 50 are allowed`);
  for (const v of values) {
    if (v.length === 0 || v.length > 60) throw badInput(name, 'kinds are 1 to 60 characters long');
    safeText(name, v);
  }
  return [...values];
}

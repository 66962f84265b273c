/**
 * Answer views in the address bar, so a planner can send one: `?trace=<id>&dir=up|down` and
 * `?from=<id>&to=<id>&path=<n>` (n counts from 1). They open straight into the answer view. A paths link may
 * narrow the paths to relationship types (`&types=SUPPORTS,LOCATED_IN`) and bring back paths through hubs
 * (`&hubs=1`); the rank counts among the paths that filter lets through.
 */
import { CURATED_REL_TYPES } from '@plangraph/shared';
import type { TraceDirection } from '../api/types.ts';

export type AnswerRef =
  | { kind: 'trace'; id: string; direction: TraceDirection }
  | { kind: 'paths'; from: string; to: string; path: number | null; types: string[]; includeHubs: boolean };

const KEYS = ['trace', 'dir', 'from', 'to', 'path', 'types', 'hubs'] as const;

/** The curated types named in `value` (comma-separated), in their canonical order; unknown names are ignored. */
export function parseTypes(value: string | null): string[] {
  const named = new Set((value ?? '').split(',').map((t) => t.trim()));
  return CURATED_REL_TYPES.filter((t) => named.has(t));
}
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;

export function parseAnswer(search: string): AnswerRef | null {
  const q = new URLSearchParams(search);
  const trace = q.get('trace');
  if (trace && ID.test(trace)) {
    const dir = q.get('dir');
    return { kind: 'trace', id: trace, direction: dir === 'down' ? 'DOWNSTREAM' : 'UPSTREAM' };
  }
  const from = q.get('from');
  const to = q.get('to');
  if (from && to && ID.test(from) && ID.test(to)) {
    const n = Number(q.get('path'));
    return {
      kind: 'paths',
      from,
      to,
      path: Number.isInteger(n) && n >= 1 && n <= 100 ? n : null,
      types: parseTypes(q.get('types')),
      includeHubs: q.get('hubs') === '1',
    };
  }
  return null;
}

/** The query string with `answer` in place of any answer parameters of `base` (null: none), others kept. */
export function serializeAnswer(answer: AnswerRef | null, base = ''): string {
  const q = new URLSearchParams(base);
  for (const k of KEYS) q.delete(k);
  if (answer?.kind === 'trace') {
    q.set('trace', answer.id);
    q.set('dir', answer.direction === 'DOWNSTREAM' ? 'down' : 'up');
  } else if (answer?.kind === 'paths') {
    q.set('from', answer.from);
    q.set('to', answer.to);
    if (answer.path !== null) q.set('path', String(answer.path));
    const types = parseTypes(answer.types.join(','));
    if (types.length > 0) q.set('types', types.join(','));
    if (answer.includeHubs) q.set('hubs', '1');
  }
  // Commas need no escaping in a query value and read better unescaped.
  const s = q.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}

export function answerKeys(): readonly string[] {
  return KEYS;
}

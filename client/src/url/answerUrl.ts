/**
 * Answer views in the address bar, so a planner can send one: `?trace=<id>&dir=up|down` and
 * `?from=<id>&to=<id>&path=<n>` (n counts from 1). They open straight into the answer view.
 */
import type { TraceDirection } from '../api/types.ts';

export type AnswerRef =
  | { kind: 'trace'; id: string; direction: TraceDirection }
  | { kind: 'paths'; from: string; to: string; path: number | null };

const KEYS = ['trace', 'dir', 'from', 'to', 'path'] as const;
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
    return { kind: 'paths', from, to, path: Number.isInteger(n) && n >= 1 && n <= 100 ? n : null };
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
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

export function answerKeys(): readonly string[] {
  return KEYS;
}

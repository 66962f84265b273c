/**
 * The example questions the first view offers: what each asks of the graph, and its wording in the UI language
 * with the names of the entities it is about. The entities are in the plan graph and in the test fixture.
 */
import type { Language } from '../../graph/index.ts';
import { translate } from '../language/index.ts';

export type ExampleQuestion =
  /** What an entity depends on: its upstream trace. */
  | { kind: 'trace'; id: string }
  /** How two entities are connected: the paths between them. */
  | { kind: 'paths'; from: string; to: string }
  /** Which platforms matter most: the Insights panel's key platforms. */
  | { kind: 'platforms' };

export const EXAMPLE_QUESTIONS: readonly ExampleQuestion[] = [
  { kind: 'trace', id: 'guangzhou-laboratory' },
  { kind: 'paths', from: 'zhong-nanshan', to: 'human-cell-lineage-facility' },
  { kind: 'platforms' },
];

/** The entities a question names. */
export function questionEntities(q: ExampleQuestion): string[] {
  if (q.kind === 'trace') return [q.id];
  if (q.kind === 'paths') return [q.from, q.to];
  return [];
}

/** A stable key for a question (React keys, test ids). */
export function questionKey(q: ExampleQuestion): string {
  return [q.kind, ...questionEntities(q)].join(':');
}

/**
 * The question as the prompt words it, with each entity's name (`names`: id → name in `language`); null when an
 * entity it names is not in the graph, so the prompt leaves it out.
 */
export function questionText(q: ExampleQuestion, names: ReadonlyMap<string, string>, language: Language) {
  const entities = questionEntities(q).map((id) => names.get(id));
  if (entities.some((name) => name === undefined)) return null;
  const [a = '', b = ''] = entities as string[];
  const key = q.kind === 'trace' ? 'exampleTrace' : q.kind === 'paths' ? 'examplePath' : 'examplePlatforms';
  return translate(key, language).replace('{a}', a).replace('{b}', b);
}

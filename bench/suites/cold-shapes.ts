/**
 * (7) Cold query shapes: generated-API queries whose shape Neo4j has not planned before (fields in a new order, new
 * nestings), timed on first sight and again once planned. Every shape is one the limits accept; the target is that
 * none takes more than COLD_TARGET_MS cold on the plan graph.
 */
import { seededRandom } from '@plangraph/shared';
import { RELATIONSHIP_FIELDS } from '../../server/src/schema/type-defs.ts';
import type { Suite } from '../lib/suite.ts';

export const COLD_TARGET_MS = 2000;

const FIELDS = Object.values(RELATIONSHIP_FIELDS).flatMap(([out, inc]) => [out, inc]);

function shuffled<T>(items: T[], random: () => number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

/** Novel shapes: a different run seed gives different field orders, so nothing is in the plan cache. */
export function coldShapes(seed: number): { name: string; query: string }[] {
  const random = seededRandom(seed);
  const pick = (n: number) => shuffled(FIELDS, random).slice(0, n);
  return [
    {
      name: 'zones-22-relationships',
      query: `{ zones { id ${pick(22)
        .map((f) => `${f} { id }`)
        .join(' ')} } }`,
    },
    {
      // The most the traversal limit accepts of the heaviest kind: a connection with edges counts as two subqueries.
      name: 'plannodes-10-lists-10-connections',
      query: `{ planNodes(limit: 50) { id label ${pick(10)
        .map((f) => `${f} { id name } ${f}Connection { totalCount edges { properties { quote } } }`)
        .join(' ')} } }`,
    },
    {
      name: 'institutions-two-levels',
      query: `{ institutions(limit: 20) { id ${pick(5)
        .map(
          (f) =>
            `${f}(limit: 10) { id ${pick(5)
              .map((g) => `${g} { id }`)
              .join(' ')} }`,
        )
        .join(' ')} } }`,
    },
    {
      name: 'industries-20-relationship-filters',
      query: `{ industries(where: { OR: [${pick(20)
        .map((f) => `{ ${f}: { some: { name: { contains: "广州" } } } }`)
        .join(', ')}] }) { id ${pick(8)
        .map((f) => `${f} { id }`)
        .join(' ')} } }`,
    },
  ];
}

export const coldShapesSuite: Suite = {
  name: 'cold',
  description: 'first-sight and planned latency of novel generated-API query shapes on the plan graph',
  async run(ctx) {
    const env = await ctx.plan();
    for (const shape of coldShapes(Date.now() % 2 ** 31)) {
      const t0 = performance.now();
      await env.gql(shape.query);
      const coldMs = performance.now() - t0;
      const warm: number[] = [];
      for (let i = 0; i < (ctx.quick ? 2 : 5); i++) {
        const t = performance.now();
        await env.gql(shape.query);
        warm.push(performance.now() - t);
      }
      warm.sort((a, b) => a - b);
      const warmMs = warm[Math.floor(warm.length / 2)]!;
      ctx.emit({
        suite: 'cold',
        name: shape.name,
        dataset: 'plan',
        coldMs: Math.round(coldMs),
        warmMs: Math.round(warmMs),
        target: COLD_TARGET_MS,
        withinTarget: coldMs <= COLD_TARGET_MS,
      });
    }
  },
};

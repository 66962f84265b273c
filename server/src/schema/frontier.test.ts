import { describe, expect, it } from 'vitest';
import { expandFrontier, type ExpandStep } from './frontier.ts';

/** A step over an in-memory adjacency list that records each call, as the Cypher step would answer it. */
function stepOver(graph: Record<string, string[]>) {
  const calls: { frontier: string[]; seen: string[]; limit: number }[] = [];
  const step: ExpandStep = async (frontier, seen, limit) => {
    calls.push({ frontier: [...frontier], seen: [...seen], limit });
    const found = [...new Set(frontier.flatMap((id) => graph[id] ?? []))].filter((id) => !seen.includes(id));
    return found.slice(0, limit);
  };
  return { step, calls };
}

const chain = { a: ['b', 'c'], b: ['d'], c: ['d', 'e'], d: ['f'], e: [], f: [] };

describe('expandFrontier', () => {
  it('walks hop by hop from the start, excluding what it has seen', async () => {
    const { step, calls } = stepOver(chain);
    const result = await expandFrontier(['a'], { hops: 2, maxNodes: 100, step });
    expect(result).toEqual({ ids: ['a', 'b', 'c', 'd', 'e'], truncated: false });
    expect(calls.map((c) => c.frontier)).toEqual([['a'], ['b', 'c']]);
    expect(calls[1]!.seen).toEqual(['a', 'b', 'c']);
  });

  it('stops early when a hop finds nothing new', async () => {
    const { step, calls } = stepOver(chain);
    const result = await expandFrontier(['e'], { hops: 3, maxNodes: 100, step });
    expect(result).toEqual({ ids: ['e'], truncated: false });
    expect(calls.length).toBe(1);
  });

  it('asks for one more than there is room for and reports the cut', async () => {
    const { step, calls } = stepOver(chain);
    const result = await expandFrontier(['a'], { hops: 3, maxNodes: 4, step });
    expect(result).toEqual({ ids: ['a', 'b', 'c', 'd'], truncated: true });
    expect(calls.map((c) => c.limit)).toEqual([4, 2]);
  });

  it('reports a cut when the limit is reached exactly and more lies beyond', async () => {
    const { step } = stepOver(chain);
    expect(await expandFrontier(['a'], { hops: 3, maxNodes: 3, step })).toEqual({
      ids: ['a', 'b', 'c'],
      truncated: true,
    });
    expect(await expandFrontier(['d'], { hops: 3, maxNodes: 2, step })).toEqual({ ids: ['d', 'f'], truncated: false });
  });
});

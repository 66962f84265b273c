/** The breadth-first loop that `neighborhood` and `trace` share: one query per hop, bounded in hops and nodes. */

/** Ids one hop from `frontier`, none of them in `seen`, at most `limit` of them. */
export type ExpandStep = (frontier: string[], seen: string[], limit: number) => Promise<string[]>;

export type Expansion = {
  /** The start ids, then each hop's new ids in the order the step returned them. */
  ids: string[];
  /** True when `maxNodes` cut the expansion short. */
  truncated: boolean;
};

export async function expandFrontier(
  start: readonly string[],
  options: { hops: number; maxNodes: number; step: ExpandStep },
): Promise<Expansion> {
  const seen = [...start];
  let frontier = [...start];
  let truncated = false;
  for (let hop = 0; hop < options.hops && frontier.length > 0 && !truncated; hop++) {
    const room = options.maxNodes - seen.length;
    // One more than there is room for: finding it tells that the limit cut the result.
    const found = await options.step(frontier, seen, Math.max(room, 0) + 1);
    if (found.length > room) {
      truncated = true;
      found.length = Math.max(room, 0);
    }
    seen.push(...found);
    frontier = found;
  }
  return { ids: seen, truncated };
}

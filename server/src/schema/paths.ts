/** Pure parts of `paths` and `trace`: which relationship types they follow, path ranking and explanations. */
import { REL_PHRASES, REL_TYPES, type RelType } from '@plangraph/shared';
import { compareCodeUnits } from './views.ts';

/** Default path types: every curated type, not MENTIONED_IN (two entities named in one section are not connected). */
export const DEFAULT_PATH_TYPES = REL_TYPES.filter((t) => t !== 'MENTIONED_IN');

/** How an entity depends on others: types followed against their direction (in) or along it (out), for UPSTREAM. */
export const DEPENDENCY_EDGES: { in: RelType[]; out: RelType[] } = {
  in: ['SUPPORTS', 'LEADS', 'FOCUSES_ON', 'IN_INDUSTRY', 'ANCHORS', 'PART_OF'],
  out: ['BACKED_BY', 'LOCATED_IN'],
};

export type RawPath = { nodeIds: string[]; edgeIds: string[] };

/**
 * The best `limit` paths: simple ones only (no node twice), each once, ranked by length, then by fewer outline
 * hops (through sections), then by relationship ids for determinism.
 */
export function rankPaths(raw: readonly RawPath[], limit: number): RawPath[] {
  const unique = [
    ...new Map(
      raw
        .filter((p) => new Set(p.nodeIds).size === p.nodeIds.length)
        .map((p) => {
          const key = p.edgeIds.join('|');
          return [key, { ...p, key, outlineHops: p.nodeIds.filter((n) => n.startsWith('sec-')).length }];
        }),
    ).values(),
  ];
  unique.sort(
    (a, b) => a.edgeIds.length - b.edgeIds.length || a.outlineHops - b.outlineHops || compareCodeUnits(a.key, b.key),
  );
  return unique.slice(0, limit).map(({ nodeIds, edgeIds }) => ({ nodeIds, edgeIds }));
}

function phrase(type: string) {
  return REL_PHRASES[type as RelType] ?? { zh: type, en: type.toLowerCase().replace(/_/g, ' ') };
}

type Step = { type: string; source: string; target: string };

/** One sentence per language: "<first> connects to <last> in N steps: <source> <verb> <target>; …". */
export function explainPath(
  nodeIds: readonly string[],
  edges: readonly Step[],
  names: ReadonlyMap<string, { zh: string; en: string }>,
): { zh: string; en: string } {
  const zh: string[] = [];
  const en: string[] = [];
  edges.forEach((e) => {
    const s = names.get(e.source) ?? { zh: e.source, en: e.source };
    const t = names.get(e.target) ?? { zh: e.target, en: e.target };
    const p = phrase(e.type);
    zh.push(`${s.zh}${p.zh}${t.zh}`);
    en.push(`${s.en} ${p.en} ${t.en}`);
  });
  const first = names.get(nodeIds[0] ?? '');
  const last = names.get(nodeIds[nodeIds.length - 1] ?? '');
  const hops = edges.length;
  return {
    zh: `${first?.zh ?? ''}经${hops}步连到${last?.zh ?? ''}:${zh.join(',')}。`,
    en: `${first?.en ?? ''} connects to ${last?.en ?? ''} in ${hops} step${hops === 1 ? '' : 's'}: ${en.join('; ')}.`,
  };
}

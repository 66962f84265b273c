import type { LayoutOptions, NodeSingular } from 'cytoscape';
import type { LayoutName, RankDir } from '../store/index.ts';

export type LayoutOpts = { randomize: boolean; animate: boolean; rankDir?: RankDir; large?: boolean };

/**
 * Layout options per name. `randomize: false` makes fcose refine current positions (used when nodes are added).
 * `large`: thousands of nodes — fcose in draft quality with fewer iterations, so a layout takes a moment, not
 * many seconds.
 */
export function layoutOptions(name: LayoutName, opts: LayoutOpts): LayoutOptions {
  // The controller fits afterwards (with a zoom cap), so layouts only place nodes.
  const common = {
    fit: false,
    padding: 48,
    animate: opts.animate,
    animationDuration: 450,
    nodeDimensionsIncludeLabels: true,
  };
  switch (name) {
    case 'fcose':
      return {
        ...common,
        name: 'fcose',
        quality: opts.large ? 'draft' : 'proof',
        randomize: opts.large ? true : opts.randomize,
        // Greedy sampling: the spectral step then needs no random samples.
        samplingType: true,
        animate: opts.animate ? 'end' : false,
        idealEdgeLength: () => 95,
        nodeRepulsion: () => 9000,
        nodeSeparation: 90,
        gravity: 0.3,
        numIter: opts.large ? 600 : 2500,
        packComponents: true,
        tile: true,
      } as unknown as LayoutOptions;
    case 'dagre':
      return {
        ...common,
        name: 'dagre',
        rankDir: opts.rankDir ?? 'LR',
        nodeSep: 18,
        rankSep: 90,
        edgeSep: 8,
      } as LayoutOptions;
    case 'concentric':
      return {
        ...common,
        name: 'concentric',
        concentric: (n: NodeSingular) => n.degree(false),
        levelWidth: () => 3,
        minNodeSpacing: 28,
        avoidOverlap: true,
      } as LayoutOptions;
    case 'grid':
      return {
        ...common,
        name: 'grid',
        avoidOverlap: true,
        avoidOverlapPadding: 16,
        sort: (a: NodeSingular, b: NodeSingular) =>
          String(a.data('type')).localeCompare(String(b.data('type'))) ||
          String(a.data('name')).localeCompare(String(b.data('name'))),
      } as LayoutOptions;
  }
}

/** mulberry32: a tiny seeded PRNG. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Runs fn with Math.random replaced by a seeded generator. fcose draws random numbers in its spectral step
 * and offers no seed option; its computation is synchronous, so the swap is confined to this call.
 */
export function withSeededRandom<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  Math.random = seeded(seed);
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}

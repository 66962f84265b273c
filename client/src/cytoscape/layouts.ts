import type { LayoutOptions, NodeSingular } from 'cytoscape';
import type { LayoutName, RankDir } from '../graph/index.ts';
import { seededRandom } from '@plangraph/shared';

export type LayoutOpts = {
  randomize: boolean;
  animate: boolean;
  rankDir?: RankDir;
  large?: boolean;
  /** How many nodes are laid out (for the large views' choice of quality). */
  nodes?: number;
};

/**
 * Large views up to this many nodes get fcose's force-directed pass after its spectral step. The spectral step
 * alone piles hundreds of nodes into a blob (at 522 nodes / 1,000 edges the median nearest-neighbour distance was
 * a third of a node's width); the force pass spreads them, at a cost that grows with the square of the node count
 * (about four times the spectral step's at 522 nodes; twenty times slower again at 1,112), so larger views keep the
 * spectral draft.
 */
export const FORCE_PASS_MAX_NODES = 700;

/**
 * Layout options per name. `randomize: false` makes fcose refine current positions (used when nodes are added).
 * `large`: hundreds to thousands of nodes drawn with WebGL — fcose without animation, with its force pass up to
 * FORCE_PASS_MAX_NODES nodes and in draft quality (spectral only) beyond, so a layout takes seconds at most.
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
        quality: !opts.large ? 'proof' : (opts.nodes ?? Infinity) <= FORCE_PASS_MAX_NODES ? 'default' : 'draft',
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
      };
    case 'grid':
      return {
        ...common,
        name: 'grid',
        avoidOverlap: true,
        avoidOverlapPadding: 16,
        sort: (a: NodeSingular, b: NodeSingular) =>
          String(a.data('type')).localeCompare(String(b.data('type'))) ||
          String(a.data('name')).localeCompare(String(b.data('name'))),
      };
  }
}

/**
 * Runs fn with Math.random replaced by a seeded generator. fcose draws random numbers in its spectral step
 * and offers no seed option; its computation is synchronous, so the swap is confined to this call.
 */
export function withSeededRandom<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}

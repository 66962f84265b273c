/** Runs layouts on the canvas: one at a time, the latest wins, newcomers placed near their neighbours first. */
import type { Core, LayoutOptions, Layouts, NodeCollection, NodeSingular } from 'cytoscape';
import type { Positions } from './diff.ts';
import type { LayoutName, RankDir } from '../graph/index.ts';
import { layoutOptions, withSeededRandom } from './layouts.ts';
import { ringPosition } from './viewport.ts';

const LAYOUT_SEED = 20211231;

export type LayoutRun = {
  added?: string[];
  around?: string | null;
  animate?: boolean;
  rankDir?: RankDir;
  /** Positions computed elsewhere (answer views): placed as they are, then fitted. */
  preset?: Positions;
};

export type LayoutRunner = {
  run(name: LayoutName, options: LayoutRun): void;
  running(): boolean;
  /** Stops the running layout and finishes its run now (removing nodes mid-animation can lose layoutstop). */
  interrupt(): void;
};

/** New nodes start next to a placed neighbour (or the expanded node) so an incremental layout moves little. */
function placeNew(cy: Core, added: NodeCollection, around: string | null) {
  const anchor = around ? cy.getElementById(around) : null;
  const count = added.length;
  added.forEach((n, i) => {
    const placed = n.neighborhood('node').filter((m) => !added.contains(m)) as NodeCollection;
    const base =
      anchor && anchor.nonempty() ? anchor.position() : placed.nonempty() ? placed.first().position() : { x: 0, y: 0 };
    n.position(ringPosition(base, i, count));
  });
}

/** `started` and `finished` bracket each run that is not superseded; `finished` comes with running() false. */
export function createLayoutRunner(
  cy: Core,
  large: boolean,
  hooks: { started(): void; finished(): void },
): LayoutRunner {
  let running = false;
  let layoutRun = 0;
  let previousLayout: Layouts | null = null;
  let finishRunning: (() => void) | null = null;
  return {
    run(name, options) {
      const nodes = cy.nodes();
      const addedSet = new Set(options.added ?? []);
      const added = cy.nodes().filter((n) => addedSet.has(n.id()));
      // Refine in place when most of the graph already has a layout; otherwise lay out from scratch.
      const incremental = name === 'fcose' && added.nonempty() && added.length < nodes.length;
      // Newcomers have no place to keep yet: pinned or not, the layout places them, then they are locked.
      added.forEach((n) => {
        if (n.locked()) n.unlock();
      });
      const preset = options.preset;
      if (incremental && !preset) placeNew(cy, added, options.around ?? null);
      const opts: LayoutOptions = preset
        ? ({
            name: 'preset',
            positions: (n: NodeSingular) => preset[n.id()] ?? n.position(),
            fit: false,
            animate: false,
          } as LayoutOptions)
        : layoutOptions(name, {
            randomize: !incremental,
            animate: (options.animate ?? true) && !large,
            rankDir: options.rankDir,
            large,
            nodes: nodes.length,
          });
      // Only the latest run finishes the job: an older run's layoutstop (or its fallback) is ignored.
      const run = ++layoutRun;
      previousLayout?.stop();
      const layout = cy.layout(opts);
      previousLayout = layout;
      running = true;
      hooks.started();
      let finished = false;
      const finish = () => {
        if (finished || run !== layoutRun || cy.destroyed()) return;
        finished = true;
        finishRunning = null;
        running = false;
        hooks.finished();
      };
      finishRunning = finish;
      layout.one('layoutstop', finish);
      withSeededRandom(LAYOUT_SEED, () => layout.run());
    },
    running: () => running,
    interrupt() {
      previousLayout?.stop();
      finishRunning?.();
    },
  };
}

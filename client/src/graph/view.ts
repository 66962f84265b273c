/** What a view shows besides its graph: the layout, the selection and the emphasis. Shared by store/ and cytoscape/. */

export type LayoutName = 'fcose' | 'dagre' | 'concentric' | 'grid';
export const LAYOUT_NAMES: readonly LayoutName[] = ['fcose', 'dagre', 'concentric', 'grid'];
/** Dagre's direction: traces lay out along their direction. */
export type RankDir = 'LR' | 'RL' | 'TB' | 'BT';

export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string } | null;

/**
 * Nodes and edges drawn emphasised (a chosen path, a trace root); `root` gets its own mark; `keep` are drawn as
 * usual (a trace's other elements); everything else steps back.
 */
export type Highlight = { nodeIds: string[]; edgeIds: string[]; root?: string | null; keep?: string[] };

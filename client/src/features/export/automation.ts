/**
 * The page side of the headless CLI (scripts/export.ts): `window.__plangraphExport` loads a focus subgraph and runs
 * the same export code as the dialog. Always installed (it only adds an object); it does nothing until called.
 */
import { CURATED_REL_TYPES } from '@plangraph/shared';
import * as api from '../../api/index.ts';
import { untilCanvas } from '../../cytoscape/index.ts';
import { useStore, type LayoutName } from '../../store/index.ts';
import type { Language } from '../../graph/index.ts';
import type { ExportSettings } from './run.ts';

export type LoadRequest = { focus: string; depth: number; language: Language; layout: LayoutName; limit?: number };
export type LoadResult = { id: string; name: string; nodes: number; edges: number; truncated: boolean };
export type AutomationOutput = {
  base64: string;
  filename: string;
  mime: string;
  width?: number;
  height?: number;
  pixelRatio?: number;
  labelBoxes?: Record<string, { x: number; y: number; w: number; h: number }>;
  fontBytes?: number;
  ms: number;
};

export type ExportAutomation = {
  load(request: LoadRequest): Promise<LoadResult>;
  export(settings: Partial<ExportSettings>): Promise<AutomationOutput>;
};

declare global {
  interface Window {
    __plangraphExport?: ExportAutomation;
  }
}

/** Resolves once `check` holds for the store, tested now and after each change. */
export function untilStore(check: (s: ReturnType<typeof useStore.getState>) => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (check(useStore.getState())) return resolve();
    const off = useStore.subscribe((s) => {
      if (!check(s)) return;
      off();
      resolve();
    });
  });
}

/** A node id, or a name resolved through search (an exact name or alias match first). */
async function resolve(focus: string): Promise<{ id: string; name: string }> {
  const byId = await api.node(focus);
  if (byId) return { id: byId.id, name: byId.name };
  const hits = await api.search(focus, { limit: 10 });
  const exact = hits.find((h) => h.node.name === focus || h.node.nameEn === focus || h.matchedText === focus);
  const hit = exact ?? hits[0];
  if (!hit) throw new Error(`nothing found for "${focus}"`);
  return { id: hit.node.id, name: hit.node.name };
}

export function installExportAutomation(): void {
  if (typeof window === 'undefined') return;
  window.__plangraphExport = {
    async load({ focus, depth, language, layout, limit = 400 }) {
      // The initial view must not land on top of ours.
      await untilStore((s) => s.status === 'ready' || s.status === 'error');
      const target = await resolve(focus);
      const sub = await api.neighborhood({ ids: [target.id], depth, relationshipTypes: [...CURATED_REL_TYPES], limit });
      const { actions } = useStore.getState();
      actions.setLanguage(language);
      if (useStore.getState().layout !== layout) actions.setLayout(layout);
      actions.setGraph(sub);
      actions.setStatus('ready');
      // The mounted canvas each time: above LARGE_VIEW_ELEMENTS the explorer replaces it with a WebGL one.
      const request = useStore.getState().layoutRequest.seq;
      const drawn = await untilCanvas((c) => c.nodeCount() === sub.nodes.length && c.lastRequest >= request);
      // Label glyphs, then the layout and the label redraw that follows a font load.
      const text = drawn.labelText();
      await Promise.all([
        document.fonts.load('400 14px "Noto Sans SC"', text),
        document.fonts.load('700 14px "Noto Sans SC"', text),
      ]);
      await document.fonts.ready;
      const settled = await untilCanvas((c) => c.nodeCount() === sub.nodes.length && c.settled());
      // Cytoscape draws on the next animation frame.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return {
        id: target.id,
        name: target.name,
        nodes: settled.nodeCount(),
        edges: settled.edgeCount(),
        truncated: sub.truncated,
      };
    },
    async export(partial) {
      const { runExport, DEFAULT_SETTINGS, toBase64 } = await import('./run.ts');
      const out = await runExport({ ...DEFAULT_SETTINGS, ...partial });
      return {
        base64: toBase64(out.bytes),
        filename: out.filename,
        mime: out.mime,
        width: out.width,
        height: out.height,
        pixelRatio: out.pixelRatio,
        labelBoxes: out.drawing?.labelBoxes,
        fontBytes: out.fontBytes,
        ms: out.ms,
      };
    },
  };
}

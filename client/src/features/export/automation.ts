/**
 * The page side of the headless CLI (scripts/export.ts): `window.__plangraphExport` loads a focus subgraph and runs
 * the same export code as the dialog. Always installed (it only adds an object); it does nothing until called.
 */
import { CURATED_REL_TYPES } from '@plangraph/shared';
import * as api from '../../api/index.ts';
import { exportCanvas, whenSettled } from '../../cytoscape/export-scene.ts';
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

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean, timeoutMs = 30_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting for the explorer');
    await wait(50);
  }
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
      await until(() => {
        const s = useStore.getState();
        return s.status === 'ready' || s.status === 'error';
      });
      const target = await resolve(focus);
      const sub = await api.neighborhood({ ids: [target.id], depth, relationshipTypes: [...CURATED_REL_TYPES], limit });
      const { actions } = useStore.getState();
      actions.setLanguage(language);
      if (useStore.getState().layout !== layout) actions.setLayout(layout);
      actions.setGraph(sub);
      actions.setStatus('ready');
      // Read the canvas again each time: above LARGE_VIEW_ELEMENTS the explorer replaces it with a WebGL one.
      await until(() => exportCanvas()?.nodes().length === sub.nodes.length);
      const cy = exportCanvas();
      if (!cy) throw new Error('the canvas is not ready');
      // Label glyphs, then the layout and the label redraw that follows a font load.
      const text = cy
        .nodes()
        .map((n) => String(n.data('label') ?? ''))
        .join('');
      await Promise.all([
        document.fonts.load('400 14px "Noto Sans SC"', text),
        document.fonts.load('700 14px "Noto Sans SC"', text),
      ]);
      await document.fonts.ready;
      await whenSettled(cy, 600);
      await wait(300);
      return {
        id: target.id,
        name: target.name,
        nodes: cy.nodes().length,
        edges: cy.edges().length,
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

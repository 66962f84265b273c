/**
 * Label fonts. Canvas text does not make the browser fetch a web font, and Noto Sans SC is split into
 * unicode-range subsets: the canvas loads the subsets its labels need, then redraws the labels.
 */
import type { Core, StylesheetJson } from 'cytoscape';
import { FONT_FAMILY } from '../graph/index.ts';
import { canvasChanged } from './registry.ts';

/** The distinct characters of the labels: what the fonts must cover. */
export function labelCharacters(labels: readonly string[]): string {
  return [...new Set(labels.join(''))].join('');
}

/** Loads the font subsets `text` needs. Returns whether anything had to be loaded. */
async function loadLabelFonts(text: string): Promise<boolean> {
  const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
  if (!fonts || text.length === 0) return false;
  const specs = ['11px "Noto Sans SC"', 'bold 12px "Noto Sans SC"'];
  if (specs.every((f) => fonts.check(f, text))) return false;
  await Promise.all(specs.map((f) => fonts.load(f, text)));
  return true;
}

export type LabelFonts = {
  /** Loads what these labels need and redraws once it is in. */
  load(labels: readonly string[]): void;
  /** True while a redraw waits for fonts still loading. */
  pending(): boolean;
  stop(): void;
};

/** `style` is the canvas's whole stylesheet; a redraw re-applies it with a changed font-family suffix. */
export function watchLabelFonts(cy: Core, style: StylesheetJson): LabelFonts {
  const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
  let fontVersion = 0;
  /**
   * Cytoscape caches label textures by text and style, so a label first drawn with a fallback font (its
   * subset still loading) keeps it. A new, harmless font-family suffix changes the cache key: labels redraw.
   */
  const refreshLabels = () => {
    if (cy.destroyed()) return;
    fontVersion += 1;
    cy.style([
      ...style,
      { selector: 'node, edge', style: { 'font-family': `${FONT_FAMILY}, "pg-refresh-${fontVersion}"` } },
    ]);
  };
  // One redraw once the fonts being loaded are all in (loadingdone comes once per batch of faces).
  let refreshPending = false;
  const scheduleRefresh = () => {
    if (refreshPending) return;
    refreshPending = true;
    canvasChanged();
    const done = () => {
      refreshPending = false;
      refreshLabels();
      canvasChanged();
    };
    if (fonts) void fonts.ready.then(done, done);
    else done();
  };
  fonts?.addEventListener?.('loadingdone', scheduleRefresh);
  return {
    load(labels) {
      loadLabelFonts(labelCharacters(labels))
        .then((loaded) => loaded && scheduleRefresh())
        .catch(() => {});
    },
    pending: () => refreshPending,
    stop() {
      fonts?.removeEventListener?.('loadingdone', scheduleRefresh);
    },
  };
}

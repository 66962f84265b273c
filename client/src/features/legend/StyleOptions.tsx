import { useEffect, useMemo, useState } from 'react';
import * as api from '../../api/index.ts';
import {
  applyFilters,
  COLOUR_MODES,
  communityLegend,
  formatMeasure,
  NODE_SIZE,
  SIZE_MEASURES,
  sizeScale,
  type ColourMode,
  type SizeMeasure,
} from '../../graph/index.ts';
import { guarded } from '../../operations/index.ts';
import { useActions, useStore } from '../../store/index.ts';
import { useT, type StringKey } from '../language/index.ts';

const SIZE_LABELS: Record<SizeMeasure, StringKey> = {
  links: 'sizeByLinks',
  degree: 'sizeByDegree',
  pagerank: 'sizeByPagerank',
  betweenness: 'sizeByBetweenness',
};
const COLOUR_LABELS: Record<ColourMode, StringKey> = { label: 'colourByLabel', community: 'colourByCommunity' };

/** Community names by id, fetched once when the legend first needs them. */
let communityNames: Promise<Map<string, { name: string; nameEn: string }>> | null = null;
function loadCommunityNames() {
  communityNames ??= guarded(() => api.communities(500, 1)).then(
    (list) => new Map(list.map((c) => [c.id, { name: c.name, nameEn: c.nameEn }])),
    (error: unknown) => {
      communityNames = null;
      throw error;
    },
  );
  return communityNames;
}

/**
 * The canvas style options: size nodes by a measure the loader stored (degree, PageRank, betweenness) and colour
 * them by community. The legend follows: the size scale of the nodes on the canvas, the communities present.
 */
export function StyleOptions() {
  const t = useT();
  const language = useStore((s) => s.language);
  const style = useStore((s) => s.canvasStyle);
  const graph = useStore((s) => s.graph);
  const hiddenLabels = useStore((s) => s.hiddenLabels);
  const hiddenIds = useStore((s) => s.hiddenIds);
  const { setCanvasStyle } = useActions();
  const visible = useMemo(
    () => [...applyFilters(graph, { hiddenLabels, hiddenIds }).nodes.values()],
    [graph, hiddenLabels, hiddenIds],
  );
  const scale = useMemo(
    () => (style.sizeBy === 'links' ? null : sizeScale(visible, style.sizeBy)),
    [visible, style.sizeBy],
  );
  const communities = useMemo(
    () => (style.colourBy === 'community' ? communityLegend(visible) : []),
    [visible, style.colourBy],
  );
  const [names, setNames] = useState<Map<string, { name: string; nameEn: string }> | null>(null);
  useEffect(() => {
    if (style.colourBy !== 'community' || names) return;
    let live = true;
    loadCommunityNames()
      .then((m) => live && setNames(m))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [style.colourBy, names]);

  return (
    <div className="legend-style" data-testid="canvas-style" role="group" aria-label={t('canvasStyle')}>
      <label>
        {t('sizeBy')}
        <select
          data-testid="size-by"
          value={style.sizeBy}
          onChange={(e) => setCanvasStyle({ sizeBy: e.target.value as SizeMeasure })}
        >
          {SIZE_MEASURES.map((m) => (
            <option key={m} value={m}>
              {t(SIZE_LABELS[m])}
            </option>
          ))}
        </select>
      </label>
      {style.sizeBy !== 'links' && (
        <div className="legend-size-scale" data-testid="legend-size-scale">
          {scale ? (
            <>
              <span className="size-dot" style={{ width: NODE_SIZE.min / 2, height: NODE_SIZE.min / 2 }} />
              <span data-testid="legend-size-min">{formatMeasure(scale.min)}</span>
              <span className="size-dot" style={{ width: NODE_SIZE.max / 2, height: NODE_SIZE.max / 2 }} />
              <span data-testid="legend-size-max">{formatMeasure(scale.max)}</span>
            </>
          ) : (
            <span className="muted">{t('sizeScaleNone')}</span>
          )}
        </div>
      )}
      <label>
        {t('colourBy')}
        <select
          data-testid="colour-by"
          value={style.colourBy}
          onChange={(e) => setCanvasStyle({ colourBy: e.target.value as ColourMode })}
        >
          {COLOUR_MODES.map((m) => (
            <option key={m} value={m}>
              {t(COLOUR_LABELS[m])}
            </option>
          ))}
        </select>
      </label>
      {style.colourBy === 'community' && (
        <ul className="legend-communities" data-testid="legend-communities">
          {communities.map((row) => {
            const named = row.community === 'other' ? undefined : names?.get(String(row.community));
            const name =
              row.community === 'other'
                ? t('otherCommunities')
                : named
                  ? language === 'en'
                    ? named.nameEn
                    : named.name
                  : `${t('communityNumber')} ${row.community}`;
            return (
              <li key={row.community} data-community={row.community}>
                <span className="swatch shape-ellipse" style={{ background: row.colour }} />
                <span className="legend-name">{name}</span>
                <span className="legend-count">{row.count}</span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

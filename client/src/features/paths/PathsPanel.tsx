import { useEffect, useState } from 'react';
import { CURATED_REL_TYPES } from '@plangraph/shared';
import * as api from '../../api/index.ts';
import type { GraphNode, PathInfo, PathResult } from '../../api/types.ts';
import { guarded, showPath, PATH_FETCH } from '../../operations/index.ts';
import { filterHubPaths } from '../../graph/answer/index.ts';
import { displayName, relationTypeName } from '../../graph/index.ts';
import { useActions, useStore } from '../../store/index.ts';
import { useT } from '../language/index.ts';
import { SearchBox } from '../search/index.ts';

type Answer = { key: string; result: PathResult | null; failed: boolean };

/** The subgraph of one path: its nodes and edges only. */
export function pathSubgraph(result: PathResult, path: PathInfo) {
  const nodeIds = new Set(path.nodeIds);
  const edgeIds = new Set(path.edgeIds);
  return {
    nodes: result.nodes.filter((n) => nodeIds.has(n.id)),
    edges: result.edges.filter((e) => edgeIds.has(e.id)),
    truncated: false,
  };
}

/** Ranked paths between two nodes, with the server's explanation; choosing one draws and highlights it. */
export function PathsPanel() {
  const t = useT();
  const language = useStore((s) => s.language);
  const ends = useStore((s) => s.pathEnds);
  const graphNodes = useStore((s) => s.graph.nodes);
  const filter = useStore((s) => s.pathFilter);
  const { setPathEnd, setPathFilter } = useActions();
  const [names, setNames] = useState<Record<string, GraphNode>>({});
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [chosen, setChosen] = useState<number | null>(null);
  const { includeHubs, types } = filter;
  const shownRank = useStore((s) =>
    s.answer?.kind === 'paths' &&
    s.answer.graph === s.graph &&
    s.answer.from === s.pathEnds.from &&
    s.answer.to === s.pathEnds.to &&
    s.answer.filter === s.pathFilter
      ? s.answer.rank
      : null,
  );

  const typesKey = types.join(',');
  const key = ends.from && ends.to ? `${ends.from}→${ends.to}:${typesKey}` : null;
  useEffect(() => {
    if (!ends.from || !ends.to) return;
    const k = `${ends.from}→${ends.to}:${typesKey}`;
    const relationshipTypes = typesKey ? typesKey.split(',') : null;
    let live = true;
    guarded(() => api.paths(ends.from!, ends.to!, { ...PATH_FETCH, relationshipTypes }))
      .then((result) => {
        if (!live) return;
        setAnswer({ key: k, result, failed: false });
        setChosen(null);
      })
      .catch(() => live && setAnswer({ key: k, result: null, failed: true }));
    return () => {
      live = false;
    };
  }, [ends.from, ends.to, typesKey]);

  const nameOf = (id: string | null) => {
    if (!id) return '';
    const n = graphNodes.get(id) ?? names[id] ?? answer?.result?.nodes.find((m) => m.id === id);
    return n ? displayName(n, language) : id;
  };
  const current = answer && answer.key === key ? answer : null;

  const filtered = current?.result ? filterHubPaths(current.result, { includeHubs }) : null;
  const choose = (path: PathInfo, i: number) => {
    if (!current?.result) return;
    setChosen(i);
    showPath(pathSubgraph(current.result, path), path);
  };
  const isChosen = (p: PathInfo, i: number) => (shownRank !== null ? shownRank === p.rank : chosen === i);

  const endField = (end: 'from' | 'to') => (
    <div className="path-end">
      <span className="path-end-label">{end === 'from' ? t('pathFromLabel') : t('pathToLabel')}</span>
      {ends[end] && (
        <span className="chip path-end-name" data-testid={`path-${end}`}>
          {nameOf(ends[end])}
        </span>
      )}
      <SearchBox
        main={false}
        testId={`path-${end}-input`}
        hitTestId="path-hit"
        label={end === 'from' ? t('pathFromLabel') : t('pathToLabel')}
        onChoose={(hit) => {
          setNames((m) => ({ ...m, [hit.node.id]: hit.node }));
          setPathEnd(end, hit.node.id);
        }}
      />
    </div>
  );

  return (
    <section className="panel-body" data-testid="paths-panel" aria-label={t('paths')}>
      {endField('from')}
      {endField('to')}
      {!key && <p className="muted">{t('pathPick')}</p>}
      {key && !current && <span className="spinner small" />}
      {current?.failed && <p className="muted">{t('error')}</p>}
      {key && (
        <fieldset className="path-types" data-testid="path-types">
          <legend>
            {t('relTypes')} <span className="muted">({t('anyHint')})</span>
          </legend>
          {CURATED_REL_TYPES.map((rt) => (
            <label key={rt}>
              <input
                type="checkbox"
                data-testid="path-type"
                data-type={rt}
                checked={types.includes(rt)}
                onChange={() => {
                  const next = types.includes(rt) ? types.filter((x) => x !== rt) : [...types, rt];
                  // Canonical order: the same choice always makes the same request and the same link.
                  setPathFilter({ ...filter, types: CURATED_REL_TYPES.filter((x) => next.includes(x)) });
                  setChosen(null);
                }}
              />
              {relationTypeName(rt, language)}
            </label>
          ))}
        </fieldset>
      )}
      {filtered && (
        <label className="path-hubs">
          <input
            type="checkbox"
            data-testid="path-include-hubs"
            checked={includeHubs}
            onChange={(e) => {
              setPathFilter({ ...filter, includeHubs: e.target.checked });
              setChosen(null);
            }}
          />{' '}
          {t('pathIncludeHubs')}
          {!includeHubs && filtered.hidden > 0 && ` (${filtered.hidden} ${t('pathHidden')})`}
        </label>
      )}
      {filtered && filtered.paths.length === 0 && <p className="muted">{t('pathNone')}</p>}
      {filtered && filtered.paths.length > 0 && (
        <ol className="path-list" aria-label={t('paths')}>
          {filtered.paths.map((p, i) => (
            <li key={p.rank}>
              <button
                type="button"
                className={`path-item${isChosen(p, i) ? ' on' : ''}`}
                data-testid="path-item"
                aria-pressed={isChosen(p, i)}
                onClick={() => choose(p, i)}
              >
                <span className="path-rank">
                  #{p.rank} · {p.length} {t('hops')}
                </span>
                <span className="path-explanation">{language === 'en' ? p.explanationEn : p.explanation}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

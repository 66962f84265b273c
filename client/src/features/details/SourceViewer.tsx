import { useEffect, useRef, useState } from 'react';
import * as api from '../../api/index.ts';
import type { SourceSection } from '../../api/types.ts';
import { addNodes, addSectionMentions, guarded } from '../../operations/index.ts';
import { displayName } from '../../graph/index.ts';
import { useActions, useStore } from '../../store/index.ts';
import { useT } from '../language/index.ts';
import { splitAroundQuote } from './highlight.ts';

type Loaded = { sectionId: string; section: SourceSection | null; error?: string };

/**
 * The plan's text for the opened section, with the quote (if any) highlighted and scrolled into view, its
 * subsections, and the entities it mentions, each of which (or all) can be added to the canvas.
 */
export function SourceViewer() {
  const t = useT();
  const language = useStore((s) => s.language);
  const source = useStore((s) => s.source);
  const onCanvas = useStore((s) => s.graph.nodes);
  const { openSource } = useActions();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const markRef = useRef<HTMLElement>(null);

  const sectionId = source?.sectionId;
  useEffect(() => {
    if (!sectionId) return;
    let live = true;
    guarded(() => api.sourceText(sectionId))
      .then((section) => live && setLoaded({ sectionId, section }))
      .catch((error: unknown) => live && setLoaded({ sectionId, section: null, error: (error as Error).message }));
    return () => {
      live = false;
    };
  }, [sectionId]);

  // Scroll only the text box: scrollIntoView would also scroll the page's overflow-hidden ancestors,
  // which shifts the Cytoscape canvas out of step with its cached offsets.
  useEffect(() => {
    const mark = markRef.current;
    const box = mark?.closest('.source-text');
    if (mark && box instanceof HTMLElement)
      box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - box.clientHeight / 3);
  }, [loaded, source]);

  if (!source) return null;
  const section = loaded?.sectionId === source.sectionId ? loaded.section : undefined;
  const parts = section ? splitAroundQuote(section.text, section.start, source) : null;
  const title = section ? (language === 'en' ? (section.titleEn ?? section.title) : section.title) : '';
  return (
    <section className="source-viewer" data-testid="source-viewer" aria-label={t('source')}>
      <header>
        <div>
          <div className="source-kicker">{t('source')}</div>
          {section && (
            <nav className="source-path">
              {section.path.map((p) => (language === 'en' ? (p.titleEn ?? p.title) : p.title)).join(' › ')}
            </nav>
          )}
          {title && <h3>{title}</h3>}
        </div>
        <button
          type="button"
          className="icon"
          onClick={() => openSource(null)}
          aria-label={t('close')}
          title={t('close')}
        >
          ×
        </button>
      </header>
      <div className="source-text" tabIndex={0} role="region" aria-label={t('source')}>
        {section === undefined && !loaded?.error && <span className="spinner small" />}
        {loaded?.error && loaded.sectionId === source.sectionId && <p className="muted">{t('error')}</p>}
        {section &&
          (parts ? (
            <>
              {parts.before}
              <mark ref={markRef}>{parts.match}</mark>
              {parts.after}
            </>
          ) : (
            section.text
          ))}
      </div>
      {section && section.children.length > 0 && (
        <nav className="source-children" aria-label={t('subsections')}>
          {section.children.map((c) => (
            <button
              key={c.id}
              type="button"
              className="chip"
              onClick={() => openSource({ sectionId: c.id, quote: '', start: -1, end: -1 })}
            >
              {language === 'en' ? (c.titleEn ?? c.title) : c.title}
            </button>
          ))}
        </nav>
      )}
      {section && section.nodes.length > 0 && (
        <div className="source-mentions">
          <div className="source-mentions-head">
            <h4>
              {t('mentions')} ({section.nodes.length})
            </h4>
            <button
              type="button"
              data-testid="source-add-all"
              onClick={() =>
                void addSectionMentions(
                  title,
                  section.nodes.map((n) => n.id),
                ).catch(() => {})
              }
            >
              {t('addAll')}
            </button>
          </div>
          <ul aria-label={t('mentions')}>
            {section.nodes.map((n) => (
              <li key={n.id}>
                <span className={onCanvas.has(n.id) ? 'on-canvas' : ''}>{displayName(n, language)}</span>
                <button
                  type="button"
                  className="link"
                  data-testid="source-add-node"
                  data-id={n.id}
                  aria-label={`${t('addToCanvas')}: ${displayName(n, language)}`}
                  onClick={() => void addNodes([n.id], { select: true }).catch(() => {})}
                >
                  + {t('addToCanvas')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

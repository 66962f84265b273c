import { useEffect, useMemo, useState } from 'react';
import * as api from '../../api/index.ts';
import type { OutlineSection } from '../../api/types.ts';
import { guarded } from '../../operations/index.ts';
import { buildOutline, type OutlineNode } from '../../graph/index.ts';
import { useStore } from '../../store/index.ts';
import { useT } from '../language/index.ts';

/** Opens a section in the source viewer with nothing highlighted. */
export function openSection(sectionId: string) {
  useStore.getState().actions.openSource({ sectionId, quote: '', start: -1, end: -1 });
}

function Branch({ nodes, level }: { nodes: OutlineNode[]; level: number }) {
  const language = useStore((s) => s.language);
  const open = useStore((s) => s.source?.sectionId);
  const [expanded, setExpanded] = useState<Record<string, boolean>>({});
  return (
    <ul role={level === 1 ? 'tree' : 'group'} className="outline-list">
      {nodes.map((n) => {
        const title = language === 'en' ? (n.nameEn ?? n.name) : n.name;
        // Numbered items are leaves worth little in a tree; chapters, subsections and boxes fold.
        const kids = n.children.filter((c) => c.kind !== 'item');
        const isOpen = expanded[n.id] ?? false;
        return (
          <li key={n.id} role="treeitem" aria-expanded={kids.length ? isOpen : undefined} aria-level={level}>
            <div className={`outline-row${open === n.id ? ' on' : ''}`}>
              {kids.length > 0 ? (
                <button
                  type="button"
                  className="outline-toggle"
                  aria-label={isOpen ? '−' : '+'}
                  onClick={() => setExpanded((e) => ({ ...e, [n.id]: !isOpen }))}
                >
                  {isOpen ? '▾' : '▸'}
                </button>
              ) : (
                <span className="outline-toggle" aria-hidden="true" />
              )}
              <button
                type="button"
                className={`outline-link kind-${n.kind ?? 'section'}`}
                data-testid="outline-section"
                data-section-id={n.id}
                onClick={() => openSection(n.id)}
              >
                {title}
              </button>
            </div>
            {kids.length > 0 && isOpen && <Branch nodes={kids} level={level + 1} />}
          </li>
        );
      })}
    </ul>
  );
}

/** The plan's outline (chapters, sections, 专栏 boxes); choosing one opens its text in the source viewer. */
export function OutlinePanel() {
  const t = useT();
  const [sections, setSections] = useState<OutlineSection[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    guarded(api.sections)
      .then((list) => live && setSections(list))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, []);
  const tree = useMemo(() => (sections ? buildOutline(sections) : []), [sections]);
  const boxes = useMemo(() => (sections ?? []).filter((s) => s.kind === 'box'), [sections]);
  return (
    <section className="panel-body" data-testid="outline-panel" aria-label={t('outline')}>
      {!sections && !failed && <span className="spinner small" />}
      {failed && <p className="muted">{t('error')}</p>}
      {sections && (
        <>
          <Branch nodes={tree} level={1} />
          {boxes.length > 0 && (
            <details className="outline-boxes">
              <summary>专栏 / Boxes ({boxes.length})</summary>
              <Branch nodes={boxes.map((b) => ({ ...b, children: [] }))} level={1} />
            </details>
          )}
        </>
      )}
    </section>
  );
}

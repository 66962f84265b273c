import { Fragment, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { CURATED_REL_TYPES, ENTITY_LABELS, LABEL_NAMES, REL_PHRASES } from '@plangraph/shared';
import { expandNode } from '../../operations/index.ts';
import { action, labelOf, MENU_ACTIONS, runAction, type ActionContext } from '../actions/index.ts';
import { displayName } from '../../graph/index.ts';
import { useActions, useStore } from '../../store/index.ts';
import { useT } from '../language/index.ts';
import { placeInside } from './placement.ts';

/** Toggles a value in a list (the expand form's checkboxes). */
function toggled<T>(list: T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** The node menu: opened by right-click, the Menu key or Shift+F10; arrow keys move, Escape closes. */
export function ContextMenu() {
  const menu = useStore((s) => s.menu);
  // Keyed by the opening: each menu starts with its expand form closed.
  return menu ? <MenuBody key={`${menu.nodeId}@${menu.x},${menu.y}`} /> : null;
}

function MenuBody() {
  const t = useT();
  const menu = useStore((s) => s.menu);
  const language = useStore((s) => s.language);
  const node = useStore((s) => (s.menu ? s.graph.nodes.get(s.menu.nodeId) : undefined));
  // The menu's labels depend on the state (Pin / Unpin): re-render with it.
  const state = useStore((s) => s);
  const a = useActions();
  const [form, setForm] = useState(false);
  const [types, setTypes] = useState<string[]>([]);
  const [labels, setLabels] = useState<string[]>([]);
  const ref = useRef<HTMLDivElement>(null);
  // Placed after measuring (before paint), so it fits whatever its size: with or without the expand form.
  const [place, setPlace] = useState<{ left: number; top: number } | null>(null);
  const menuX = menu?.x ?? 0;
  const menuY = menu?.y ?? 0;
  useLayoutEffect(() => {
    const box = ref.current?.getBoundingClientRect();
    if (!box) return;
    const next = placeInside(
      { x: menuX, y: menuY },
      { width: box.width, height: box.height },
      { width: window.innerWidth, height: window.innerHeight },
    );
    setPlace((p) => (p && p.left === next.left && p.top === next.top ? p : next));
  }, [menuX, menuY, form]);

  const nodeId = menu?.nodeId;
  useEffect(() => {
    if (nodeId) ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [nodeId]);

  // A click elsewhere closes the menu.
  useEffect(() => {
    if (!nodeId) return;
    const onDown = (e: MouseEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) a.openMenu(null);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [nodeId, a]);

  if (!menu || !node) return null;
  const id = menu.nodeId;
  const context: ActionContext = { state, nodeId: id };
  const close = () => a.openMenu(null);
  const run = (fn: () => void) => () => {
    close();
    fn();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      close();
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const items = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const i = items.indexOf(document.activeElement as HTMLElement);
    const next = e.key === 'ArrowDown' ? (i + 1) % items.length : (i - 1 + items.length) % items.length;
    items[next]?.focus();
  };

  const item = (label: string, onClick: () => void, testId?: string) => (
    <button type="button" role="menuitem" tabIndex={-1} onClick={onClick} data-testid={testId}>
      {label}
    </button>
  );
  return (
    <div
      ref={ref}
      className="context-menu"
      data-testid="context-menu"
      role="menu"
      aria-label={`${t('menu')}: ${displayName(node, language)}`}
      style={place ?? { left: menu.x, top: menu.y, visibility: 'hidden' }}
      data-placed={place !== null}
      onKeyDown={onKeyDown}
    >
      <div className="context-title">{displayName(node, language)}</div>
      {item(`${t('expandWith')}`, () => setForm((f) => !f), 'menu-expand')}
      {form && (
        <form
          className="expand-form"
          onSubmit={(e) => {
            e.preventDefault();
            close();
            void expandNode(id, { relationshipTypes: types, labels }).catch(() => {});
          }}
        >
          <div className="expand-fields">
            <fieldset>
              <legend>
                {t('relTypes')} <span className="muted">({t('anyHint')})</span>
              </legend>
              {CURATED_REL_TYPES.map((rt) => (
                <label key={rt}>
                  <input type="checkbox" checked={types.includes(rt)} onChange={() => setTypes(toggled(types, rt))} />
                  {REL_PHRASES[rt][language]}
                </label>
              ))}
            </fieldset>
            <fieldset>
              <legend>{t('labels')}</legend>
              {ENTITY_LABELS.map((l) => (
                <label key={l}>
                  <input
                    type="checkbox"
                    data-label={l}
                    checked={labels.includes(l)}
                    onChange={() => setLabels(toggled(labels, l))}
                  />
                  {LABEL_NAMES[l][language]}
                </label>
              ))}
            </fieldset>
          </div>
          <button type="submit" className="primary expand-run" data-testid="expand-run">
            {t('expandRun')}
          </button>
        </form>
      )}
      {MENU_ACTIONS.map((actionId, i) => {
        if (!actionId) return <div key={`sep-${i}`} className="menu-sep" role="separator" />;
        const a = action(actionId);
        return (
          <Fragment key={actionId}>
            {item(
              t(labelOf(a, context)),
              run(() => runAction(a, context)),
              a.testId,
            )}
          </Fragment>
        );
      })}
    </div>
  );
}

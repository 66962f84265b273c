import { ActionButton, ICONS, LAYOUT_ACTIONS } from '../actions/index.ts';
import { useT } from '../language/index.ts';
import { UndoRedo } from '../history/index.ts';
import { ExportButton } from '../export/index.ts';

/** Canvas controls: layouts, undo/redo, fit, start fresh and export; on narrow windows icons only (styles.css). */
export function Toolbar() {
  const t = useT();
  return (
    <div className="toolbar" role="toolbar" aria-label={t('layout')}>
      <span className="toolbar-label">{t('layout')}</span>
      {LAYOUT_ACTIONS.map((id) => (
        <ActionButton key={id} id={id} icon={ICONS[id as keyof typeof ICONS]} />
      ))}
      <span className="toolbar-sep" />
      <UndoRedo />
      <ActionButton id="fit" icon={ICONS.fit} />
      <ActionButton id="startFresh" keyInTitle icon={ICONS.startFresh} />
      <ExportButton />
    </div>
  );
}

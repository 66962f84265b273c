import type { LayoutName } from '../../store/index.ts';
import { useActions, useStore } from '../../store/index.ts';
import { useT } from '../language/index.ts';
import { UndoRedo } from '../history/index.ts';
import { ExportButton } from '../export/index.ts';

const LAYOUTS: { name: LayoutName; zh: string; en: string }[] = [
  { name: 'fcose', zh: '力导向', en: 'Force' },
  { name: 'dagre', zh: '层级', en: 'Hierarchy' },
  { name: 'concentric', zh: '同心圆', en: 'Concentric' },
  { name: 'grid', zh: '网格', en: 'Grid' },
];

/** Canvas controls. Undo/redo, paths and export will join here. */
export function Toolbar() {
  const t = useT();
  const language = useStore((s) => s.language);
  const layout = useStore((s) => s.layout);
  const { setLayout, fit } = useActions();
  return (
    <div className="toolbar" role="toolbar" aria-label={t('layout')}>
      <span className="toolbar-label">{t('layout')}</span>
      {LAYOUTS.map((l) => (
        <button
          key={l.name}
          type="button"
          className={layout === l.name ? 'on' : ''}
          aria-pressed={layout === l.name}
          onClick={() => setLayout(l.name)}
        >
          {l[language]}
        </button>
      ))}
      <span className="toolbar-sep" />
      <UndoRedo />
      <button type="button" onClick={fit} title={t('fit')} data-testid="fit-button">
        {t('fit')}
      </button>
      <ExportButton />
    </div>
  );
}

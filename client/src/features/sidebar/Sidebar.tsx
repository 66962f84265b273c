import { useActions, useStore, type PanelName } from '../../store/index.ts';
import { IndicatorsPanel } from '../indicators/index.ts';
import { InsightsPanel } from '../insights/index.ts';
import { useT } from '../language/index.ts';
import { OutlinePanel } from '../outline/index.ts';
import { PathsPanel } from '../paths/index.ts';
import { TracePanel } from '../trace/index.ts';
import { StoryPanel } from '../story/index.ts';
import type { StringKey } from '../language/index.ts';

const PANELS: { name: PanelName; label: StringKey }[] = [
  { name: 'outline', label: 'outline' },
  { name: 'paths', label: 'paths' },
  { name: 'trace', label: 'trace' },
  { name: 'indicators', label: 'indicators' },
  { name: 'insights', label: 'insights' },
  { name: 'story', label: 'story' },
];

/** The left dock: tab buttons and the open panel. A second click on the open tab closes it. */
export function Sidebar() {
  const t = useT();
  const panel = useStore((s) => s.panel);
  const { openPanel } = useActions();
  return (
    <div className={`sidebar${panel ? ' open' : ''}`}>
      <div className="sidebar-tabs" role="tablist" aria-label={t('panels')} aria-orientation="vertical">
        {PANELS.map((p) => (
          <button
            key={p.name}
            type="button"
            role="tab"
            id={`tab-${p.name}`}
            aria-selected={panel === p.name}
            aria-controls={panel === p.name ? 'sidebar-panel' : undefined}
            data-testid={`tab-${p.name}`}
            className={panel === p.name ? 'on' : ''}
            onClick={() => openPanel(panel === p.name ? null : p.name)}
          >
            {t(p.label)}
          </button>
        ))}
      </div>
      {panel && (
        <div className="sidebar-panel" id="sidebar-panel" role="tabpanel" aria-labelledby={`tab-${panel}`}>
          <header className="sidebar-header">
            <h2>{t(PANELS.find((p) => p.name === panel)!.label)}</h2>
            <button type="button" className="icon" aria-label={t('close')} onClick={() => openPanel(null)}>
              ×
            </button>
          </header>
          {panel === 'outline' && <OutlinePanel />}
          {panel === 'paths' && <PathsPanel />}
          {panel === 'trace' && <TracePanel />}
          {panel === 'indicators' && <IndicatorsPanel />}
          {panel === 'insights' && <InsightsPanel />}
          {panel === 'story' && <StoryPanel />}
        </div>
      )}
    </div>
  );
}

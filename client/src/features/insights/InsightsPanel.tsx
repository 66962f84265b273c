import './insights.css';
import { useState } from 'react';
import { CommunitiesTab } from './CommunitiesTab.tsx';
import { CoverageTab } from './CoverageTab.tsx';
import { GapsTab } from './GapsTab.tsx';
import { MentionsTab } from './MentionsTab.tsx';
import { PlatformsTab } from './PlatformsTab.tsx';
import { useInsightsT, type InsightsKey } from './strings.ts';

const TABS = [
  { name: 'platforms', label: 'tabPlatforms', Body: PlatformsTab },
  { name: 'gaps', label: 'tabGaps', Body: GapsTab },
  { name: 'coverage', label: 'tabCoverage', Body: CoverageTab },
  { name: 'communities', label: 'tabCommunities', Body: CommunitiesTab },
  { name: 'mentions', label: 'tabMentions', Body: MentionsTab },
] as const satisfies readonly { name: string; label: InsightsKey; Body: () => React.JSX.Element }[];

type TabName = (typeof TABS)[number]['name'];

/** Questions about the whole plan, answered by the Insights queries with the facts behind them. */
export function InsightsPanel() {
  const t = useInsightsT();
  const [tab, setTab] = useState<TabName>('platforms');
  const Body = TABS.find((x) => x.name === tab)!.Body;
  return (
    <section className="panel-body insights-panel" data-testid="insights-panel" aria-label={t('insights')}>
      <div className="insights-tabs" role="tablist" aria-label={t('insights')}>
        {TABS.map((x) => (
          <button
            key={x.name}
            type="button"
            role="tab"
            aria-selected={tab === x.name}
            className={tab === x.name ? 'on' : ''}
            data-testid={`insights-tab-${x.name}`}
            onClick={() => setTab(x.name)}
          >
            {t(x.label)}
          </button>
        ))}
      </div>
      <div role="tabpanel">
        <Body />
      </div>
    </section>
  );
}

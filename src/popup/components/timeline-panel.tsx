import type { ComponentType } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '../../browser/i18n';
import type { ReportFormat } from '../../core/report/options';
import type { TimelineView } from '../../core/timeline/timeline-view';
import type { TimelineActions } from './timeline-tab';

type TabComponent = ComponentType<{ view: TimelineView; actions: TimelineActions }>;

export interface TimelineMore {
  perGroup?: number;
  visits?: number;
}

export interface TimelineSource {
  /** The first view, or `more` of it: events per visit, visits newest first. */
  getTimeline(tabId: number, more?: TimelineMore): Promise<TimelineView>;
  clearSiteHistory(site: string): Promise<void>;
}

/**
 * Loads the Timeline tab's code and data only when the tab is opened: the popup's first render stays within its
 * budget (≤ 40 KB gzip without the catalogue) however large the timeline view grows.
 */
export function TimelinePanel({
  source,
  tabId,
  confirmClear,
  onExport,
}: {
  source: TimelineSource;
  tabId: number;
  confirmClear: (site: string, run: () => Promise<void>) => void;
  onExport: (format: ReportFormat) => void;
}) {
  const [Tab, setTab] = useState<TabComponent | null>(null);
  const [view, setView] = useState<TimelineView | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const load = useCallback(
    async (more?: TimelineMore) => {
      try {
        const next = await source.getTimeline(tabId, more);
        setView(next);
        if (performance.getEntriesByName('cookie-auditor:timeline').length === 0) {
          // And when the data arrived, so the bench can tell the worker's share from the render's.
          performance.mark('cookie-auditor:timeline-data');
          // The bench reads "tab opened → timeline rendered" from this mark (set after the next paint).
          requestAnimationFrame(() => performance.mark('cookie-auditor:timeline'));
        }
      } catch (e) {
        setFailure(e instanceof Error ? e.message : String(e));
      }
    },
    [source, tabId],
  );

  useEffect(() => {
    void import('./timeline-tab').then((m) => setTab(() => m.TimelineTab));
    void load();
  }, [load]);

  if (failure !== null) return <p class="empty">{failure}</p>;
  if (Tab === null || view === null) {
    return (
      <p class="empty" aria-busy="true">
        {t('timelineLoading')}
      </p>
    );
  }
  return (
    <Tab
      view={view}
      actions={{
        // Every visit the chart draws, every event of each.
        onShowAll: () => void load({ perGroup: 500, visits: 30 }),
        onOlder: () =>
          void load({
            perGroup: view.groups.reduce((m, g) => Math.max(m, g.events.length), 10),
            visits: view.groups.length + 10,
          }),
        onExport,
        onClearHistory: () =>
          confirmClear(view.site, async () => {
            await source.clearSiteHistory(view.site);
            await load();
          }),
      }}
    />
  );
}

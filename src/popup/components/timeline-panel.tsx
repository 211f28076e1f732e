import type { ComponentType } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '../../browser/i18n';
import type { ReportFormat } from '../../core/report/options';
import type { TimelineView } from '../../core/timeline/timeline-view';
import type { TimelineActions } from './timeline-tab';

type TabComponent = ComponentType<{ view: TimelineView; actions: TimelineActions }>;

export interface TimelineSource {
  getTimeline(tabId: number, perGroup?: number): Promise<TimelineView>;
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
    async (perGroup?: number) => {
      try {
        const next = await source.getTimeline(tabId, perGroup);
        setView(next);
        if (performance.getEntriesByName('cookie-auditor:timeline').length === 0) {
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
        onShowAll: () => void load(500),
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

import { t } from '../../browser/i18n';
import { displayText } from '../../core/display-text';
import { REPORT_FORMATS, type ReportFormat } from '../../core/report/options';
import type { NoticedChange, SiteChange } from '../../core/timeline/changed-since';
import { consentText } from '../../core/timeline/consent-text';
import type { TimelineEvent } from '../../core/timeline/event';
import type { FirstSeconds } from '../../core/timeline/first-seconds';
import type { TimelineGroupView, TimelineView } from '../../core/timeline/timeline-view';
import { clip, nameText } from '../format';
import { TimelineChart } from './timeline-chart';

export interface TimelineActions {
  /** Ask for every event of the site (the view sends the newest of each visit first). */
  onShowAll: () => void;
  /** Ask for the next older visits. */
  onOlder: () => void;
  onClearHistory: () => void;
  /** Downloads the tab's report with its timeline (values left out). */
  onExport: (format: ReportFormat) => void;
}

/** The popup's Timeline tab: changed since the last visit, the chart, then events by visit, newest first. */
export function TimelineTab({ view, actions }: { view: TimelineView; actions: TimelineActions }) {
  const truncated = view.groups.some((g) => g.total > g.events.length);
  return (
    <section class="timeline" data-testid="timeline">
      {view.sinceLastVisit && view.sinceLastVisit.changes.length > 0 ? (
        <SinceLastVisit changes={view.sinceLastVisit.changes} previousAt={view.sinceLastVisit.previous.at} />
      ) : null}
      <TimelineChart layout={view.chart} site={view.site} />
      <p class="chart-legend">{t('timelineLegend')}</p>
      {view.dropped > 0 ? <p class="meta">{t('timelineDropped', String(view.dropped))}</p> : null}
      {view.totalEvents === 0 ? (
        <p class="empty" data-testid="timeline-empty">
          {t('timelineEmpty')}
        </p>
      ) : null}
      {view.groups.map((g) => (
        <VisitGroup key={g.visit?.at ?? 'before'} group={g} />
      ))}
      <div class="timeline-actions">
        <span class="meta">{t('timelineExport')}</span>
        {REPORT_FORMATS.map((f) => (
          <button key={f} type="button" data-testid={`export-timeline-${f}`} onClick={() => actions.onExport(f)}>
            {f.toUpperCase()}
          </button>
        ))}
        {view.visits > view.groups.length ? (
          <button type="button" data-testid="timeline-older" onClick={actions.onOlder}>
            {t('timelineOlder', String(view.visits - view.groups.length))}
          </button>
        ) : null}
        {truncated ? (
          <button type="button" onClick={actions.onShowAll}>
            {t('timelineShowAll', String(view.totalEvents))}
          </button>
        ) : null}
        <button type="button" class="danger" data-testid="clear-history" onClick={actions.onClearHistory}>
          {t('timelineClear')}
        </button>
      </div>
    </section>
  );
}

function SinceLastVisit({ changes, previousAt }: { changes: SiteChange[]; previousAt: number }) {
  return (
    <section class="since" data-testid="since-last-visit" aria-label={t('sinceLastVisit')}>
      <h2>{t('sinceLastVisitOn', new Date(previousAt).toLocaleString())}</h2>
      <ul>
        {changes.map((c) => (
          <li key={`${c.kind}-${c.cookie.id}`} data-testid="since-change" data-kind={c.kind} data-name={c.cookie.name}>
            <span class={`mark mark-${c.kind}`}>{t(`mark_${c.kind}`)}</span>{' '}
            <span class={`cat-dot fill-${c.cookie.category}`} aria-hidden="true" />
            <span class="name" title={displayText(c.cookie.name)}>
              {nameText(c.cookie.name, 50)}
            </span>{' '}
            <span class="domain">{clip(c.cookie.domain, 40)}</span>
            {c.changes.length > 0 ? <span class="changes"> — {c.changes.map(noticedText).join('; ')}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function noticedText(c: NoticedChange): string {
  return `${t(`field_${c.field}`)}: ${String(c.from)} → ${String(c.to)}`;
}

function VisitGroup({ group }: { group: TimelineGroupView }) {
  const v = group.visit;
  return (
    <section class="visit" data-testid="timeline-visit">
      <h3>
        {v ? (
          <>
            {new Date(v.at).toLocaleString()} <span class="domain">{clip(v.url, 60)}</span>
          </>
        ) : (
          t('timelineBeforeVisits')
        )}
      </h3>
      {group.firstSeconds && group.firstSeconds.cookies > 0 ? (
        <p class="first-seconds" data-testid="first-seconds">
          {firstSecondsText(group.firstSeconds)}
        </p>
      ) : null}
      <ol class="events">
        {group.events.map((e, i) => (
          <EventRow key={`${e.at}-${i}`} event={e} start={v?.at} />
        ))}
      </ol>
      {group.total > group.events.length ? (
        <p class="meta">{t('timelineMoreInVisit', String(group.total - group.events.length))}</p>
      ) : null}
    </section>
  );
}

function firstSecondsText(s: FirstSeconds): string {
  const seconds = String(s.windowMs / 1000);
  const head = s.cookies === 1 ? t('firstSecondsOne', seconds) : t('firstSeconds', [seconds, String(s.cookies)]);
  if (!s.top) return head;
  if (s.top.count === s.cookies) return `${head}, ${t('firstSecondsAll', t(`category_${s.top.category}`))}`;
  return `${head}, ${t('firstSecondsTop', [String(s.top.count), t(`category_${s.top.category}`)])}`;
}

function EventRow({ event: e, start }: { event: TimelineEvent; start: number | undefined }) {
  const who =
    e.setBy?.kind === 'response'
      ? t('setByResponse', clip(e.setBy.url.replace(/^https?:\/\//, ''), 80))
      : e.setBy?.kind === 'script'
        ? t('setByScript', clip((e.setBy.frameUrl ?? '').replace(/^https?:\/\//, ''), 80))
        : '';
  return (
    <li
      class={`event kind-${e.kind}`}
      data-testid="timeline-event"
      data-kind={e.kind}
      data-name={e.cookie.name}
      data-set-by={e.setBy?.kind === 'response' ? e.setBy.url : e.setBy?.kind === 'script' ? 'script' : ''}
    >
      <span class="when" title={new Date(e.at).toLocaleString()}>
        {start === undefined ? new Date(e.at).toLocaleTimeString() : offsetText(e.at - start)}
      </span>
      <span class={`cat-dot fill-${e.cookie.category}`} title={t(`category_${e.cookie.category}`)} />
      {/* The shared placeholder and sanitiser, as cookie-row.tsx: a blank or U+202E name looks the same everywhere. */}
      <span class="name" title={displayText(e.cookie.name)}>
        {nameText(e.cookie.name, 40)}
      </span>
      <span class="what">
        {e.consent ? consentText(e.consent) : t(`event_${e.kind.replace(/-/g, '_')}`)}
        {e.changes && e.changes.length > 0 ? ` (${e.changes.map((c) => t(`field_${c.field}`)).join(', ')})` : ''}
      </span>
      <span class="who" title={who}>
        {who}
      </span>
    </li>
  );
}

/** "+0.12 s", "+45 s", "+3 min", "+2 h" after the visit started. */
export function offsetText(ms: number): string {
  if (ms < 0) return '−';
  if (ms < 10_000) return `+${(ms / 1000).toFixed(2)} s`;
  if (ms < 120_000) return `+${Math.round(ms / 1000)} s`;
  if (ms < 7_200_000) return `+${Math.round(ms / 60_000)} min`;
  return `+${Math.round(ms / 3_600_000)} h`;
}

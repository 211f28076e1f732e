import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { t } from '../browser/i18n';
import { type FirstScreen, viewOfFirstScreen } from '../core/first-screen-summary';
import type { TabView } from '../core/messages';
import type { AuditedCookie, Category, KnownCategory } from '../core/types';
import type { PopupClient } from './client';
import { BlockedList } from './components/blocked-list';
import { CategorySection, PAGE_SIZE } from './components/category-section';
import { ConfirmDialog, type ConfirmRequest } from './components/confirm-dialog';
import { ConsentStrip } from './components/consent-strip';
import { ExportMenu } from './components/export-menu';
import { Header } from './components/header';
import { RecordDroppedNote } from './components/record-dropped-note';
import { SeverityIcon } from './components/severity-icon';
import { TimelinePanel } from './components/timeline-panel';
import { Toolbar } from './components/toolbar';
import { downloadFile } from './download';
import { nameText } from './format';
import { DEFAULT_UI_STATE, type UiState } from './ui-state';
import { buildSections, looksLikeLogin, type Section } from './view-model';

/** Rows a 600 px popup shows under its header (≈ 50 px a row), with a few to spare: the whole first render. */
const FIRST_FRAME_ROWS = 12;

/**
 * A first-screen summary holds each section's first rows in the default order: it shows right only under the
 * default search, filters and sort (collapsed sections are fine). Otherwise the popup waits for the worker.
 */
export function previewShows(ui: UiState): boolean {
  const d = DEFAULT_UI_STATE;
  return (
    ui.query.trim() === '' &&
    ui.party === d.party &&
    ui.category === d.category &&
    ui.onlyFindings === d.onlyFindings &&
    ui.sort === d.sort
  );
}

export function App({
  client,
  tabId,
  firstView,
  firstUi,
  firstScreen,
  initialView,
  initialUi,
}: {
  client: PopupClient;
  tabId?: number;
  /** Requests already in flight when the popup script started. */
  firstView?: Promise<TabView>;
  firstUi?: Promise<UiState>;
  /** The worker's summary of the first screen, read from storage.session (painted only until the answer comes). */
  firstScreen?: Promise<FirstScreen | null>;
  /** What the early first paint showed (popup/first-paint): the first render shows the same. */
  initialView?: TabView;
  initialUi?: UiState;
}) {
  const [view, setView] = useState<TabView | null>(initialView ?? null);
  const [failure, setFailure] = useState<string | null>(null);
  const [ui, setUi] = useState<UiState>(initialUi ?? DEFAULT_UI_STATE);
  const [openId, setOpenId] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const [pane, setPane] = useState<'cookies' | 'timeline'>('cookies');
  const [firstFrame, setFirstFrame] = useState(true);

  const load = useCallback(
    async (pending?: Promise<TabView>) => {
      try {
        setFailure(null);
        const next = await (pending ?? client.getTabView(tabId));
        performance.mark('cookie-auditor:data');
        setView(next);
      } catch (error) {
        setFailure(error instanceof Error ? error.message : String(error));
      }
    },
    [client, tabId],
  );

  // A layout effect, not useEffect: Preact runs plain effects only after the next frame is painted (rAF, then a
  // task), so answers that had already arrived waited that long before the first rows could render.
  useLayoutEffect(() => {
    // Filters first, then the data, so the list never flashes unfiltered. Filters the first paint already read
    // (initialUi) stand: they may hold what was typed since.
    const ui = (firstUi ?? client.loadUiState()).then(
      (read) => {
        if (!initialUi) setUi(read);
      },
      () => undefined,
    );
    void load(Promise.all([firstView ?? client.getTabView(tabId), ui]).then(([v]) => v));
    // The summary paints only while nothing else has: the worker's answer, whenever it comes, replaces it.
    void Promise.all([firstScreen, ui]).then(
      ([s]) => {
        if (!s) return;
        setView((current) => current ?? viewOfFirstScreen(s));
        performance.mark('cookie-auditor:preview');
      },
      // No summary to paint: the worker's answer is what shows.
      () => undefined,
    );
  }, [client, load, firstView, firstUi, firstScreen, tabId, initialUi]);

  const changeUi = (patch: Partial<UiState>) => {
    const next = { ...ui, ...patch };
    setUi(next);
    void client.saveUiState(next).catch(() => undefined);
  };

  const audit = view?.audit;
  const preview = view?.preview === true;
  const sections = useMemo((): Section[] => {
    if (!audit) return [];
    const built = buildSections(audit.cookies, ui);
    // A summary's sections hold their first rows only: the header counts what the whole section has.
    return preview
      ? built.map((s) => ({ ...s, more: Math.max(0, audit.summary.byCategory[s.category] - s.cookies.length) }))
      : built;
  }, [audit, ui, preview]);

  useEffect(() => {
    // The first paint came from the rows alone: fetch the details now (the worker serves them from its cache).
    // Not for a summary: the worker's rows-only answer is already on its way, and brings this about when it comes.
    if (!view?.rowsOnly || view.preview) return;
    let current = true;
    client.getTabView(view.tabId).then(
      (full) => {
        if (current) setView(full);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [client, view]);

  useEffect(() => {
    // The first rows are on screen: the others follow after that frame is painted (rAF, then a task).
    if (view === null || !firstFrame) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setFirstFrame(false), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [view, firstFrame]);

  useEffect(() => {
    // Lets benchmarks read "navigation to first full render" (of the worker's answer) from the performance timeline.
    if (view !== null && !view.preview && performance.getEntriesByName('cookie-auditor:rendered').length === 0) {
      performance.mark('cookie-auditor:rendered');
    }
  }, [view]);

  if (failure !== null) {
    return (
      <main class="state error" data-testid="state-error">
        <h1>{t('errorTitle')}</h1>
        <p>{failure}</p>
        <button type="button" onClick={() => void load()}>
          {t('retry')}
        </button>
      </main>
    );
  }
  if (view === null || (preview && !previewShows(ui))) {
    return (
      <main class="state" data-testid="state-loading" aria-busy="true">
        {t('loading')}
      </main>
    );
  }
  if (view.kind !== 'ok' || !audit) {
    return (
      <main class={`state ${view.kind}`} data-testid={`state-${view.kind}`}>
        <h1>{t('extName')}</h1>
        <p>{view.message}</p>
      </main>
    );
  }

  const remove = (items: AuditedCookie[], message: string) => {
    // A summary's rows may be a moment old: deleting waits for the worker's live view.
    if (view.preview) return;
    setConfirm({
      message,
      ...(items.some(looksLikeLogin) ? { warning: t('logoutWarning') } : {}),
      run: async () => {
        await client.deleteCookies(
          view.tabId,
          items.map((c) => c.id),
        );
        setOpenId(null);
        await load();
      },
    });
  };

  // The cookie's host names it to the worker, which keeps the correction for the cookie's registrable domain.
  const target = (c: AuditedCookie, allSites: boolean) => ({
    name: c.cookie.name,
    cookieSite: c.cookie.domain.replace(/^\./, '').toLowerCase(),
    site: allSites ? '*' : audit.site,
  });
  const correctionFor = (c: AuditedCookie) => ({
    onCorrect: async (category: KnownCategory, allSites: boolean) => {
      await client.setOverride({ ...target(c, allSites), category });
      await load();
    },
    onClearCorrection: async () => {
      const where = c.classification.reason.startsWith('set by you for all sites');
      await client.clearOverride(target(c, where));
      await load();
    },
  });

  // The first render puts only what a 600 px popup shows in the DOM: FIRST_FRAME_ROWS rows over the open sections.
  const firstFrameCaps: number[] = [];
  let rowsLeft = FIRST_FRAME_ROWS;
  for (const s of sections) {
    firstFrameCaps.push(rowsLeft);
    if (!ui.collapsed.includes(s.category)) rowsLeft = Math.max(0, rowsLeft - Math.min(s.cookies.length, PAGE_SIZE));
  }

  // Blocked attempts have their own section below; the header list keeps the other site findings.
  const siteFindings = audit.siteFindings.filter((f) => f.ruleId !== 'blocked-attempts');

  const toggleCollapsed = (c: Category) =>
    changeUi({ collapsed: ui.collapsed.includes(c) ? ui.collapsed.filter((x) => x !== c) : [...ui.collapsed, c] });

  return (
    <main
      class="app"
      // "app" once the live view is in the DOM whole: tests that read rows wait for it.
      data-testid={preview ? 'app-preview' : firstFrame ? 'app-first-frame' : 'app'}
      {...(preview ? { 'data-preview': 'summary', 'aria-busy': 'true' } : {})}
    >
      <Header audit={audit} title={view.title} {...(view.container ? { container: view.container } : {})} />
      <ConsentStrip consent={audit.consent} now={Date.now()} />
      {preview ? null : (
        <ExportMenu
          corrections={{
            onExport: async () => downloadFile(await client.exportOverrides()),
            onImport: async (text) => {
              const r = await client.importOverrides(text);
              await load();
              return r.imported;
            },
          }}
          reportsUrl={client.reportsUrl()}
          onExport={async (format, includeValues) =>
            downloadFile(await client.tabReport(view.tabId, format, includeValues))
          }
        />
      )}
      {siteFindings.length > 0 ? (
        <ul class="site-findings" aria-label={t('siteFindings')}>
          {siteFindings.map((f) => (
            <li key={`${f.ruleId}-${f.message}`} class={`finding sev-border-${f.severity}`}>
              <SeverityIcon severity={f.severity} /> <strong>{f.title}</strong>: {f.message}
            </li>
          ))}
        </ul>
      ) : null}
      <div class="panes" role="tablist">
        {(['cookies', 'timeline'] as const).map((p) => (
          <button
            key={p}
            type="button"
            role="tab"
            aria-selected={pane === p}
            data-testid={`pane-${p}`}
            onClick={() => setPane(p)}
          >
            {p === 'cookies' ? t('tabCookies') : t('tabTimeline')}
          </button>
        ))}
      </div>
      {pane === 'timeline' ? (
        <TimelinePanel
          source={client}
          tabId={view.tabId}
          confirmClear={(site, run) => setConfirm({ message: t('confirmClearHistory', site), run })}
          onExport={(format) => void client.tabReport(view.tabId, format, false, true).then(downloadFile)}
        />
      ) : null}
      {pane === 'cookies' ? <Toolbar ui={ui} onChange={changeUi} /> : null}
      {pane === 'timeline' ? null : audit.cookies.length === 0 ? (
        <p class="empty" data-testid="state-empty">
          {t('noCookies')}
        </p>
      ) : sections.length === 0 ? (
        <p class="empty" data-testid="state-nomatch">
          {t('noMatch')}
        </p>
      ) : (
        sections.map((s, i) => (
          <CategorySection
            key={s.category}
            section={s}
            collapsed={ui.collapsed.includes(s.category)}
            onToggleCollapsed={() => toggleCollapsed(s.category)}
            openId={openId}
            onOpen={setOpenId}
            history={view.history}
            detailsPending={view.rowsOnly === true}
            actionsPending={preview}
            {...(firstFrame ? { rowCap: firstFrameCaps[i] ?? 0 } : {})}
            marks={view.marks}
            onDelete={(c) => remove([c], t('confirmDeleteOne', nameText(c.cookie.name, 60)))}
            correctionFor={correctionFor}
            onDeleteAll={() =>
              remove(
                s.cookies,
                t('confirmDelete', [String(s.cookies.length), `${audit.site} (${t(`category_${s.category}`)})`]),
              )
            }
          />
        ))
      )}
      {pane === 'cookies' ? <BlockedList blocked={audit.blocked} /> : null}
      {pane === 'cookies' ? <RecordDroppedNote dropped={view.recordDropped} /> : null}
      {pane === 'cookies' && view.droppedEntries ? (
        <p class="hint" data-testid="dropped-entries">
          {t('droppedEntries', String(view.droppedEntries))}
        </p>
      ) : null}
      {confirm ? <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} /> : null}
    </main>
  );
}

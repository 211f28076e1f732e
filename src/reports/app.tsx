import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ContainerInfo, SiteListing, StorageStatus } from '../core/messages';
import type { ReportFormat } from '../core/report/options';
import { SEVERITIES } from '../core/types';
import { ReportChoices } from '../popup/components/report-choices';
import { downloadFile } from '../popup/download';
import type { ReportsClient, StoreChoice } from './client';
import { SettingsForm } from './settings-form';
import { type SortKey, sortSites } from './sort-sites';
import { Sparkline } from './sparkline';

function when(ms: number | undefined): string {
  return ms ? new Date(ms).toLocaleString() : '—';
}

export function ReportsApp({ client }: { client: ReportsClient }) {
  const [sites, setSites] = useState<SiteListing[] | null>(null);
  const [storage, setStorage] = useState<StorageStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [format, setFormat] = useState<ReportFormat>('json');
  const [includeValues, setIncludeValues] = useState(false);
  const [filter, setFilter] = useState('');
  const [containers, setContainers] = useState<ContainerInfo[]>([]);
  /** '' is the browser's default store; otherwise a Firefox container's cookieStoreId. */
  const [storeId, setStoreId] = useState('');
  const store: StoreChoice = storeId ? { storeId } : {};

  useEffect(() => {
    client.listContainers().then(setContainers, () => setContainers([]));
  }, [client]);
  const [sort, setSort] = useState<SortKey>('name');

  const load = useCallback(async () => {
    try {
      setSites(null);
      const [list, status] = await Promise.all([client.listSites(storeId ? { storeId } : {}), client.storageStatus()]);
      setSites(list);
      setStorage(status);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, [client, storeId]);
  useEffect(() => {
    void load();
  }, [load]);

  const run = async (make: () => Promise<{ filename: string; mime: string; body: string } | null>) => {
    try {
      setError(null);
      const file = await make();
      if (file) downloadFile(file);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const shown = sortSites(
    (sites ?? []).filter((s) => s.site.includes(filter.trim().toLowerCase())),
    sort,
  );
  return (
    <main class="reports">
      <h1>Cookie Auditor — every site seen</h1>
      <p class="hint">
        Everything here stays in this browser. Reports leave cookie values out unless you tick the box below.
      </p>
      <div class="bar">
        {containers.length > 0 ? (
          <label>
            Container{' '}
            <select
              data-testid="reports-container"
              value={storeId}
              onChange={(e) => setStoreId((e.currentTarget as HTMLSelectElement).value)}
            >
              <option value="">No container</option>
              {containers.map((c) => (
                <option key={c.cookieStoreId} value={c.cookieStoreId}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <input
          type="search"
          placeholder="Filter sites"
          aria-label="Filter sites"
          value={filter}
          onInput={(e) => setFilter((e.currentTarget as HTMLInputElement).value)}
        />
        <label>
          Sort{' '}
          <select
            data-testid="sort-sites"
            value={sort}
            onChange={(e) => setSort((e.currentTarget as HTMLSelectElement).value as SortKey)}
          >
            <option value="name">by name</option>
            <option value="changed">changed recently</option>
          </select>
        </label>
        <ReportChoices
          testIdPrefix="reports"
          showFormatLabel
          format={format}
          onFormat={setFormat}
          includeValues={includeValues}
          onIncludeValues={setIncludeValues}
        />
        <button
          type="button"
          data-testid="export-all"
          onClick={() => run(() => client.allSitesReport(format, includeValues, store))}
        >
          Export all sites
        </button>
      </div>
      {error ? (
        <p class="warning" role="alert">
          {error}
        </p>
      ) : null}
      {storage?.pausedSince !== undefined ? (
        <p class="warning" role="alert" data-testid="history-paused">
          History paused: storage full since {when(storage.pausedSince)} ({storage.failedWrites} writes could not be
          saved). What is not saved stays in memory and is saved when room frees up.
        </p>
      ) : null}
      {storage && storage.evictedSites > 0 ? (
        <p class="hint" data-testid="evicted-sites">
          {storage.evictedSites} least recently seen sites were removed from the history to stay within its storage
          budget.
        </p>
      ) : null}
      {storage && storage.droppedTabRecords > 0 ? (
        <p class="hint" data-testid="dropped-tabs">
          {storage.droppedTabRecords} tab records were dropped since the browser started, to stay within the storage
          budget for open tabs. Those tabs' popups say their earlier entries were not kept.
        </p>
      ) : null}
      {sites === null ? (
        <p aria-busy="true">Reading cookies…</p>
      ) : shown.length === 0 ? (
        <p data-testid="no-sites">No site seen yet. Browse a little, then come back.</p>
      ) : (
        <table data-testid="sites">
          <thead>
            <tr>
              <th scope="col">Site</th>
              <th scope="col">Last visit</th>
              <th scope="col">Cookie events, 30 days</th>
              <th scope="col">Cookies now</th>
              <th scope="col">1st / 3rd</th>
              <th scope="col">Findings (high/medium/low/info)</th>
              <th scope="col">Report</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((s) => (
              <tr key={s.site} data-site={s.site}>
                <th scope="row" class="mono">
                  {s.site}
                  {s.droppedEntries ? (
                    <small class="hint" data-testid="site-dropped">
                      {' '}
                      ({s.droppedEntries} older cookie entries not kept)
                    </small>
                  ) : null}
                </th>
                <td>{when(s.lastVisit)}</td>
                <td>
                  {s.timeline ? (
                    <Sparkline
                      counts={s.timeline.daily}
                      label={`${s.timeline.events} events, last ${when(s.timeline.lastEventAt)}`}
                    />
                  ) : (
                    '—'
                  )}
                </td>
                <td data-testid="cookies-now">{s.summary.total}</td>
                <td>
                  {s.summary.firstParty} / {s.summary.thirdParty}
                </td>
                <td>{SEVERITIES.map((sev) => s.summary.bySeverity[sev]).join(' / ')}</td>
                <td>
                  <button
                    type="button"
                    onClick={() => run(() => client.siteReport(s.site, format, includeValues, store))}
                  >
                    Download
                  </button>{' '}
                  <button
                    type="button"
                    data-testid="clear-site-history"
                    onClick={async () => {
                      if (!window.confirm(`Forget what Cookie Auditor recorded about ${s.site}? Its cookies stay.`))
                        return;
                      await run(async () => {
                        await client.clearSiteHistory(s.site);
                        await load();
                        return null;
                      });
                    }}
                  >
                    Clear history
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <SettingsForm load={client.getSettings} save={client.setSettings} />
    </main>
  );
}

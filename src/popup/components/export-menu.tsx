import { useState } from 'preact/hooks';
import { t } from '../../browser/i18n';
import type { ReportFormat } from '../../core/report/options';
import { ReportChoices } from './report-choices';

export function ExportMenu({
  onExport,
  reportsUrl,
  corrections,
}: {
  onExport: (format: ReportFormat, includeValues: boolean) => Promise<void>;
  reportsUrl: string;
  /** The user's category corrections as a small JSON file a team can share. */
  corrections: { onExport: () => Promise<void>; onImport: (text: string) => Promise<number> };
}) {
  const [note, setNote] = useState<string | null>(null);
  const [format, setFormat] = useState<ReportFormat>('json');
  const [includeValues, setIncludeValues] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <details class="export" data-testid="export">
      <summary>{t('export')}</summary>
      <div class="export-body">
        <ReportChoices
          testIdPrefix="export"
          showFormatLabel={false}
          format={format}
          onFormat={setFormat}
          includeValues={includeValues}
          onIncludeValues={setIncludeValues}
        />
        <button
          type="button"
          data-testid="export-download"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            setError(null);
            try {
              await onExport(format, includeValues);
            } catch (e) {
              setError(e instanceof Error ? e.message : String(e));
            } finally {
              setBusy(false);
            }
          }}
        >
          {t('download')}
        </button>
        <a href={reportsUrl} target="_blank" rel="noopener" data-testid="reports-link">
          {t('reports')}
        </a>
        <div class="corrections-io">
          <button
            type="button"
            class="link"
            data-testid="export-corrections"
            onClick={() => corrections.onExport().catch((e) => setError(e instanceof Error ? e.message : String(e)))}
          >
            {t('exportCorrections')}
          </button>
          <label class="link">
            {t('importCorrections')}
            <input
              type="file"
              accept="application/json,.json"
              data-testid="import-corrections"
              class="visually-hidden"
              onChange={async (e) => {
                const file = (e.currentTarget as HTMLInputElement).files?.[0];
                if (!file) return;
                setError(null);
                try {
                  // A corrections file is small; the worker checks it (format, rows, at most 5,000).
                  const n = await corrections.onImport(await file.text());
                  setNote(t('importedCorrections', String(n)));
                } catch (err) {
                  setError(err instanceof Error ? err.message : String(err));
                }
              }}
            />
          </label>
        </div>
        {note ? <p class="hint">{note}</p> : null}
        {error ? <p class="warning">{error}</p> : null}
      </div>
    </details>
  );
}

import { useState } from 'preact/hooks';
import { t } from '../../browser/i18n';
import type { ReportFormat } from '../../core/report/options';
import { ReportChoices } from './report-choices';

export function ExportMenu({
  onExport,
  reportsUrl,
}: {
  onExport: (format: ReportFormat, includeValues: boolean) => Promise<void>;
  reportsUrl: string;
}) {
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
        {error ? <p class="warning">{error}</p> : null}
      </div>
    </details>
  );
}

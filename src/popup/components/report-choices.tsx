import { t } from '../../browser/i18n';
import type { ReportFormat } from '../../core/report/options';
import { FORMAT_CHOICES } from '../report-formats';

/** The export format and the "include values" choice, as the popup's Export menu and the reports page offer them. */
export function ReportChoices({
  testIdPrefix,
  showFormatLabel,
  format,
  onFormat,
  includeValues,
  onIncludeValues,
}: {
  /** data-testid of the select is `<prefix>-format`, of the checkbox `<prefix>-values`. */
  testIdPrefix: string;
  /** The reports page shows "Format" beside the select; the narrow popup leaves it to screen readers. */
  showFormatLabel: boolean;
  format: ReportFormat;
  onFormat: (f: ReportFormat) => void;
  includeValues: boolean;
  onIncludeValues: (v: boolean) => void;
}) {
  return (
    <>
      <label>
        <span class={showFormatLabel ? '' : 'sr-only'}>{t('format')} </span>
        <select
          data-testid={`${testIdPrefix}-format`}
          value={format}
          onChange={(e) => onFormat((e.currentTarget as HTMLSelectElement).value as ReportFormat)}
        >
          {FORMAT_CHOICES.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
      </label>
      <label class="check">
        <input
          type="checkbox"
          data-testid={`${testIdPrefix}-values`}
          checked={includeValues}
          onChange={(e) => onIncludeValues((e.currentTarget as HTMLInputElement).checked)}
        />
        {t('includeValues')}
      </label>
    </>
  );
}

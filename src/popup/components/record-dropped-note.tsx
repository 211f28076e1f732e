import { t } from '../../browser/i18n';

/**
 * Says that the tab's whole record was dropped to make room (the worker's session storage budget, or a quota error):
 * requests and Set-Cookie lines from before that are unknown, so the list may lack cookies seen only in traffic.
 */
export function RecordDroppedNote({ dropped }: { dropped: boolean | undefined }) {
  if (!dropped) return null;
  return (
    <p class="hint" data-testid="record-dropped">
      {t('recordDropped')}
    </p>
  );
}

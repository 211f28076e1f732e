import { storedBytes } from '../stored-bytes';
import type { Override } from './overrides';
import { MAX_OVERRIDES, OverridesFileError } from './overrides-file';

/**
 * Bytes the stored list of corrections may take in storage.local. The area holds 10 MB
 * (chrome.storage.local.QUOTA_BYTES) of which the site history may take 6 MB: 1 MB of corrections is about 10,000
 * ordinary rows, so MAX_OVERRIDES rows fit unless their names are very long (a name may have 4,096 characters).
 */
export const MAX_OVERRIDES_BYTES = 1024 * 1024;

/**
 * Checks a merged list before it replaces the stored one: never more rows than a stored list may hold (validOverrides
 * rejects a longer one at the next start, which would drop every correction), never more bytes than its budget.
 */
export function checkOverridesFit(list: readonly Override[], key: string): void {
  if (list.length > MAX_OVERRIDES) {
    throw new OverridesFileError(
      `too many corrections: the list would hold ${list.length.toLocaleString('en')} (at most ` +
        `${MAX_OVERRIDES.toLocaleString('en')}). Clear some first, or import a smaller file.`,
    );
  }
  const bytes = storedBytes(key, list);
  if (bytes > MAX_OVERRIDES_BYTES) {
    throw new OverridesFileError(
      `the corrections would take ${(bytes / 1024 / 1024).toFixed(1)} MB of storage (at most ` +
        `${MAX_OVERRIDES_BYTES / 1024 / 1024} MB). Clear some first, or import a smaller file.`,
    );
  }
}

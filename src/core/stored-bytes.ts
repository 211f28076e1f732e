import { utf8Length } from './clip';

/**
 * Bytes a value takes in chrome.storage: "the JSON stringification of every value plus every key's length"
 * (developer.chrome.com/docs/extensions/reference/api/storage, QUOTA_BYTES), counted as UTF-8.
 */
export function storedBytes(key: string, value: unknown): number {
  return utf8Length(key) + utf8Length(JSON.stringify(value) ?? '');
}

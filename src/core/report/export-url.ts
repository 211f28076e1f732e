import { clip } from '../clip';
import { urlWithoutQuery } from '../url-without-query';
import { MAX_URL_CHARS } from './limits';

/**
 * A URL as an export may carry it. With values left out, the query and the fragment go too: password-reset tokens,
 * OAuth codes (RFC 6749 §4.1.2 puts the code in the query, §4.2.2 the implicit-grant token in the fragment) and
 * session ids travel there, and a report that says values are left out must not hold them in a URL instead. The
 * cut itself is the worker's (url-without-query.ts), so stored and exported URLs lose the same parts. Either way the
 * URL is clipped with a marker at {@link MAX_URL_CHARS}, as cookie fields are.
 */
export function exportUrl(url: string, includeValues: boolean): string {
  return clip(includeValues ? url : urlWithoutQuery(url, Number.POSITIVE_INFINITY), { chars: MAX_URL_CHARS });
}

import { COOKIE_SIZE_LIMIT_BYTES } from '../settings';
import { type DescribedCookieRule, findingOf } from './described-rule';
import { count, quoteName } from './plain-text';
import { REFERENCES } from './references';
import { utf8Bytes } from './value-shape';

// Within 10% of the limit is "near": one more field in a serialized value and the browser drops the cookie.
const NEAR_FRACTION = 0.9;

/**
 * name + value close to or above 4096 bytes (UTF-8). Browsers must accept up to that, Chrome rejects more, and every
 * byte rides along on each request to the cookie's domain.
 */
export const oversized: DescribedCookieRule = {
  id: 'oversized',
  severity: 'medium',
  title: 'Cookie near the size limit',
  summary: 'Name plus value is at least 90% of the 4096-byte limit (medium when over it).',
  reference: REFERENCES.sizeLimits,
  test(c) {
    const bytes = utf8Bytes(c.cookie.name) + utf8Bytes(c.cookie.value);
    if (bytes < COOKIE_SIZE_LIMIT_BYTES * NEAR_FRACTION) return null;
    const over = bytes > COOKIE_SIZE_LIMIT_BYTES;
    const limit = count(COOKIE_SIZE_LIMIT_BYTES, 'byte');
    const message = over
      ? `${quoteName(c.cookie.name)} takes ${count(bytes, 'byte')} (name + value), over the ${limit} browsers must accept. Chrome refuses to store a cookie this large, so the site's next update of it will be silently lost.`
      : `${quoteName(c.cookie.name)} takes ${count(bytes, 'byte')} (name + value), close to the ${limit} browsers must accept: a little more data and browsers drop it silently. It is also sent with every request to its domain.`;
    const fix =
      'Keep the data on the server (or in localStorage if only scripts need it) and store a short id in the cookie; split it into several cookies only as a last resort.';
    return findingOf(this, over ? 'medium' : 'low', message, fix);
  },
};

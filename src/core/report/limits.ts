/**
 * Size caps for what the reports copy out of a cookie. A browser never stores more than 4096 bytes of name + value
 * (RFC 6265bis §5.6), so real cookies fit; the caps protect the reports from imported files that do not.
 */
export const MAX_VALUE_CHARS = 4096;
/** Names in the policy tables and the terminal listing: long enough for `intercom-session-<app id>`. */
export const TABLE_NAME_CHARS = 80;
/** Values shown inside Markdown and HTML tables; JSON and CSV carry up to {@link MAX_VALUE_CHARS}. */
export const TABLE_VALUE_CHARS = 256;

/**
 * Size caps for what the reports copy out of a cookie. A browser never stores more than 4096 bytes of name + value
 * (RFC 6265bis §5.6), nor a Domain or Path attribute over 1024 bytes (§5.6, step 3), so real cookies fit; the caps
 * protect the reports from imported files that do not. A clipped string ends with "…" (clip.ts).
 */
export const MAX_VALUE_CHARS = 4096;
/** Names in JSON and CSV: name and value share the 4096-byte limit, so a longer name was never a cookie's. */
export const MAX_NAME_CHARS = 4096;
/** Domains in JSON and CSV: 253 characters is the longest DNS name (RFC 1035 §2.3.4), plus the leading dot. */
export const MAX_DOMAIN_CHARS = 254;
/**
 * Page and request URLs in every format. Browsers accept far longer ones (Chromium's limit is 2 MB, docs/security/
 * url_display_guidelines), but sites keep theirs under a few thousand characters; a longer one in an imported
 * report is cut with a marker rather than written whole into every heading.
 */
export const MAX_URL_CHARS = 4096;
/** Paths in JSON and CSV: the attribute limit of RFC 6265bis §5.6. */
export const MAX_PATH_CHARS = 1024;
/** Names in the policy tables and the terminal listing: long enough for `intercom-session-<app id>`. */
export const TABLE_NAME_CHARS = 80;
/** Domains and paths in the policy tables and the terminal listing. */
export const TABLE_DOMAIN_CHARS = 120;
/** Values shown inside Markdown and HTML tables; JSON and CSV carry up to {@link MAX_VALUE_CHARS}. */
export const TABLE_VALUE_CHARS = 256;
/**
 * Cookies listed under one finding in the human formats (Markdown, HTML, table) before "…and N more like this":
 * 100,000 cookies with the same finding would otherwise print the same advice 100,000 times. JSON and CSV keep every
 * finding of every cookie.
 */
export const GROUP_SHOWN = 10;

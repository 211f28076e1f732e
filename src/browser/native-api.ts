import type { Browser } from 'webextension-polyfill';

/**
 * The browser's own promise-based extension API (`browser` in Firefox, `chrome` in Chromium's Manifest V3), used in
 * place of webextension-polyfill by the popup's early first paint (scripts/vite-first-paint.ts aliases it in): that
 * script must be small and quick to evaluate, and it only calls APIs that return promises natively in both browsers
 * (tabs.get, tabs.query, storage.*.get) or are synchronous (i18n.getMessage).
 */
const scope = globalThis as unknown as { browser?: Browser; chrome?: Browser };
const api = (scope.browser ?? scope.chrome) as Browser;
export default api;

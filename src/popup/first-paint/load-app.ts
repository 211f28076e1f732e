/**
 * Adds the popup's app (its module script) to the page. The build moves it out of index.html onto the first-paint
 * script's `data-module` (scripts/vite-first-paint.ts), so its fetch starts after the first paint's reads instead of
 * racing its own script for the browser's attention. Its imports are fetched when it arrives: adding a modulepreload
 * for each cost this script's thread more than it gained (scripts/vite-first-paint.ts, rewritePopupHtml).
 */
export function loadApp(script: HTMLOrSVGScriptElement | null): void {
  const src = script instanceof HTMLScriptElement ? script.dataset.module : undefined;
  if (!src) return;
  document.head.append(Object.assign(document.createElement('script'), { type: 'module', crossOrigin: '', src }));
}

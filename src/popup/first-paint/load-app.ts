/**
 * Adds the popup's app (its module script and the chunks to preload) to the page. The build moves them out of
 * index.html onto the first-paint script's `data-module` and `data-preload` (scripts/vite-first-paint.ts), so their
 * fetches start after the first paint's reads instead of racing its own script for the browser's attention.
 */
export function loadApp(script: HTMLOrSVGScriptElement | null): void {
  const data = script instanceof HTMLScriptElement ? script.dataset : undefined;
  const urls = (list: string | undefined) => (list ?? '').split(' ').filter(Boolean);
  for (const href of urls(data?.preload)) {
    document.head.append(
      Object.assign(document.createElement('link'), { rel: 'modulepreload', crossOrigin: '', href }),
    );
  }
  for (const src of urls(data?.module)) {
    document.head.append(Object.assign(document.createElement('script'), { type: 'module', crossOrigin: '', src }));
  }
}

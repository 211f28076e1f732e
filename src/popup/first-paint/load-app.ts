/**
 * Adds the popup's app (its module script and the chunks to preload) to the page. The build moves them out of
 * index.html onto the first-paint script's `data-module` and `data-preload` (scripts/vite-first-paint.ts), so their
 * fetches start after the first paint's reads instead of racing its own script for the browser's attention.
 */
export function loadApp(script: HTMLOrSVGScriptElement | null): void {
  const data = script instanceof HTMLScriptElement ? script.dataset : undefined;
  for (const href of (data?.preload ?? '').split(' ').filter(Boolean)) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
  for (const src of (data?.module ?? '').split(' ').filter(Boolean)) {
    const module = document.createElement('script');
    module.type = 'module';
    module.crossOrigin = '';
    module.src = src;
    document.head.append(module);
  }
}

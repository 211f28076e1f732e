import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { firstPaintBuildOptions, rewritePopupHtml } from '../../scripts/vite-first-paint';
import { tabIdFromSearch } from '../../src/popup/first-paint/hand-off';

/** The popup page as Vite writes it, with the first-paint script where src/popup/index.html has it. */
const VITE_HTML = `<!doctype html>
<html lang="en">
  <head>
    <title>Cookie Auditor</title>
    <script type="module" crossorigin src="/assets/index.html-AbC_12-x.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/send-message-B1.js">
    <link rel="modulepreload" crossorigin href="/assets/storage-C2.js">
    <link rel="stylesheet" crossorigin href="/assets/index-D3.css">
  </head>
  <body>
    <div id="root"></div>
    <script src="./first-paint.js"></script>
  </body>
</html>`;

const CSS = ':root{color-scheme:light dark}.row{display:flex}';
const assets = (path: string) => {
  if (path !== '/assets/index-D3.css') throw new Error(`not an asset: ${path}`);
  return CSS;
};

describe('rewritePopupHtml (the popup page the extension build ships)', () => {
  it('moves the app onto the first-paint script, drops its preloads, and puts the stylesheet inline', () => {
    const html = rewritePopupHtml(VITE_HTML, assets);
    expect(html).not.toContain('type="module"');
    // The module's imports are fetched when it arrives: a preload each cost the first paint more than it gained.
    expect(html).not.toContain('modulepreload');
    expect(html).not.toContain('send-message-B1.js');
    expect(html).toContain('<script src="./first-paint.js" data-module="/assets/index.html-AbC_12-x.js"></script>');
    // The first paint is the one file the page loads, after #root; the styles are there before it.
    expect(html).not.toContain('rel="stylesheet"');
    expect(html).toContain(`<style>${CSS}</style>`);
    expect(html.indexOf('<style>')).toBeLessThan(html.indexOf('<div id="root"></div>'));
    expect(html.indexOf('<div id="root"></div>')).toBeLessThan(html.indexOf('first-paint.js'));
  });

  it('refuses a page it cannot rewrite safely, saying why', () => {
    const rewrite =
      (html: string, read = assets) =>
      () =>
        rewritePopupHtml(html, read);
    expect(rewrite(VITE_HTML.replace('<script src="./first-paint.js"></script>', ''))).toThrow(
      /no <script src="\.\/first-paint\.js">/,
    );
    const scriptFirst = VITE_HTML.replace('    <script src="./first-paint.js"></script>\n', '').replace(
      '<title>Cookie Auditor</title>',
      '<title>Cookie Auditor</title><script src="./first-paint.js"></script>',
    );
    expect(rewrite(scriptFirst)).toThrow(/must come after #root/);
    expect(rewrite(VITE_HTML.replace(/<script type="module"[^>]*><\/script>/, ''))).toThrow(
      /expected one module script, found 0/,
    );
    expect(rewrite(VITE_HTML.replace('index.html-AbC_12-x.js', 'index.html-AbC_12-x.js?v=1'))).toThrow(
      /unexpected asset path/,
    );
    expect(rewrite(VITE_HTML.replace('storage-C2.js"', 'storage-C2.js" onload="x"'))).toThrow(
      /a script, preload or stylesheet written in a form this build does not know/,
    );
    expect(rewrite(VITE_HTML, () => 'p{}</style><script>alert(1)</script>')).toThrow(/closes its <style>/);
  });
});

describe('the first-paint script (scripts/vite-first-paint.ts)', () => {
  it('carries the popup components without Preact, the polyfill, or the parts never on a first screen', async () => {
    const result = await build({ ...firstPaintBuildOptions('chrome120'), metafile: true });
    const [output] = Object.values(result.metafile.outputs);
    if (!output) throw new Error('no output');
    const inputs = Object.keys(output.inputs);
    // The same components Preact renders, rendered by the static runtime.
    for (const file of [
      'src/popup/app.tsx',
      'src/popup/components/cookie-row.tsx',
      'src/popup/components/header.tsx',
      'src/popup/first-paint/static-jsx.ts',
    ]) {
      expect(inputs, file).toContain(file);
    }
    expect(inputs.filter((f) => f.includes('node_modules/'))).toEqual([]);
    // Stand-ins: a few bytes each instead of the component.
    const details = output.inputs['src/popup/components/cookie-details.tsx'];
    expect(details?.bytesInOutput).toBeLessThan(120);
    const code = result.outputFiles?.[0]?.text ?? '';
    expect(code).not.toMatch(/webextension-polyfill|import\(/);
  });
});

describe('tabIdFromSearch', () => {
  it('reads ?tab=ID and nothing else', () => {
    expect(tabIdFromSearch('?tab=12')).toBe(12);
    expect(tabIdFromSearch('?x=1&tab=7')).toBe(7);
    for (const bad of ['', '?tab=', '?tab=1e3', '?tab=-1', '?tab=12abc', '?tab=0x1f']) {
      expect(tabIdFromSearch(bad), bad).toBeUndefined();
    }
  });
});

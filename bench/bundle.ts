/**
 * Popup bundle size: the HTML, the scripts it loads (following static imports between chunks) and its CSS,
 * gzipped. The catalogue lives in the worker's bundle and must never appear here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = resolve(import.meta.dirname, '../dist');

function closure(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(join(DIST, file), 'utf8');
    for (const m of text.matchAll(/(?:from|import)\s*["']\.?\/?((?:assets\/)?[\w.-]+\.js)["']/g)) {
      const dep = m[1]?.startsWith('assets/') ? m[1] : `assets/${m[1]}`;
      if (existsSync(join(DIST, dep))) todo.push(dep);
    }
  }
  return seen;
}

export function popupBundle(page = 'src/popup/index.html') {
  const html = readFileSync(join(DIST, page), 'utf8');
  const files = new Set<string>([page]);
  // The first paint's classic script, beside the page; it adds the app named in its data-module (and its imports).
  for (const m of html.matchAll(/<script src="\.\/([\w.-]+\.js)"/g)) files.add(join(dirname(page), m[1] as string));
  const assets = [...html.matchAll(/(?:src|href)="\/?(assets\/[\w.-]+\.(?:js|css))"/g)].map((m) => m[1] as string);
  for (const m of html.matchAll(/data-module="([^"]+)"/g)) assets.push((m[1] as string).replace(/^\//, ''));
  for (const f of assets) {
    if (f.endsWith('.js')) for (const c of closure(f)) files.add(c);
    else files.add(f);
  }
  let raw = 0;
  let gz = 0;
  let hasCatalogue = false;
  for (const f of files) {
    const buf = readFileSync(join(DIST, f));
    raw += buf.length;
    gz += gzipSync(buf, { level: 9 }).length;
    if (buf.includes('intercom-session-') || buf.includes('cookie-auditor/fallback-model')) hasCatalogue = true;
  }
  return { files: [...files], raw, gz, hasCatalogue };
}

export function runBundleReport(): void {
  if (!existsSync(join(DIST, 'manifest.json'))) {
    console.log('\n## Bundle\n(dist/ not built: run npm run build first)');
    return;
  }
  const popup = popupBundle();
  const worker = readFileSync(join(DIST, 'service-worker-loader.js'), 'utf8');
  const workerEntry = /['"]\.\/(assets\/[\w.-]+\.js)['"]/.exec(worker)?.[1];
  const workerFiles = workerEntry ? closure(workerEntry) : new Set<string>();
  let workerGz = 0;
  for (const f of workerFiles) workerGz += gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length;
  console.log('\n## Bundle');
  console.log(
    `popup: ${(popup.gz / 1024).toFixed(1)} KB gzip (${(popup.raw / 1024).toFixed(1)} KB raw, ${popup.files.length} files), catalogue and model ${popup.hasCatalogue ? 'PRESENT' : 'not included'}   target ≤ 40 KB gzip`,
  );
  const firstPaint = join(DIST, 'src/popup/first-paint.js');
  if (existsSync(firstPaint)) {
    // All the page loads before its first rows (the app's modules come after): extension resources arrive slowly.
    const raw = readFileSync(firstPaint);
    console.log(
      `popup first paint (first-paint.js, loaded before anything else): ${(raw.length / 1024).toFixed(1)} KB raw, ${(gzipSync(raw, { level: 9 }).length / 1024).toFixed(1)} KB gzip`,
    );
  }
  console.log(`worker (catalogue, Public Suffix List, rules, reports): ${(workerGz / 1024).toFixed(1)} KB gzip`);
}

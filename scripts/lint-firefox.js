// Runs `web-ext lint` (Mozilla's addons-linter, what AMO runs on upload) over dist-firefox/ and fails on any error,
// notice or warning that is not explained below.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist-firefox');
if (!existsSync(join(dist, 'manifest.json'))) {
  console.error('dist-firefox/manifest.json is missing: run npm run build:firefox first.');
  process.exit(1);
}

/** Every file under a folder. */
function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/**
 * Warnings we accept, each with the reason and a check that the warning is still that case and nothing else.
 * UNSAFE_VAR_ASSIGNMENT: Preact's renderer contains `dom.innerHTML = props.dangerouslySetInnerHTML.__html`, the
 * only innerHTML write in the bundle. It runs only for elements given that prop, and none of our code gives it
 * (checked here over src/), so every cookie name and value reaches the DOM as text.
 */
const EXPLAINED = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    matches(w) {
      if (!w.file || w.line !== 1 || typeof w.column !== 'number') return false;
      const code = readFileSync(join(dist, w.file), 'utf8');
      const near = code.slice(Math.max(0, w.column - 300), w.column + 100);
      return near.includes('dangerouslySetInnerHTML') && near.includes('.innerHTML=');
    },
  },
];

const ours = walk(join(root, 'src')).filter((f) => /\.(ts|tsx)$/.test(f));
// A JSX prop or an assignment writes HTML; naming the prop (the first paint refuses it) does not.
const usesRawHtml = ours.filter((f) => /dangerouslySetInnerHTML\s*=|\.innerHTML\s*=/.test(readFileSync(f, 'utf8')));
if (usesRawHtml.length > 0) {
  console.error(`src/ writes raw HTML, so the innerHTML warning is no longer only Preact's: ${usesRawHtml.join(', ')}`);
  process.exit(1);
}

const run = spawnSync(
  join(root, 'node_modules', '.bin', 'web-ext'),
  ['lint', '--source-dir', dist, '--output', 'json', '--no-config-discovery'],
  { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
);
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`web-ext lint gave no JSON report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
}
const problems = [...report.errors, ...report.notices];
const unexplained = report.warnings.filter((w) => !EXPLAINED.some((e) => e.code === w.code && e.matches(w)));
problems.push(...unexplained);
for (const p of problems) console.error(`${p._type} ${p.code} ${p.file ?? ''}: ${p.message}`);
console.log(
  `web-ext lint dist-firefox: ${report.errors.length} errors, ${report.notices.length} notices, ${report.warnings.length} warnings (${report.warnings.length - unexplained.length} explained in scripts/lint-firefox.js)`,
);
process.exit(problems.length > 0 ? 1 : 0);

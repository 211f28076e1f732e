/**
 * `npm run bench [-- --jar PATH] [-- --only classify,bundle,extension,scan]`: runs every benchmark module in turn and
 * prints figures. The extension benchmarks need `npm run build` first and Chromium (/usr/bin/chromium or CHROME_PATH).
 */
import { readFileSync } from 'node:fs';
import type { Cookie } from '../src/core/types';
import { findChromium } from '../test/e2e/harness/extension';
import { runBundleReport } from './bundle';
import { runClassifyBench } from './classify';
import { runExtensionBench } from './extension';
import { makeJar } from './make-jar';
import { runScanBench } from './scan';
import { runTimelineBench } from './timeline';

function argValue(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const jarPath = argValue('--jar');
const only = argValue('--only')?.split(',');

function loadJar(): Cookie[] {
  if (jarPath) return JSON.parse(readFileSync(jarPath, 'utf8')) as Cookie[];
  return makeJar(3300).map((b) => b.cookie);
}

const BENCHES: { name: string; run: () => Promise<void> }[] = [
  { name: 'classify', run: () => runClassifyBench(jarPath ? { jarPath } : {}) },
  { name: 'bundle', run: async () => runBundleReport() },
  {
    name: 'extension',
    run: async () => {
      if (!findChromium()) {
        console.log(
          '\n## Extension in real Chromium\n(skipped: no Chromium; install Debian "chromium" or set CHROME_PATH)',
        );
        return;
      }
      await runExtensionBench({ jar: loadJar() });
    },
  },
  {
    name: 'scan',
    run: async () => {
      if (!findChromium()) {
        console.log('\n## cookie-auditor scan\n(skipped: no Chromium; install Debian "chromium" or set CHROME_PATH)');
        return;
      }
      await runScanBench();
    },
  },
  { name: 'timeline', run: runTimelineBench },
];

for (const bench of BENCHES) {
  if (only && !only.includes(bench.name)) continue;
  await bench.run();
}

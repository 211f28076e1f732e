/**
 * `npm run bench [-- --jar PATH] [-- --only classify,bundle,large-input,extension,popup-floor,scan,timeline]`: runs
 * every benchmark module in turn and prints figures. large-input runs the built CLI ten times over up to 100,000
 * cookies (minutes on 2 cores; it builds dist-cli/ when missing). The extension benchmarks need the bench build
 * (`npm run bench` makes it) and Chromium (/usr/bin/chromium or CHROME_PATH). popup-floor takes `--runs N`
 * (default 9), `--sizes 30,180,1000` and `--idle-ms MS` (default 12000) for quicker looks while working.
 */
import { readFileSync } from 'node:fs';
import type { Cookie } from '../src/core/types';
import { findChromium } from '../test/e2e/harness/extension';
import { runBundleReport } from './bundle';
import { runClassifyBench } from './classify';
import { runExtensionBench } from './extension';
import { runLargeInputBench } from './large-input';
import { makeJar } from './make-jar';
import { runPopupFloorBench } from './popup-floor';
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

function chromiumOrSkip(title: string): boolean {
  if (findChromium()) return true;
  console.log(`\n## ${title}\n(skipped: no Chromium; install Debian "chromium" or set CHROME_PATH)`);
  return false;
}

const numberArg = (flag: string) => (argValue(flag) === undefined ? undefined : Number(argValue(flag)));

const BENCHES: { name: string; run: () => Promise<void> }[] = [
  { name: 'classify', run: () => runClassifyBench(jarPath ? { jarPath } : {}) },
  { name: 'bundle', run: async () => runBundleReport() },
  { name: 'large-input', run: runLargeInputBench },
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
    name: 'popup-floor',
    run: async () => {
      if (!chromiumOrSkip('Popup against the floor')) return;
      const sizes = argValue('--sizes')?.split(',').map(Number);
      const runs = numberArg('--runs');
      const idleMs = numberArg('--idle-ms');
      await runPopupFloorBench({
        jar: loadJar(),
        ...(runs === undefined ? {} : { runs }),
        ...(sizes === undefined ? {} : { sizes }),
        ...(idleMs === undefined ? {} : { idleMs }),
      });
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

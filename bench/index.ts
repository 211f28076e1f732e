/**
 * `npx tsx bench/index.ts [--jar PATH]`: runs every benchmark module in turn. Add a module by appending to BENCHES.
 */
import { runClassifyBench } from './classify';

function argValue(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const jarPath = argValue('--jar');

const BENCHES: { name: string; run: () => Promise<void> }[] = [
  { name: 'classify', run: () => runClassifyBench(jarPath ? { jarPath } : {}) },
];

for (const bench of BENCHES) {
  await bench.run();
}

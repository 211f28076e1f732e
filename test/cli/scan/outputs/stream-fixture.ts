import { judgeSite } from '../../../../src/cli/scan/judge';
import type { FileSink } from '../../../../src/cli/scan/outputs/file-sink';
import type { ScanMeta } from '../../../../src/cli/scan/report-meta';
import type { SiteResult } from '../../../../src/cli/scan/types';
import { cookie } from '../../../core/cookie-factory';
import { FBP, phase, SID, siteResult } from '../factory';

export const META: ScanMeta = {
  tool: { name: 'cookie-auditor', version: '9.9.9' },
  catalogueVersion: 'test',
  chromium: { version: 'Chrome/156', path: '/usr/bin/chromium', thirdPartyCookies: 'blocked', args: [] },
  startedAt: '2026-12-01T12:00:00.000Z',
  commandLine: ['cookie-auditor', 'scan', 'https://www.example.com/'],
  phases: ['none', 'reject'],
  formats: ['sarif', 'junit'],
  pages: 1,
  waitMs: 0,
  failOn: 'high',
  shard: null,
  baseline: null,
  allowList: null,
  overrides: { file: 'mine.json', count: 2 },
  valuesIncluded: false,
};

/** Hostile: markup, a quote, a control character and a non-character, in a cookie name the site chose. */
export const HOSTILE = cookie({ name: '<x a="1">&\u0007\uFFFF', value: 'v', session: false, expirationDate: 2e9 });

/** A leaky site (_fbp after reject), one with a hostile cookie name, and one that could not be scanned. */
export function sites(): SiteResult[] {
  const leaky = siteResult([phase('none', [SID, FBP]), phase('reject', [SID, FBP])], 'https://leaky.example/');
  const hostile = siteResult([phase('none', [SID, HOSTILE]), phase('reject', [SID])], 'https://odd.example/');
  for (const s of [leaky, hostile]) {
    const { findings, diff } = judgeSite(s.phases);
    s.findings = findings;
    s.diff = diff;
  }
  const down: SiteResult = {
    ...siteResult([], 'https://down.example/'),
    status: 'error',
    error: 'net::ERR_CONNECTION_REFUSED',
  };
  return [leaky, hostile, down].map((s, index) => ({ ...s, index }));
}

/** A FileSink in memory: what was written, write by write. */
export function memorySink() {
  const writes: string[] = [];
  const sink: FileSink = {
    path: 'memory',
    write: async (t) => {
      writes.push(t);
    },
    close: async () => ({ sha256: '', bytes: 0 }),
  };
  return { sink, writes, text: () => writes.join('') };
}

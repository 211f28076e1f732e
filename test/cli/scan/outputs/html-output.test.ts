import { describe, expect, it } from 'vitest';
import type { FileSink } from '../../../../src/cli/scan/outputs/file-sink';
import { htmlOutput } from '../../../../src/cli/scan/outputs/html-output';
import type { ScanMeta, ScanTotals } from '../../../../src/cli/scan/report-meta';
import { cookie } from '../../../core/cookie-factory';
import { phase, siteResult } from '../factory';

const meta: ScanMeta = {
  tool: { name: 'cookie-auditor', version: '0.1.0' },
  catalogueVersion: 'test-1',
  chromium: { version: 'Chromium/156', path: '/usr/bin/chromium', thirdPartyCookies: 'blocked', args: [] },
  startedAt: '2026-12-01T12:00:00.000Z',
  commandLine: ['cookie-auditor', 'scan'],
  phases: ['none'],
  formats: ['html'],
  pages: 0,
  waitMs: 0,
  failOn: 'high',
  shard: null,
  baseline: null,
  allowList: null,
  overrides: null,
  valuesIncluded: false,
};

const totals: ScanTotals = {
  finishedAt: '2026-12-01T12:01:00.000Z',
  sites: 1,
  scanned: 1,
  failed: 0,
  findings: { high: 0, medium: 0, low: 0, info: 0 },
  violations: 0,
  allowed: 0,
  failing: 0,
  exitCode: 0,
};

async function render(): Promise<string> {
  let text = '';
  const sink: FileSink = {
    path: 'report.html',
    write: async (t) => {
      text += t;
    },
    close: async () => ({ sha256: '', bytes: 0 }),
  };
  const out = htmlOutput(sink, meta);
  await out.begin();
  await out.site(siteResult([phase('none', [cookie({ name: '<base href=//evil.test/><form action=//evil.test>' })])]));
  await out.end(totals);
  return text;
}

describe('scan report.html', () => {
  it("carries the audit report's CSP: no script, no <base>, no form target", async () => {
    const html = await render();
    expect(html).toContain(
      '<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; base-uri &#39;none&#39;; form-action &#39;none&#39;">',
    );
    expect(html).toContain('&lt;base href=//evil.test/&gt;');
    expect(html).not.toMatch(/<base|<form/i);
  });
});

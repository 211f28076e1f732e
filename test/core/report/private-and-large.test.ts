import { describe, expect, it } from 'vitest';
import { EMPTY_NAME } from '../../../src/core/display-text';
import { buildAllSitesReport, buildReport, type ReportFormat } from '../../../src/core/report/index';
import { buildTextReport } from '../../../src/core/report/text';
import { audited, cookie, finding, siteAudit } from './fixture';

const options = { extensionVersion: '0.1.0' };
const FORMATS: ReportFormat[] = ['json', 'csv', 'md', 'html'];

function privateAudit() {
  return siteAudit([audited({ cookie: cookie({ name: 'sid', value: 'v' }) })], {
    pageUrl: 'https://www.example.com/reset?token=SECRET_Q#code=SECRET_F',
    blocked: [
      {
        name: 'b',
        domain: 'tracker.test',
        url: 'https://tracker.test/px?uid=SECRET_B#x',
        attributes: 'Path=/',
        reason: 'third-party cookies blocked',
        party: 'third',
        at: 0,
      },
    ],
  });
}

describe('URLs in exports', () => {
  it.each(FORMATS)('strips query and fragment from page and blocked URLs in %s when values are off', (format) => {
    const body = buildReport(privateAudit(), { ...options, format }).body;
    expect(body).not.toMatch(/SECRET_/);
    if (format !== 'csv') expect(body).toContain('Query strings and fragments are removed from URLs.');
    const all = buildAllSitesReport([privateAudit()], { ...options, format }).body;
    expect(all).not.toMatch(/SECRET_/);
  });
  it('keeps them when values are included (the file is then secret anyway)', () => {
    const body = buildReport(privateAudit(), { ...options, format: 'json', includeValues: true }).body;
    expect(body).toContain('SECRET_Q');
    expect(body).toContain('SECRET_B');
  });
});

describe('hostile sizes and names', () => {
  const huge = siteAudit([
    audited({
      cookie: cookie({
        name: 'n'.repeat(100_000),
        domain: `${'d'.repeat(100_000)}.test`,
        path: `/${'p'.repeat(100_000)}`,
      }),
    }),
    audited({ cookie: cookie({ name: '' }) }),
    audited({ cookie: cookie({ name: '   ' }) }),
  ]);
  it('clips name, domain and path in JSON with a marker', () => {
    const report = JSON.parse(buildReport(huge, { ...options, format: 'json' }).body);
    const c = report.cookies.find((x: { name: string }) => x.name.startsWith('n'));
    expect([...c.name]).toHaveLength(4096);
    expect(c.name.endsWith('…')).toBe(true);
    expect([...c.domain]).toHaveLength(254);
    expect(c.domain.endsWith('…')).toBe(true);
    expect([...c.path]).toHaveLength(1024);
  });
  it('clips them in CSV too', () => {
    const body = buildReport(huge, { ...options, format: 'csv' }).body;
    expect(body.length).toBeLessThan(20_000);
    expect(body).toContain('…');
  });
  it.each([...FORMATS, 'table' as const])('clips a huge site and page URL in %s, one site or all', (format) => {
    // The import refuses such hosts (canonical-domain.ts); an audit built another way must still not print them whole.
    const big = siteAudit([audited({ cookie: cookie({ name: 'a' }) })], {
      site: `${'s'.repeat(1_000_000)}.test`,
      pageUrl: `https://www.${'s'.repeat(1_000_000)}.test/${'u'.repeat(1_000_000)}?q=SECRET_Q`,
    });
    for (const includeValues of [false, true]) {
      const bodies =
        format === 'table'
          ? [buildTextReport([big], { includeValues })]
          : [
              buildReport(big, { ...options, format, includeValues }).body,
              buildAllSitesReport([big], { ...options, format, includeValues }).body,
            ];
      for (const body of bodies) {
        expect(body.length).toBeLessThan(60_000);
        expect(body).toContain('s…');
      }
    }
    if (format === 'json') {
      const report = JSON.parse(buildReport(big, { ...options, format }).body);
      expect([...report.site]).toHaveLength(254);
      expect([...report.pageUrl]).toHaveLength(4096);
      expect(report.pageUrl.endsWith('…')).toBe(true);
    }
  });
  it("rebuilds a clipped cookie's id from its clipped fields in JSON", () => {
    const report = JSON.parse(buildReport(huge, { ...options, format: 'json' }).body);
    const c = report.cookies.find((x: { name: string }) => x.name.startsWith('n'));
    expect(JSON.parse(c.id).slice(1, 4)).toEqual([c.name, c.domain, c.path]);
    // A cookie within the caps keeps the audit's own id.
    expect(report.cookies.find((x: { name: string }) => x.name === '').id).toBe(huge.cookies[1]?.id);
  });
  it.each(['md', 'html'] as const)('shows the one placeholder for empty and blank names in %s', (format) => {
    const body = buildReport(huge, { ...options, format }).body;
    expect(body.split(EMPTY_NAME).length - 1).toBe(2);
  });
});

describe('grouped findings in human formats', () => {
  const many = siteAudit(
    Array.from({ length: 25 }, (_, i) =>
      audited({
        cookie: cookie({ name: `c${String(i).padStart(2, '0')}` }),
        findings: [finding('session-not-httponly', 'high')],
      }),
    ),
  );
  it.each(['md', 'html'] as const)('lists 10 cookies per finding in %s, then says how many more', (format) => {
    const body = buildReport(many, { ...options, format }).body;
    expect(body).toContain('(25 cookies)');
    expect(body).toContain('…and 15 more like this');
    const findings = body.slice(body.indexOf('Findings'));
    expect(findings).toContain('c09');
    expect(findings).not.toContain('c10');
  });
  it('keeps every finding in JSON and CSV', () => {
    const json = JSON.parse(buildReport(many, { ...options, format: 'json' }).body);
    expect(json.cookies.filter((c: { findings: unknown[] }) => c.findings.length === 1)).toHaveLength(25);
    const csv = buildReport(many, { ...options, format: 'csv' }).body;
    expect(csv.match(/session-not-httponly/g)).toHaveLength(25);
  });
});

import { describe, expect, it } from 'vitest';
import { buildAllSitesReport, buildReport, filenameSite } from '../../../src/core/report/index';
import { hostileAudit, plainAudit, siteAudit } from './fixture';

describe('buildReport', () => {
  it('names the file cookies-<site>-<date>.<ext> with the right MIME type', () => {
    const files = (['json', 'csv', 'md', 'html'] as const).map((format) =>
      buildReport(plainAudit(), { format, extensionVersion: '1' }),
    );
    expect(files.map((f) => [f.filename, f.mime])).toEqual([
      ['cookies-example.com-2025-03-01.json', 'application/json'],
      ['cookies-example.com-2025-03-01.csv', 'text/csv; charset=utf-8; header=present'],
      ['cookies-example.com-2025-03-01.md', 'text/markdown; charset=utf-8'],
      ['cookies-example.com-2025-03-01.html', 'text/html; charset=utf-8'],
    ]);
    expect(files[0]?.body.startsWith('{\n  "schemaVersion": 1,')).toBe(true);
  });

  it('marks a file that carries values in its name', () => {
    const f = buildReport(hostileAudit(), { format: 'csv', includeValues: true, extensionVersion: '1' });
    expect(f.filename).toBe('cookies-example.com-2025-03-01-with-values.csv');
  });

  it('sanitises the site for a filename', () => {
    expect(filenameSite('Example.COM')).toBe('example.com');
    expect(filenameSite('bücher.de')).toBe('xn--bcher-kva.de');
    expect(filenameSite('../../etc/passwd')).toBe('etc-passwd');
    expect(filenameSite('a\\b:c*?"<>|')).toBe('a-b-c');
    expect(filenameSite('::1')).toBe('1');
    expect(filenameSite('')).toBe('unknown-site');
    expect(filenameSite('x'.repeat(300)).length).toBe(100);
    const f = buildReport(siteAudit([], { site: '<script>', pageUrl: 'about:blank' }), {
      format: 'md',
      extensionVersion: '1',
    });
    expect(f.filename).toBe('cookies-script-2025-03-01.md');
  });

  it('exports all sites as one file', () => {
    const f = buildAllSitesReport([plainAudit(), hostileAudit()], { format: 'json', extensionVersion: '1' });
    expect(f.filename).toBe('cookies-all-sites-2025-03-01.json');
    expect(JSON.parse(f.body).sites.length).toBe(2);
    const csv = buildAllSitesReport([plainAudit()], { format: 'csv', extensionVersion: '1', includeValues: true });
    expect(csv.filename).toBe('cookies-all-sites-2025-03-01-with-values.csv');
  });
});

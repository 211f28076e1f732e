import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { auditSite } from '../../../src/core/audit';
import { cookieKey } from '../../../src/core/cookie-key';
import { buildCsv } from '../../../src/core/report/csv';
import { buildHtml } from '../../../src/core/report/html';
import { buildJson } from '../../../src/core/report/json';
import { buildMarkdown } from '../../../src/core/report/markdown';
import { buildTextReport } from '../../../src/core/report/text';
import { oneTrustJar, shopGa } from '../consent/onetrust-jar';
import { cookie } from '../cookie-factory';
import { parseCsv } from './parse-csv';

const NOW = Date.UTC(2025, 11, 1, 12);
const CHOICE = NOW - 120_000;
const consent = oneTrustJar('C0001:1,C0002:0,C0003:1,C0004:0', CHOICE);
const ga = shopGa(NOW);
const hostile = cookie({
  name: '_fbp<img src=x onerror=alert(1)>|=cmd',
  domain: '.shop.example',
  hostOnly: false,
  value: 'fb.1.1.1',
});

function audit() {
  const times = new Map([
    [cookieKey(ga), { firstSeen: CHOICE + 60_000, lastWritten: CHOICE + 60_000 }],
    [cookieKey(hostile), { firstSeen: CHOICE - 5_000, lastWritten: CHOICE - 5_000 }],
    [cookieKey(consent[0]!), { firstSeen: CHOICE, lastWritten: CHOICE }],
  ]);
  return auditSite([...consent, ga, hostile], {
    pageUrl: 'https://www.shop.example/',
    now: NOW,
    consent: { cookieTimes: times, sent: [], browserGpc: false },
  });
}
const options = { extensionVersion: '1.2.3' };

describe('consent section in every report format', () => {
  it('markdown: decoded state, GPC, and each violation with the time relative to the choice', () => {
    const md = buildMarkdown(audit(), options);
    expect(md).toContain('## Consent');
    expect(md).toContain(
      '- Choice: analytics: refused, marketing: refused, preferences: accepted, functional: accepted; recorded 2 minutes before this report by OneTrust',
    );
    expect(md).toContain('Global Privacy Control: browser sends GPC: no; platform recorded GPC: no');
    expect(md).toContain(
      '| \\_ga | .shop.example | analytics | 1 minute after the choice | consent-set-despite-refusal | medium |',
    );
    expect(md).toContain('Cookie Auditor’s own classification');
  });

  it('html: escaped, with the same rows', () => {
    const html = buildHtml(audit(), options);
    expect(html).toContain('<h2>Consent</h2>');
    expect(html).toContain('1 minute after the choice');
    expect(html).not.toContain('<img src=x');
  });

  it('text (CLI table) and csv', () => {
    const text = buildTextReport([audit()]);
    expect(text).toContain('consent:');
    expect(text).toMatch(
      /medium {2}_ga \(\.shop\.example, analytics\): consent-set-despite-refusal, 1 minute after the choice/,
    );
    const csv = buildCsv([audit()], options);
    expect(csv).toContain('refused (OneTrust),consent-set-despite-refusal (medium)');
  });

  it('csv: when each cookie was written relative to the choice, and the decoded state on every row', () => {
    const rows = parseCsv(buildCsv([audit()], options));
    const [header = [], ...body] = rows;
    for (const r of rows) expect(r.length).toBe(header.length);
    const col = (name: string) => header.indexOf(name);
    const cell = (cookie: string, column: string) =>
      body.find((r) => r[col('name')]?.startsWith(cookie))?.[col(column)];
    expect(cell('_ga', 'consentWritten')).toBe('1 minute after the choice');
    expect(cell('_fbp', 'consentWritten')).toBe('5 seconds before the choice');
    expect(cell('OptanonConsent', 'consentWritten')).toBe('');
    const state = `analytics: refused, marketing: refused, preferences: accepted, functional: accepted; recorded 2 minutes before this report by OneTrust (${new Date(CHOICE).toISOString()}); Global Privacy Control: browser sends GPC: no; platform recorded GPC: no`;
    for (const r of body) expect(r[col('consentState')]).toBe(state);
    // Hostile names stay inside their own cell, and no cell can start a formula.
    for (const r of body) for (const c of r) expect(c).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('csv: a site with a banner script but no record says so in the state cell; without either it is empty', () => {
    const noRecord = auditSite([ga], {
      pageUrl: 'https://www.shop.example/',
      now: NOW,
      consent: { scriptUrls: ['https://cdn.cookielaw.org/scripttemplates/otSDKStub.js'] },
    });
    const rows = parseCsv(buildCsv([noRecord], options));
    const state = rows[0]?.indexOf('consentState') ?? -1;
    expect(rows[1]?.[state]).toMatch(/^no consent record found, although OneTrust banner script was loaded/);
    const plain = auditSite([ga], { pageUrl: 'https://www.shop.example/', now: NOW });
    expect(parseCsv(buildCsv([plain], options))[1]?.[state]).toBe('');
  });

  it('json: schema 1.1 with the consent object, valid against the schema', () => {
    const schema = JSON.parse(
      readFileSync(new URL('../../../schema/site-report-v1.schema.json', import.meta.url), 'utf8'),
    );
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
    ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
    const validate = ajv.compile(schema);
    const data = JSON.parse(buildJson(audit(), options));
    expect(validate(data)).toBe(true);
    expect(data.schemaMinorVersion).toBe(2);
    expect(data.consent.platform).toBe('OneTrust');
    expect(data.consent.choices.analytics).toEqual({ choice: 'refused', platform: 'OneTrust' });
    const v = data.consent.violations.find((x: { name: string }) => x.name === '_ga');
    expect(v).toMatchObject({ ruleId: 'consent-set-despite-refusal', secondsFromChoice: 60, category: 'analytics' });
  });

  it('no consent record and no banner: no consent section', () => {
    const plain = auditSite([ga], { pageUrl: 'https://www.shop.example/', now: NOW });
    expect(buildMarkdown(plain, options)).not.toContain('Consent');
    expect(buildTextReport([plain])).not.toContain('consent:');
  });
});

import { describe, expect, it } from 'vitest';
import { buildCsv } from '../../../src/core/report/csv';
import { bigValueAudit, hostileAudit, plainAudit } from './fixture';
import { parseCsv } from './parse-csv';

const options = { extensionVersion: '1.2.3' };

describe('CSV report', () => {
  it('pins the plain site', () => {
    expect(buildCsv([plainAudit()], options)).toMatchInlineSnapshot(`
      "site,name,domain,path,party,category,vendor,purpose,confidence,lifespan,expires,secure,httpOnly,sameSite,partitioned,findings,consentChoice,consentFindings,consentWritten,consentState,valueLength
      example.com,_ga,.example.com,/,first,analytics,Google Analytics,Distinguishes visitors.,0.98,13 months,2026-04-05T12:00:00.000Z,false,false,lax,false,tracker-lifetime (medium),,,,,13
      example.com,sessionid,example.com,/,first,necessary,,Keeps you signed in.,0.7,session,session,true,true,lax,false,,,,,,6
      "
    `);
  });

  it('pins hostile names and values, neutralised and quoted', () => {
    expect(buildCsv([hostileAudit()], { ...options, includeValues: true })).toMatchInlineSnapshot(`
      "site,name,domain,path,party,category,vendor,purpose,confidence,lifespan,expires,secure,httpOnly,sameSite,partitioned,findings,consentChoice,consentFindings,consentWritten,consentState,valueLength,value
      example.com,<script>alert(1)</script>,.evil.test,/,third,marketing,Evil <b>Ads</b> & Co,Tracks | you * everywhere_,0.5,session,session,true,false,lax,false,no-secure (high),,,,,38,"'=HYPERLINK(""http://evil.test"",""click"")"
      example.com,'@SUM(A1:A9),example.com,/,first,preferences,,\\u0009leading tab,0,session,session,true,false,lax,false,,,,,,2,'-2
      example.com,größe_🍪,example.com,/,first,preferences,\`tick\` [link](http://x),,0,session,session,true,false,lax,false,,,,,,15,ünïcødé ✓
      example.com,"line\\u000abreak ""quoted""",example.com,/,first,functional,,# heading\\u000a- list,0,session,session,true,false,lax,false,,,,,,17,"\\u000dcarriage, return"
      example.com,| x |,example.com,/,first,unknown,,,0,session,session,true,false,lax,false,,,,,,2,'+1
      "
    `);
  });

  it('parses back to one row per cookie, every formula-looking cell starting with a quote', () => {
    const rows = parseCsv(buildCsv([hostileAudit()], { ...options, includeValues: true }));
    expect(rows.length).toBe(1 + 5);
    const header = rows[0] ?? [];
    const name = header.indexOf('name');
    const value = header.indexOf('value');
    for (const r of rows) expect(r.length).toBe(header.length);
    expect(rows.slice(1).map((r) => [r[name], r[value]])).toEqual([
      ['<script>alert(1)</script>', '\'=HYPERLINK("http://evil.test","click")'],
      ["'@SUM(A1:A9)", "'-2"],
      ['größe_🍪', 'ünïcødé ✓'],
      ['line\\u000abreak "quoted"', '\\u000dcarriage, return'],
      ['| x |', "'+1"],
    ]);
    for (const r of rows) for (const c of r) expect(c).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('has no value column unless asked, and uses CRLF line ends', () => {
    const body = buildCsv([hostileAudit()], options);
    expect(body.split('\r\n')[0]).not.toContain('value,');
    expect(
      body
        .split('\r\n')[0]
        ?.endsWith(',findings,consentChoice,consentFindings,consentWritten,consentState,valueLength'),
    ).toBe(true);
    expect(body).not.toContain('HYPERLINK');
    expect(body).not.toContain('ünïcødé');
    expect(body.endsWith('\r\n')).toBe(true);
  });

  it('caps a 5 KB value', () => {
    const rows = parseCsv(buildCsv([bigValueAudit()], { ...options, includeValues: true }));
    const value = rows[1]?.at(-1) ?? '';
    expect([...value].length).toBe(4096);
    expect(rows[1]?.at(-2)).toBe('5120');
  });

  it('puts every site in one file with the site first', () => {
    const rows = parseCsv(buildCsv([plainAudit(), hostileAudit()], options));
    expect(rows[0]?.[0]).toBe('site');
    expect(rows.length).toBe(1 + 2 + 5);
  });
});

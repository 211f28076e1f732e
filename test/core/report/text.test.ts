import { describe, expect, it } from 'vitest';
import { buildTextReport } from '../../../src/core/report/text';
import { hostileAudit, plainAudit } from './fixture';

describe('text listing', () => {
  it('pins one site', () => {
    expect(buildTextReport([plainAudit()])).toMatchInlineSnapshot(`
      "example.com  (https://www.example.com/)
      2 cookies: 2 first party, 0 third party; 1 finding, highest medium

        _ga  .example.com  first party, 13 months
            analytics · Google Analytics · confidence 0.98 · exact catalogue match: Google Analytics
            Distinguishes visitors.
            medium  Outlives 13 months

        sessionid  example.com  first party, session
            necessary · vendor unknown · confidence 0.70 · name contains 'session'
            Keeps you signed in.
      "
    `);
  });

  it('pins hostile names on one line each, with a total for several sites', () => {
    expect(buildTextReport([plainAudit(), hostileAudit()], { includeValues: true })).toMatchInlineSnapshot(`
      "example.com  (https://www.example.com/)
      2 cookies: 2 first party, 0 third party; 1 finding, highest medium

        _ga  .example.com  first party, 13 months
            analytics · Google Analytics · confidence 0.98 · exact catalogue match: Google Analytics
            Distinguishes visitors.
            value: GA1.1.123.456
            medium  Outlives 13 months

        sessionid  example.com  first party, session
            necessary · vendor unknown · confidence 0.70 · name contains 'session'
            Keeps you signed in.
            value: abc123

      example.com  (https://www.example.com/)
      5 cookies: 4 first party, 1 third party; 2 findings, highest high

        <script>alert(1)</script>  .evil.test  third party, session
            marketing · Evil <b>Ads</b> & Co · confidence 0.50 · guess
            Tracks | you * everywhere_
            value: =HYPERLINK("http://evil.test","click")
            high    <img src=x onerror=alert(2)>

        @SUM(A1:A9)  example.com  first party, session
            preferences · vendor unknown · confidence 0.00 · not classified
            \\u0009leading tab
            value: -2

        größe_🍪  example.com  first party, session
            preferences · \`tick\` [link](http://x) · confidence 0.00 · not classified
            value: ünïcødé ✓

        line\\u000abreak "quoted"  example.com  first party, session
            functional · vendor unknown · confidence 0.00 · not classified
            # heading\\u000a- list
            value: \\u000dcarriage, return

        | x |  example.com  first party, session
            unknown · vendor unknown · confidence 0.00 · not classified
            value: +1

      site findings:
        low     Many cookies: More than 50 cookies.

      2 sites, 7 cookies, 3 findings
      Includes cookie values: treat as secret.
      "
    `);
  });

  it('never lets a terminal escape through', () => {
    const audit = plainAudit();
    const first = audit.cookies[0];
    if (!first) throw new Error('fixture changed');
    first.cookie = { ...first.cookie, name: '\u001b]0;pwned\u0007\u001b[2J' };
    expect(buildTextReport([audit])).not.toContain('\u001b');
  });
});

import { describe, expect, it } from 'vitest';
import { buildAllSitesMarkdown, buildMarkdown } from '../../../src/core/report/markdown';
import { bigValueAudit, hostileAudit, plainAudit, siteAudit } from './fixture';

const options = { extensionVersion: '1.2.3' };

describe('Markdown report', () => {
  it('pins the plain site', () => {
    expect(buildMarkdown(plainAudit(), options)).toMatchInlineSnapshot(`
      "# Cookies on example.com

      > Cookie values are left out; only their length in bytes is given. Query strings and fragments are removed from URLs.

      Page: <https://www.example.com/>  
      Generated: 2025-03-01T12:00:00.000Z by Cookie Auditor 1.2.3 (catalogue test-1)

      ## Strictly necessary (1)

      | Cookie | Purpose | Set by | Lifespan | First/third party |
      | --- | --- | --- | --- | --- |
      | sessionid | Keeps you signed in. | example.com | session | First party |

      ## Analytics (1)

      | Cookie | Purpose | Set by | Lifespan | First/third party |
      | --- | --- | --- | --- | --- |
      | \\_ga | Distinguishes visitors. | Google Analytics | 13 months | First party |

      ## Findings

      ### Medium: Outlives 13 months (1 cookie)

      - **\\_ga** (.example.com): Kept for 13 months.  
        Fix: Set-Cookie: fix-for-tracker-lifetime

      Reference: [MDN: Set-Cookie](https://developer.mozilla.org/docs/Web/HTTP/Headers/Set-Cookie)

      ## Summary

      - Cookies: 2 (2 first party, 0 third party)
      - By category: Strictly necessary 1, Analytics 1
      - Findings: 1 (high 0, medium 1, low 0, info 0)
      - Blocked attempts: 0
      "
    `);
  });

  it('pins hostile names: no raw tag, no broken row, no stray emphasis', () => {
    expect(buildMarkdown(hostileAudit(), { ...options, includeValues: true })).toMatchInlineSnapshot(`
      "# Cookies on example.com

      > Includes cookie values: treat as secret.

      Page: <https://www.example.com/>  
      Generated: 2025-03-01T12:00:00.000Z by Cookie Auditor 1.2.3 (catalogue test-1)

      ## Functional (1)

      | Cookie | Purpose | Set by | Lifespan | First/third party | Value |
      | --- | --- | --- | --- | --- | --- |
      | line\\\\u000abreak "quoted" | \\# heading\\\\u000a- list | example.com | session | First party | \\\\u000dcarriage, return |

      ## Preferences (2)

      | Cookie | Purpose | Set by | Lifespan | First/third party | Value |
      | --- | --- | --- | --- | --- | --- |
      | @SUM(A1:A9) | \\\\u0009leading tab | example.com | session | First party | \\-2 |
      | größe\\_🍪 | Purpose not identified yet. | \\\`tick\\\` \\[link\\](http://x) | session | First party | ünïcødé ✓ |

      ## Marketing (1)

      | Cookie | Purpose | Set by | Lifespan | First/third party | Value |
      | --- | --- | --- | --- | --- | --- |
      | &lt;script&gt;alert(1)&lt;/script&gt; | Tracks \\| you \\* everywhere\\_ | Evil &lt;b&gt;Ads&lt;/b&gt; &amp; Co | session | Third party | \\=HYPERLINK("http://evil.test","click") |

      ## Not yet classified (1)

      | Cookie | Purpose | Set by | Lifespan | First/third party | Value |
      | --- | --- | --- | --- | --- | --- |
      | \\| x \\| | Purpose not identified yet. | example.com | session | First party | \\+1 |

      ## Findings

      ### High: &lt;img src=x onerror=alert(2)&gt; (1 cookie)

      - **&lt;script&gt;alert(1)&lt;/script&gt;** (.evil.test): Sent over "http" too.  
        Fix: Set-Cookie: x=y; Secure

      Reference: bad link

      ### Low: Many cookies (site)

      More than 50 cookies.

      Fix: Remove unused cookies.

      Reference: [MDN: Set-Cookie](https://developer.mozilla.org/docs/Web/HTTP/Headers/Set-Cookie)

      ## Blocked attempts (1)

      | Cookie | Domain | Reason | Party |
      | --- | --- | --- | --- |
      | \\_\\_Host-x | evil.test | third-party cookies blocked | Third party |

      ## Summary

      - Cookies: 5 (4 first party, 1 third party)
      - By category: Functional 1, Preferences 2, Marketing 1, Not yet classified 1
      - Findings: 2 (high 1, medium 0, low 1, info 0)
      - Blocked attempts: 1
      "
    `);
  });

  it('keeps every table row at the header column count', () => {
    const md = buildMarkdown(hostileAudit(), { ...options, includeValues: true });
    for (const line of md.split('\n').filter((l) => l.startsWith('|'))) {
      // Unescaped pipes delimit cells: a value like "| x |" must not add any.
      const pipes = line.replace(/\\\|/g, '').split('|').length - 1;
      expect(pipes === 7 || pipes === 5).toBe(true);
    }
    expect(md).not.toMatch(/<script|<img|<b>/);
  });

  it('says nothing of values by default and warns at the top when they are in', () => {
    expect(buildMarkdown(hostileAudit(), options)).not.toContain('ünïcødé');
    const withValues = buildMarkdown(hostileAudit(), { ...options, includeValues: true });
    expect(withValues.split('\n').slice(0, 4).join('\n')).toContain('Includes cookie values: treat as secret.');
  });

  it('clips a 5 KB value in the table', () => {
    const md = buildMarkdown(bigValueAudit(), { ...options, includeValues: true });
    expect(md.length).toBeLessThan(1500);
    expect(md).toContain(`${'x'.repeat(255)}…`);
  });

  it('links the page only when it is an http(s) URL', () => {
    const md = buildMarkdown(siteAudit([], { site: 'x.test', pageUrl: 'javascript:alert(1)//<b>' }), options);
    expect(md).toContain('Page: javascript:alert(1)//&lt;b&gt;  ');
    expect(md).toContain('No cookies.');
  });

  it('puts every site in one document', () => {
    const md = buildAllSitesMarkdown([plainAudit(), hostileAudit()], options);
    expect(md.split('\n')[0]).toBe('# Cookie report: 2 sites');
    expect(md.match(/^## Cookies on /gm)?.length).toBe(2);
    expect(md.match(/^### Summary/gm)?.length).toBe(2);
  });
});

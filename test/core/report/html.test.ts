import { describe, expect, it } from 'vitest';
import { buildAllSitesHtml, buildHtml } from '../../../src/core/report/html';
import { bigValueAudit, hostileAudit, plainAudit } from './fixture';

const options = { extensionVersion: '1.2.3' };

/** The page without its fixed <head> styles, to keep the pinned body readable. */
function body(html: string): string {
  return html.slice(html.indexOf('<body>'));
}

describe('HTML report', () => {
  it('has a strict CSP, one <style>, a print stylesheet and no script', () => {
    const html = buildHtml(hostileAudit(), { ...options, includeValues: true });
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; base-uri &#39;none&#39;; form-action &#39;none&#39;">`,
    );
    expect(html.match(/<style/g)?.length).toBe(1);
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<script|<img|<b>|javascript:/i);
    // Event handlers or inline styles inside any tag.
    expect(html).not.toMatch(/<[^>]*\s(on\w+|style)=/i);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style'));
  });

  it('pins the plain site', () => {
    expect(body(buildHtml(plainAudit(), options))).toMatchInlineSnapshot(`
      "<body>
      <p class="note">Cookie values are left out; only their length in bytes is given. Query strings and fragments are removed from URLs.</p>
      <section class="site">
      <h1>Cookies on example.com</h1>
      <p class="meta">Page https://www.example.com/ · generated 2025-03-01T12:00:00.000Z by Cookie Auditor 1.2.3 · catalogue test-1</p>
      <h2>Strictly necessary (1)</h2>
      <table>
      <thead><tr><th>Cookie</th><th>Purpose</th><th>Set by</th><th>Lifespan</th><th>First/third party</th></tr></thead>
      <tbody>
      <tr><td class="name">sessionid</td><td>Keeps you signed in.</td><td>example.com</td><td>session</td><td>First party</td></tr>
      </tbody>
      </table>
      <h2>Analytics (1)</h2>
      <table>
      <thead><tr><th>Cookie</th><th>Purpose</th><th>Set by</th><th>Lifespan</th><th>First/third party</th></tr></thead>
      <tbody>
      <tr><td class="name">_ga</td><td>Distinguishes visitors.</td><td>Google Analytics</td><td>13 months</td><td>First party</td></tr>
      </tbody>
      </table>
      <h2>Findings</h2>
      <div class="findings">
      <h3><span class="sev sev-medium">medium</span> Outlives 13 months (1 cookie)</h3>
      <ul>
      <li><span class="name">_ga</span> (.example.com): Kept for 13 months.<br>Fix: <code>Set-Cookie: fix-for-tracker-lifetime</code></li>
      </ul>
      <p>Reference: <a href="https://developer.mozilla.org/docs/Web/HTTP/Headers/Set-Cookie" rel="noopener noreferrer">MDN: Set-Cookie</a></p>
      </div>
      <h2>Summary</h2>
      <ul>
      <li>Cookies: 2 (2 first party, 0 third party)</li>
      <li>By category: Strictly necessary 1, Analytics 1</li>
      <li>Findings: 1 (high 0, medium 1, low 0, info 0)</li>
      <li>Blocked attempts: 0</li>
      </ul>
      </section>
      </body>
      </html>
      "
    `);
  });

  it('pins hostile names, escaped, with values on request', () => {
    expect(body(buildHtml(hostileAudit(), { ...options, includeValues: true }))).toMatchInlineSnapshot(`
      "<body>
      <p class="note secret">Includes cookie values: treat as secret.</p>
      <section class="site">
      <h1>Cookies on example.com</h1>
      <p class="meta">Page https://www.example.com/ · generated 2025-03-01T12:00:00.000Z by Cookie Auditor 1.2.3 · catalogue test-1</p>
      <h2>Functional (1)</h2>
      <table>
      <thead><tr><th>Cookie</th><th>Purpose</th><th>Set by</th><th>Lifespan</th><th>First/third party</th><th>Value</th></tr></thead>
      <tbody>
      <tr><td class="name">line\\u000abreak &quot;quoted&quot;</td><td># heading\\u000a- list</td><td>example.com</td><td>session</td><td>First party</td><td class="value"><code>\\u000dcarriage, return</code></td></tr>
      </tbody>
      </table>
      <h2>Preferences (2)</h2>
      <table>
      <thead><tr><th>Cookie</th><th>Purpose</th><th>Set by</th><th>Lifespan</th><th>First/third party</th><th>Value</th></tr></thead>
      <tbody>
      <tr><td class="name">@SUM(A1:A9)</td><td>\\u0009leading tab</td><td>example.com</td><td>session</td><td>First party</td><td class="value"><code>-2</code></td></tr>
      <tr><td class="name">größe_🍪</td><td>Purpose not identified yet.</td><td>\`tick\` [link](http://x)</td><td>session</td><td>First party</td><td class="value"><code>ünïcødé ✓</code></td></tr>
      </tbody>
      </table>
      <h2>Marketing (1)</h2>
      <table>
      <thead><tr><th>Cookie</th><th>Purpose</th><th>Set by</th><th>Lifespan</th><th>First/third party</th><th>Value</th></tr></thead>
      <tbody>
      <tr><td class="name">&lt;script&gt;alert(1)&lt;/script&gt;</td><td>Tracks | you * everywhere_</td><td>Evil &lt;b&gt;Ads&lt;/b&gt; &amp; Co</td><td>session</td><td>Third party</td><td class="value"><code>=HYPERLINK(&quot;http://evil.test&quot;,&quot;click&quot;)</code></td></tr>
      </tbody>
      </table>
      <h2>Not yet classified (1)</h2>
      <table>
      <thead><tr><th>Cookie</th><th>Purpose</th><th>Set by</th><th>Lifespan</th><th>First/third party</th><th>Value</th></tr></thead>
      <tbody>
      <tr><td class="name">| x |</td><td>Purpose not identified yet.</td><td>example.com</td><td>session</td><td>First party</td><td class="value"><code>+1</code></td></tr>
      </tbody>
      </table>
      <h2>Findings</h2>
      <div class="findings">
      <h3><span class="sev sev-high">high</span> &lt;img src=x onerror=alert(2)&gt; (1 cookie)</h3>
      <ul>
      <li><span class="name">&lt;script&gt;alert(1)&lt;/script&gt;</span> (.evil.test): Sent over &quot;http&quot; too.<br>Fix: <code>Set-Cookie: x=y; Secure</code></li>
      </ul>
      <p>Reference: bad link</p>
      <h3><span class="sev sev-low">low</span> Many cookies (site)</h3>
      <p>More than 50 cookies.</p>
      <p>Fix: Remove unused cookies.</p>
      <p>Reference: <a href="https://developer.mozilla.org/docs/Web/HTTP/Headers/Set-Cookie" rel="noopener noreferrer">MDN: Set-Cookie</a></p>
      </div>
      <h2>Blocked attempts (1)</h2>
      <table>
      <thead><tr><th>Cookie</th><th>Domain</th><th>Reason</th><th>Party</th></tr></thead>
      <tbody>
      <tr><td class="name">__Host-x</td><td>evil.test</td><td>third-party cookies blocked</td><td>Third party</td></tr>
      </tbody>
      </table>
      <h2>Summary</h2>
      <ul>
      <li>Cookies: 5 (4 first party, 1 third party)</li>
      <li>By category: Functional 1, Preferences 2, Marketing 1, Not yet classified 1</li>
      <li>Findings: 2 (high 1, medium 0, low 1, info 0)</li>
      <li>Blocked attempts: 1</li>
      </ul>
      </section>
      </body>
      </html>
      "
    `);
  });

  it('leaves values out by default', () => {
    const html = buildHtml(hostileAudit(), options);
    expect(html).toContain('Cookie values are left out');
    expect(html).not.toContain('ünïcødé');
    expect(html).not.toContain('<th>Value</th>');
  });

  it('clips a 5 KB value in the table', () => {
    const html = buildHtml(bigValueAudit(), { ...options, includeValues: true });
    expect(html).toContain(`<code>${'x'.repeat(255)}…</code>`);
    expect(html).not.toContain('x'.repeat(256));
  });

  it('puts every site on one page, each in its own section', () => {
    const html = buildAllSitesHtml([plainAudit(), hostileAudit()], options);
    expect(html).toContain('<title>Cookie report: 2 sites</title>');
    expect(html.match(/<section class="site">/g)?.length).toBe(2);
  });
});

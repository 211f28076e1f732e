import { clip } from '../../../core/clip';
import { displayText } from '../../../core/display-text';
import { escapeHtml } from '../../../core/report/escape';
import { getRuleCatalogue } from '../../../core/rules/index';
import { countsForFailure } from '../fail-on';
import { SCAN_RULE_LIST } from '../judge';
import type { FailOn, SiteResult } from '../types';
import type { FileSink } from './file-sink';
import { allFindings } from './site-findings';

/**
 * Text for XML: visible characters only (displayText escapes C0 controls, which XML 1.0 §2.2 forbids, and lone
 * surrogates), U+FFFE/U+FFFF (also outside XML's Char production) replaced, capped, then the five markup
 * characters escaped. The core's escapeHtml emits only &amp; &lt; &gt; &quot; &#39;, all of which are XML too.
 */
function xml(s: string, chars = 2000): string {
  return escapeHtml(clip(displayText(s).replace(/[\uFFFE\uFFFF]/g, '\uFFFD'), { chars }));
}

interface Case {
  name: string;
  failure?: { message: string; type: string };
  error?: string;
  out?: string;
}

/**
 * junit.xml: one test suite per site, one test case per site × rule. A case fails when the rule has a finding
 * that counts under --fail-on, so a CI's test view shows the same verdict as the exit code; a site that could
 * not be scanned is one errored case. Streamed one suite per site, so memory does not grow with the sites: the
 * counts stand on each <testsuite> (known once its site is read), not on <testsuites>, where they are optional.
 * The shape is junit-report-builder's, which this file replaced.
 */
export function junitOutput(sink: FileSink, failOn: FailOn) {
  const rules = [
    ...getRuleCatalogue().map((r) => ({ id: r.id, title: r.title })),
    ...SCAN_RULE_LIST.map((r) => ({ id: r.ruleId, title: r.title })),
  ];
  const lines = (list: string[]) =>
    list
      .slice(0, 200)
      .map((l) => xml(l))
      .join('\n');
  return {
    async begin() {
      await sink.write('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="cookie-auditor scan">\n');
    },
    async site(s: SiteResult) {
      const seconds = s.phases.reduce((n, p) => n + p.durationMs, 0) / 1000;
      const className = xml(s.status === 'error' ? s.site || s.url : s.site, 256);
      const cases: Case[] = [];
      if (s.status === 'error') {
        cases.push({ name: 'scan', error: s.error ?? 'the site could not be scanned' });
      } else {
        const findings = allFindings(s);
        for (const rule of rules) {
          const mine = findings.filter((f) => f.ruleId === rule.id);
          const failing = mine.filter((f) => countsForFailure(f, failOn));
          const c: Case = { name: `${rule.id}: ${rule.title}` };
          if (failing.length > 0) {
            c.failure = { message: `${failing.length} finding(s) at or above --fail-on ${failOn}`, type: rule.id };
            c.out = lines(failing.map((f) => `[${f.phase}] ${f.cookieName ?? ''} ${f.message}`));
          } else if (mine.length > 0) {
            c.out = lines(
              mine.map(
                (f) => `[${f.phase}] ${f.cookieName ?? ''} ${f.message}${f.allowed ? ` (allowed: ${f.allowed})` : ''}`,
              ),
            );
          }
          cases.push(c);
        }
      }
      const failures = cases.filter((c) => c.failure).length;
      const errors = cases.filter((c) => c.error !== undefined).length;
      const parts = [
        `  <testsuite name="${xml(s.url, 512)}" time="${seconds}" tests="${cases.length}" failures="${failures}" errors="${errors}" skipped="0">\n`,
      ];
      for (const c of cases) {
        parts.push(`    <testcase classname="${className}" name="${xml(c.name)}"`);
        if (!c.failure && c.error === undefined && c.out === undefined) {
          parts.push('/>\n');
          continue;
        }
        parts.push('>\n');
        if (c.failure)
          parts.push(`      <failure message="${xml(c.failure.message)}" type="${xml(c.failure.type)}"/>\n`);
        if (c.error !== undefined) parts.push(`      <error message="${xml(c.error)}"/>\n`);
        if (c.out !== undefined) parts.push(`      <system-out>${c.out}</system-out>\n`);
        parts.push('    </testcase>\n');
      }
      parts.push('  </testsuite>\n');
      await sink.write(parts.join(''));
    },
    async end() {
      await sink.write('</testsuites>\n');
    },
  };
}

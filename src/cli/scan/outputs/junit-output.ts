import junit from 'junit-report-builder';
import { clip } from '../../../core/clip';
import { displayText } from '../../../core/display-text';
import { getRuleCatalogue } from '../../../core/rules/index';
import { countsForFailure } from '../fail-on';
import { SCAN_RULES } from '../judge';
import type { FailOn, SiteResult } from '../types';
import { allFindings } from './site-findings';

/**
 * junit.xml: one test suite per site, one test case per site × rule. A case fails when the rule has a finding
 * that counts under --fail-on, so a CI's test view shows the same verdict as the exit code; a site that could
 * not be scanned is one errored case. Text goes through displayText first: XML 1.0 forbids most control
 * characters (XML 1.0 §2.2), and cookie names are hostile input.
 */
export function junitOutput(failOn: FailOn) {
  const builder = junit.newBuilder();
  const rules = [
    ...getRuleCatalogue().map((r) => ({ id: r.id, title: r.title })),
    ...Object.values(SCAN_RULES).map((r) => ({ id: r.ruleId, title: r.title })),
  ];
  const text = (s: string, chars = 2000) => clip(displayText(s), { chars });
  const lines = (list: string[]) =>
    list
      .slice(0, 200)
      .map((l) => text(l))
      .join('\n');
  return {
    site(s: SiteResult) {
      const suite = builder.testSuite().name(text(s.url, 512));
      const seconds = s.phases.reduce((n, p) => n + p.durationMs, 0) / 1000;
      suite.time(seconds);
      if (s.status === 'error') {
        suite
          .testCase()
          .className(text(s.site || s.url, 256))
          .name('scan')
          .error(text(s.error ?? 'the site could not be scanned'));
        return;
      }
      const findings = allFindings(s);
      for (const rule of rules) {
        const mine = findings.filter((f) => f.ruleId === rule.id);
        const failing = mine.filter((f) => countsForFailure(f, failOn));
        const tc = suite.testCase().className(text(s.site, 256)).name(`${rule.id}: ${rule.title}`);
        if (failing.length > 0) {
          tc.failure(text(`${failing.length} finding(s) at or above --fail-on ${failOn}`), rule.id);
          tc.standardOutput(lines(failing.map((f) => `[${f.phase}] ${f.cookieName ?? ''} ${f.message}`)));
        } else if (mine.length > 0) {
          tc.standardOutput(
            lines(
              mine.map(
                (f) => `[${f.phase}] ${f.cookieName ?? ''} ${f.message}${f.allowed ? ` (allowed: ${f.allowed})` : ''}`,
              ),
            ),
          );
        }
      }
    },
    build(): string {
      return `${builder.build()}\n`;
    },
  };
}

import type { BlockedAttempt, Finding } from '../types';
import { type DescribedSiteRule, findingOf } from './described-rule';
import { clip, count, quoteName } from './plain-text';
import { REFERENCES } from './references';

// List a few names per group; the rest are counted.
const NAMES_SHOWN = 5;

function reasonText(reason: string): string {
  const r = clip(reason.trim(), 200);
  return r === '' ? 'no reason given' : r;
}

/**
 * Set-Cookie headers the browser received but refused to store (third-party cookies blocked, invalid prefix,
 * SameSite=None without Secure...). Not a risk: information about what the site tried. One finding per
 * domain and reason.
 */
export const blockedAttempts: DescribedSiteRule = {
  id: 'blocked-attempts',
  severity: 'info',
  title: 'Cookies the browser refused',
  summary: 'Set-Cookie headers the browser blocked, grouped by domain and reason.',
  reference: REFERENCES.mdnThirdPartyCookies,
  test(_cookies, blocked) {
    const groups = new Map<string, BlockedAttempt[]>();
    for (const attempt of blocked) {
      const key = `${attempt.domain.toLowerCase()}\u0000${attempt.reason}`;
      const list = groups.get(key);
      if (list) list.push(attempt);
      else groups.set(key, [attempt]);
    }
    const findings: Finding[] = [];
    for (const attempts of groups.values()) {
      const first = attempts[0];
      if (!first) continue;
      const names = [...new Set(attempts.map((a) => a.name))];
      const shown = names.slice(0, NAMES_SHOWN).map(quoteName).join(', ');
      const more = names.length > NAMES_SHOWN ? ` and ${names.length - NAMES_SHOWN} more` : '';
      const host = clip(first.domain) || 'an unknown domain';
      const party = first.party === 'third' ? 'third-party ' : '';
      const message = `The browser refused ${count(attempts.length, `${party}cookie`)} from ${host} (${reasonText(first.reason)}): ${shown}${more}. They arrived in a Set-Cookie header but were never stored, so they are not among this site's cookies.`;
      const fix =
        first.party === 'third'
          ? 'Nothing to do for visitors. For the site owner: if the embed must keep state, use a partitioned cookie (Set-Cookie: name=<value>; Path=/; Secure; SameSite=None; Partitioned) or the Storage Access API.'
          : 'Nothing to do for visitors. For the site owner: fix the Set-Cookie header so the browser accepts it (check Secure, the name prefix, SameSite and Domain).';
      findings.push(findingOf(this, 'info', message, fix));
    }
    return findings;
  },
};

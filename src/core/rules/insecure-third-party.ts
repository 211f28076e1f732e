import { hostOf, isLoopbackHost, isTracker } from './cookie-facts';
import { type DescribedCookieRule, findingOf } from './described-rule';
import { clip, quoteName } from './plain-text';
import { REFERENCES } from './references';
import { isSessionCredential } from './session-credential';
import { serverSetCookieLine } from './set-cookie-line';
import { looksRandom } from './value-shape';

/**
 * A third-party cookie without Secure goes out in clear text on any http:// request to the third party, so a network
 * observer can link the person's visits across sites by it. Medium when it is a tracker or carries an identifier.
 * Session credentials are left to session-not-secure, which rates them high.
 */
export const insecureThirdParty: DescribedCookieRule = {
  id: 'insecure-third-party',
  severity: 'medium',
  title: 'Third-party cookie without Secure',
  summary: 'A third-party cookie lacks Secure; medium when it is a tracker or holds a random identifier.',
  reference: REFERENCES.secureAttribute,
  test(c) {
    if (c.party !== 'third' || c.cookie.secure || isLoopbackHost(hostOf(c))) return null;
    if (isSessionCredential(c)) return null;
    const carriesId = isTracker(c) || looksRandom(c.cookie.value);
    const host = clip(hostOf(c));
    // A partitioned copy (Firefox's Total Cookie Protection keeps even non-Secure ones) travels only under its
    // top-level site, so what it links is that site's visits, not visits across sites.
    const top = c.cookie.partitionKey?.topLevelSite;
    const linked = top
      ? ` It holds an identifier, so anyone on the network path can recognise the same person on every visit to ${clip(top)}, the only site the browser sends this partitioned copy under.`
      : ' It holds an identifier, so anyone on the network path can recognise the same person across every site that embeds it.';
    const message = `The third-party cookie ${quoteName(c.cookie.name)} from ${host} has no Secure attribute, so any http:// request to ${host} sends it unencrypted.${carriesId ? linked : ''}`;
    const fix = `The third party should send it with Secure: ${serverSetCookieLine(c, { secure: true })}`;
    return findingOf(this, carriesId ? 'medium' : 'low', message, fix);
  },
};

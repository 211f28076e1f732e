import { SECONDS } from '../lifespan';
import type { PurposeTag } from '../types';
import { hostOf, isTracker, secondsLeft } from './cookie-facts';
import { type DescribedCookieRule, findingOf, type RuleCookie } from './described-rule';
import { clip, quoteName } from './plain-text';
import { REFERENCES } from './references';
import type { RuleContext } from './rule';
import { isSessionCredential } from './session-credential';
import { serverSetCookieLine } from './set-cookie-line';
import { looksRandom } from './value-shape';

const TRACKING_TAGS: ReadonlySet<PurposeTag> = new Set(['cross-site-tracking', 'ads', 'retargeting', 'attribution']);
// An unrecognised cookie holding a random id for more than a month behaves like a visitor id.
const ID_LIFETIME_SECONDS = 30 * SECONDS.DAY;

/** Analytics/marketing, or an unknown cookie that behaves like one (tracking tags, or a long-lived random id). */
function looksLikeTracking(c: RuleCookie, ctx: RuleContext): boolean {
  if (isTracker(c)) return true;
  if (c.classification.category !== 'unknown') return false;
  if (c.classification.tags.some((t) => TRACKING_TAGS.has(t))) return true;
  // Unknown session credentials are the session-samesite-none rule's business, not a tracking verdict.
  if (isSessionCredential(c)) return false;
  const left = secondsLeft(c, ctx);
  return left !== null && left > ID_LIFETIME_SECONDS && looksRandom(c.cookie.value);
}

/**
 * SameSite=None lets the browser attach the cookie to requests made from any site that embeds its domain: the
 * mechanism by which one company recognises the same person across sites. Third-party ones rank higher.
 * 'unspecified' is not None: Chrome treats a missing SameSite as Lax.
 * A partitioned cookie (a partitionKey with a topLevelSite) is out of scope: whether the server asked for it (CHIPS)
 * or the browser did it (Firefox's Total Cookie Protection, its default), the browser keeps a separate copy per
 * top-level site and sends it only under that site, so it cannot carry an id from one site to another, and the
 * rule's fixes (partition it, or Lax, which would break the embed) do not apply.
 * https://developer.mozilla.org/docs/Web/Privacy/Guides/Privacy_sandbox/Partitioned_cookies
 * https://developer.mozilla.org/docs/Web/Privacy/Guides/State_Partitioning
 */
export const sameSiteNoneTracker: DescribedCookieRule = {
  id: 'samesite-none-tracker',
  severity: 'medium',
  title: 'Tracking cookie sent across sites',
  summary: 'An analytics/marketing (or tracking-looking) cookie has SameSite=None; medium when third-party.',
  reference: REFERENCES.sameSiteAttribute,
  test(c, ctx) {
    if (c.cookie.sameSite !== 'no_restriction' || c.cookie.partitionKey?.topLevelSite) return null;
    if (!looksLikeTracking(c, ctx)) return null;
    const name = quoteName(c.cookie.name);
    const vendor = c.classification.vendor ? ` (${c.classification.vendor})` : '';
    const third = c.party === 'third';
    const host = clip(hostOf(c));
    const message = third
      ? `The third-party cookie ${name}${vendor} on ${host} has SameSite=None, so the browser sends it with requests to ${host} from every site that embeds it. That is how one company recognises the same person across sites.`
      : `${name}${vendor} has SameSite=None, so it is also sent when other sites load this site's resources (images, scripts, frames), which lets the site recognise visitors while they browse elsewhere.`;
    const fix = third
      ? `If it only needs to work on one top-level site, partition it with CHIPS so each site gets a separate copy: ${serverSetCookieLine(c, { partitioned: true })}. Otherwise, if it is only needed on your own site: ${serverSetCookieLine(c, { sameSite: 'lax' })}`
      : `Unless a cross-site embed really needs it, send it with SameSite=Lax: ${serverSetCookieLine(c, { sameSite: 'lax' })}`;
    return findingOf(this, third ? 'medium' : 'low', message, fix);
  },
};

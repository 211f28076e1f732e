import { isConsentRecordCookie } from '../consent/summary';
import { humanDuration, SECONDS } from '../lifespan';
import { type DescribedCookieRule, findingOf } from './described-rule';
import { clip, quoteName } from './plain-text';
import { REFERENCES } from './references';

/**
 * The consent record is older than the tracker limit (13 months by default, CNIL Délibération 2020-091 art. 5 and
 * its FAQ: ask again after 13 months). An old record may no longer reflect what the visitor wants.
 */
export const consentRecordAge: DescribedCookieRule = {
  id: 'consent-record-age',
  severity: 'low',
  title: 'Consent record older than 13 months',
  summary: 'The consent cookie records a choice made longer ago than the tracker limit (13 months by default).',
  reference: REFERENCES.cnilTrackers,
  test(c, ctx) {
    const consent = ctx.consent;
    if (!consent || !isConsentRecordCookie(consent.summary, c.cookie)) return null;
    const record = consent.summary.records.find(
      (r) => r.understood && r.cookieName === c.cookie.name && r.cookieDomain === c.cookie.domain,
    );
    const at = record?.understood ? record.recordedAt : undefined;
    const limitDays = ctx.settings.maxTrackerLifetimeDays;
    if (at === undefined || ctx.now - at <= limitDays * SECONDS.DAY * 1000) return null;
    const message = `${quoteName(c.cookie.name)} (${clip(record?.platform ?? '')}) records a choice made ${humanDuration((ctx.now - at) / 1000)} ago (${new Date(at).toISOString()}), past the ${limitDays}-day limit.`;
    return findingOf(
      this,
      'low',
      message,
      'Ask the visitor again once a choice is older than 13 months, and let the consent cookie expire then.',
    );
  },
};

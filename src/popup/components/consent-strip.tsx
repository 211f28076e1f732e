import { t } from '../../browser/i18n';
import { platformsFound } from '../../core/consent/describe';
import type { ConsentCategory } from '../../core/consent/types';
import { humanDuration } from '../../core/lifespan';
import type { SiteConsent } from '../../core/types';
import { clip } from '../format';

/** Tracking categories first: the question a visitor asks is "did they respect my no to tracking?". */
const ORDER: readonly ConsentCategory[] = ['analytics', 'marketing', 'preferences', 'functional'];

function yesNo(v: boolean): string {
  return v ? t('gpcOn') : t('gpcOff');
}

/**
 * Under the header: the consent platform(s), the visitor's choice per category and when it was made, GPC where known;
 * "no consent record found" when a banner script loaded but no record could be read. Renders nothing for a site
 * with neither a record nor a banner script.
 */
export function ConsentStrip({ consent, now }: { consent: SiteConsent | undefined; now: number }) {
  if (!consent) return null;
  const unreadable = consent.records.filter((r) => !r.understood);
  if (!consent.answered && consent.records.length === 0 && consent.bannerScripts.length === 0) return null;
  const choices = ORDER.flatMap((cat) => {
    const v = consent.choices[cat];
    return v ? [`${t(`category_${cat}`).toLowerCase()}: ${t(`consent_${v.choice}`)}`] : [];
  });
  const platform = clip(consent.platform ?? '', 60);
  const when =
    consent.recordedAt !== null
      ? t('consentRecorded', [humanDuration(Math.max(0, now - consent.recordedAt) / 1000), platform])
      : t('consentRecordedUnknown', platform);
  const gpc: string[] = [];
  if (consent.gpc.browser !== undefined) gpc.push(t('gpcBrowser', yesNo(consent.gpc.browser)));
  if (consent.gpc.platform !== undefined) gpc.push(t('gpcPlatform', yesNo(consent.gpc.platform)));
  const violations = consent.violations.length;
  // The main line names one platform (the answer in force) or, without a record, the banner scripts; any other
  // platform found (a site may run OneTrust and a TCF CMP together) is named below it.
  const found = platformsFound(consent);
  const named = consent.answered ? [consent.platform ?? ''] : consent.records.length === 0 ? consent.bannerScripts : [];
  const platforms = found.some((p) => !named.includes(p)) ? found : [];
  // "Against this choice" only when there is a choice: unanswered, the findings are cookies set before any answer.
  const n = String(violations);
  const violationsText = consent.answered
    ? violations === 1
      ? t('consentViolationsOne', n)
      : t('consentViolations', n)
    : violations === 1
      ? t('consentViolationsNoChoiceOne', n)
      : t('consentViolationsNoChoice', n);
  return (
    <section
      class={`consent-strip${violations > 0 ? ' has-violations' : ''}`}
      data-testid="consent-strip"
      aria-label={t('consentTitle')}
    >
      {consent.answered ? (
        <p data-testid="consent-choice">
          <strong>{t('consentTitle')}:</strong> {choices.length > 0 ? choices.join(', ') : t('consentNoCategory')};{' '}
          {when}
        </p>
      ) : consent.records.some((r) => r.understood) ? (
        <p data-testid="consent-choice">
          <strong>{t('consentTitle')}:</strong> {t('consentNotAnswered')}
        </p>
      ) : consent.bannerScripts.length > 0 ? (
        <p data-testid="consent-none">
          <strong>{t('consentTitle')}:</strong> {t('consentNoRecord', clip(consent.bannerScripts.join(', '), 80))}
        </p>
      ) : null}
      {platforms.length > 0 ? (
        <p class="muted" data-testid="consent-platforms">
          {t('consentPlatformsFound', clip(platforms.join(', '), 160))}
        </p>
      ) : null}
      {unreadable.map((r) => (
        <p key={`${r.cookieName}|${r.cookieDomain}`} class="muted">
          {t('consentNotUnderstood', [clip(r.platform, 40), clip(r.cookieName, 60)])}
        </p>
      ))}
      {gpc.length > 0 ? <p class="muted">{gpc.join(' · ')}</p> : null}
      {violations > 0 ? (
        <p class="consent-violations" data-testid="consent-violations">
          {violationsText} <span class="muted">{t('consentBasis')}</span>
        </p>
      ) : null}
    </section>
  );
}

import { t } from '../../browser/i18n';
import type { Cookie } from '../../core/types';
import { sameSiteText } from '../format';

/** HttpOnly / Secure / SameSite / Partitioned as small labels; a missing protection is shown, not hidden. */
export function FlagChips({ cookie }: { cookie: Cookie }) {
  return (
    <span class="chips">
      <span class={`chip ${cookie.httpOnly ? 'good' : 'off'}`} title="HttpOnly">
        {cookie.httpOnly ? 'HttpOnly' : t('noHttpOnly')}
      </span>
      <span class={`chip ${cookie.secure ? 'good' : 'off'}`} title="Secure">
        {cookie.secure ? 'Secure' : t('noSecure')}
      </span>
      <span class={`chip ${cookie.sameSite === 'no_restriction' ? 'warn' : ''}`} title="SameSite">
        SameSite={sameSiteText(cookie)}
      </span>
      {cookie.partitionKey?.topLevelSite ? (
        cookie.partitionKey.hasCrossSiteAncestor ? (
          <span class="chip info" title={t('partitionedCrossSiteUnder', cookie.partitionKey.topLevelSite)}>
            {t('partitionedCrossSite')}
          </span>
        ) : (
          <span class="chip info" title={t('partitionedUnder', cookie.partitionKey.topLevelSite)}>
            {t('partitioned')}
          </span>
        )
      ) : null}
    </span>
  );
}

/**
 * The consent a platform's own cookie records, in words, so a reader sees what the banner answer became.
 * Only the two formats the scan's fixtures and most sites use are read; others are named "present".
 * TODO(issue 12): use src/core/consent's decoders once they land on main.
 */
export function consentStateOf(name: string, rawValue: string): string | null {
  let value = rawValue;
  try {
    value = decodeURIComponent(rawValue);
  } catch {
    // A value that is not percent-encoded is read as it is.
  }
  if (name === 'OptanonConsent') {
    // OneTrust: a query string whose `groups` lists category ids with 1 (consented) or 0 (refused).
    const groups = new URLSearchParams(value).get('groups');
    return groups ? `OneTrust groups ${groups.slice(0, 200)}` : 'OneTrust consent without groups';
  }
  if (name === 'CookieConsent') {
    // Cookiebot: a JS-object-like literal with necessary/preferences/statistics/marketing booleans.
    const flags = ['necessary', 'preferences', 'statistics', 'marketing']
      .map((k) => {
        const m = new RegExp(`${k}:(true|false)`).exec(value);
        return m ? `${k}=${m[1]}` : null;
      })
      .filter((s) => s !== null);
    return flags.length > 0 ? `Cookiebot ${flags.join(' ')}` : 'Cookiebot consent (unreadable)';
  }
  if (name === 'OptanonAlertBoxClosed') return 'OneTrust banner answered';
  return null;
}

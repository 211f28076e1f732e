import { t } from '../browser/i18n';
import { clip as clipText } from '../core/clip';
import { displayName, displayText } from '../core/display-text';
import { humanDuration, remainingSeconds } from '../core/lifespan';
import type { AuditedCookie, Cookie, Lifespan } from '../core/types';

/**
 * Hostile strings (names, domains, paths) as shown: through the one display sanitiser (invisible and bidi
 * characters written as visible escapes), then cut to `max` characters; copies still take the full text.
 */
export function clip(text: string, max = 80): string {
  return clipText(displayText(text), { chars: max });
}

/** A cookie name as shown: the shared placeholder (translated) when blank, else as {@link clip}. */
export function nameText(name: string, max = 80): string {
  return clipText(displayName(name, t('emptyName')), { chars: max });
}

/** Counted from now, not from when the worker built the view (a cached view can be minutes old). */
export function lifespanText(c: AuditedCookie, nowMs: number = Date.now()): string {
  const left = remainingSeconds(c.cookie, nowMs);
  if (left === null) return t('session');
  if (left <= 0) return t('expired');
  return humanDuration(left);
}

export function expectedText(l: Lifespan | undefined): string {
  if (l === undefined) return '—';
  return l === 'session' ? t('session') : humanDuration(l);
}

export function sameSiteText(c: Cookie): string {
  switch (c.sameSite) {
    case 'no_restriction':
      return 'None';
    case 'lax':
      return 'Lax';
    case 'strict':
      return 'Strict';
    default:
      return t('sameSiteUnset');
  }
}

export function dateText(seconds: number | undefined): string {
  if (seconds === undefined) return t('session');
  const d = new Date(seconds * 1000);
  return Number.isNaN(d.getTime()) ? '—' : d.toLocaleString();
}

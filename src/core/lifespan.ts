const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;
const MONTH = YEAR / 12;

/**
 * A duration in the words a person uses: "45 minutes", "12 hours", "29 days", "13 months", "2 years".
 * Rounds to the nearest unit a calendar reader would: days up to 2 months, months up to 2 years.
 */
export function humanDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < MINUTE) return plural(s, 'second');
  if (s < HOUR) return plural(Math.round(s / MINUTE), 'minute');
  if (s < 2 * DAY) return plural(Math.round(s / HOUR), 'hour');
  if (s < 60 * DAY) return plural(Math.round(s / DAY), 'day');
  if (s < 2 * YEAR) return plural(Math.round(s / MONTH), 'month');
  return plural(Math.round(s / YEAR), 'year');
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** Seconds left before a cookie expires, null for a session cookie. */
export function remainingSeconds(
  cookie: { session: boolean; expirationDate?: number | undefined },
  nowMs: number,
): number | null {
  if (cookie.session || cookie.expirationDate === undefined) return null;
  return cookie.expirationDate - nowMs / 1000;
}

/** "session", "expired", or the remaining time in human terms. */
export function expiryText(cookie: { session: boolean; expirationDate?: number | undefined }, nowMs: number): string {
  const left = remainingSeconds(cookie, nowMs);
  if (left === null) return 'session';
  if (left <= 0) return 'expired';
  return humanDuration(left);
}

/** Parses catalogue lifespans: "session", "30m", "12h", "1d", "2w", "13mo", "2y", "400d", "90s". */
export function parseLifespan(text: string): number | 'session' | undefined {
  if (text === 'session') return 'session';
  const m = /^(\d+(?:\.\d+)?)(s|m|h|d|w|mo|y)$/.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit: Record<string, number> = { s: 1, m: MINUTE, h: HOUR, d: DAY, w: 7 * DAY, mo: MONTH, y: YEAR };
  return n * (unit[m[2] as string] as number);
}

export const SECONDS = { MINUTE, HOUR, DAY, MONTH, YEAR } as const;

import { utf8Length } from '../clip';
import { cookieKey } from '../cookie-key';
import type { Category, Cookie } from '../types';
import type { AttributeChange, CookieState } from './event';

/** Names and domains are hostile input: the timeline keeps at most this much of each. */
const MAX_NAME_CHARS = 256;

/** A cookie as the timeline records it: everything but the value, whose length alone is kept. */
export function cookieState(cookie: Cookie, category: Category): CookieState {
  const state: CookieState = {
    id: cookieKey(cookie),
    name: cookie.name.slice(0, MAX_NAME_CHARS),
    domain: cookie.domain.slice(0, MAX_NAME_CHARS),
    path: cookie.path.slice(0, MAX_NAME_CHARS),
    category,
    valueLength: utf8Length(cookie.value),
    secure: cookie.secure,
    httpOnly: cookie.httpOnly,
    sameSite: cookie.sameSite,
    hostOnly: cookie.hostOnly,
  };
  if (cookie.partitionKey?.topLevelSite) state.partition = cookie.partitionKey.topLevelSite.slice(0, MAX_NAME_CHARS);
  if (!cookie.session && cookie.expirationDate !== undefined && Number.isFinite(cookie.expirationDate)) {
    // Chrome reports fractional seconds; a whole second is what a person compares.
    state.expires = Math.round(cookie.expirationDate);
  }
  return state;
}

/**
 * What differs between two states of the same cookie. `valueChanged` is computed by the caller from the two values,
 * which never reach the timeline.
 */
export function attributeChanges(before: CookieState, after: CookieState, valueChanged = false): AttributeChange[] {
  const changes: AttributeChange[] = [];
  if (before.valueLength !== after.valueLength) {
    changes.push({ field: 'valueLength', from: before.valueLength, to: after.valueLength });
  } else if (valueChanged) changes.push({ field: 'value' });
  if (before.expires !== after.expires) {
    changes.push({ field: 'expires', from: before.expires ?? null, to: after.expires ?? null });
  }
  for (const field of ['secure', 'httpOnly', 'sameSite', 'category'] as const) {
    if (before[field] !== after[field]) changes.push({ field, from: before[field], to: after[field] });
  }
  return changes;
}

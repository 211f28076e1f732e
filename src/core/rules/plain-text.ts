import { clip as clipText } from '../clip';
import { displayText, EMPTY_NAME } from '../display-text';

/**
 * Cookie names, domains and paths are hostile input: a site (or an imported file) chooses them freely.
 * Messages are rendered as text, but control characters and bidi overrides can still garble or disguise a line,
 * and a 4 KB name would drown the popup. Everything from a cookie goes through here, and so through the one display
 * sanitiser (display-text.ts), before it reaches a message.
 */

/** Names in messages are clipped to this many characters (long enough for real names such as wordpress_logged_in_…). */
export const MAX_NAME_CHARS = 80;

/** Displayable (see display-text.ts) and at most `max` characters (code points), with an ellipsis when cut. */
export function clip(text: string, max = MAX_NAME_CHARS): string {
  return clipText(displayText(text), { chars: max });
}

/** A cookie name as it appears in a message: quoted, clipped, printable. */
export function quoteName(name: string): string {
  return /^\s*$/.test(name) ? EMPTY_NAME : `"${clip(name)}"`;
}

/**
 * "1 cookie", "3 cookies", "4,096 bytes". Grouped by hand: toLocaleString's first call loads ICU number formatting,
 * over 100 ms on a loaded machine, paid by every freshly started worker whose audit has such a finding.
 */
export function count(n: number, noun: string): string {
  const digits = Number.isInteger(n) ? String(n).replace(/\B(?=(\d{3})+$)/g, ',') : String(n);
  return `${digits} ${noun}${n === 1 ? '' : 's'}`;
}

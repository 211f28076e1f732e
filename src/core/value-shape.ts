/**
 * What a cookie value looks like, judged from its text alone. Used as a hint when the name tells nothing.
 * All patterns are compiled once at module load; `valueShape` allocates nothing but its result string.
 */
export type ValueShape =
  | 'empty'
  | 'flag'
  | 'number'
  | 'timestamp'
  | 'uuid'
  | 'jwt'
  | 'ga-client-id'
  | 'fb-pixel-id'
  | 'tcf-consent'
  | 'json'
  | 'key-value'
  | 'url'
  | 'locale'
  | 'hex-id'
  | 'base64'
  | 'random-id'
  | 'word'
  | 'text';

const FLAG = /^(?:true|false|yes|no|on|off|0|1|-1|y|n|t|f|null|undefined|none|ok)$/i;
const DIGITS = /^\d+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// RFC 7519 §3: three base64url parts; the header is a JSON object, so it starts with "eyJ" ('{"').
const JWT = /^eyJ[\w-]{8,}\.eyJ[\w-]{4,}\.[\w-]*$/;
// Google Analytics client id as stored in _ga: "GA1.<domain depth>.<random>.<first-visit epoch>" (GA4 session
// cookies use "GS1.1." and "GS2.1.").
const GA = /^G[AS]\d\.\d\.[\w$.-]+$/;
// Meta Pixel _fbp/_fbc: "fb.<subdomain index>.<creation ms>.<random or fbclid>".
const FB = /^fb\.\d\.\d{10,13}\.[\w.-]+$/;
// IAB TCF v2 TC strings are base64url with a version-2 core segment, which encodes to a leading "C" (version 2 in the
// first 6 bits) followed by the creation time: in practice "CO", "CP" or "CQ" for strings made since 2019.
const TCF = /^C[O-R][\w-]{18,}(?:\.[\w-]+)*$/;
const URL_LIKE = /^(?:https?(?::|%3A)|\/\/|%2F%2F)/i;
const LOCALE = /^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$|^[A-Z]{3}$/;
const HEX = /^[0-9a-f]{16,}$/i;
const B64 = /^[A-Za-z0-9+/_-]{16,}={0,2}$/;
const ID_CHARS = /^[\w.~%:|+/=-]{12,}$/;
const WORD = /^[A-Za-z][A-Za-z_-]{0,24}$/;
const KEY_VALUE = /^[^=&]+=[^&]*(?:&[^=&]+=[^&]*)+$|^[^=]+=[^=]+$/;

/** Seconds since the epoch from 2001 to 2040: a plausible timestamp, not a counter. */
const TS_MIN = 1_000_000_000;
const TS_MAX = 2_200_000_000;

/**
 * Only this much of a value is looked at. A browser stores at most 4096 bytes of name + value (RFC 6265bis §5.6),
 * so a real value fits whole; an imported file may hold a 6 MB value, and backtracking regular expressions over it
 * overflowed the stack. The judgement is a hint, so a prefix is enough.
 */
export const SHAPE_PREFIX_CHARS = 4096;

export function valueShape(full: string): ValueShape {
  const raw = full.length > SHAPE_PREFIX_CHARS ? full.slice(0, SHAPE_PREFIX_CHARS) : full;
  const v =
    raw.length > 1 && raw.charCodeAt(0) === 34 && raw.charCodeAt(raw.length - 1) === 34 ? raw.slice(1, -1) : raw;
  if (v.length === 0) return 'empty';
  if (v.length <= 9 && FLAG.test(v)) return 'flag';
  if (DIGITS.test(v)) {
    if (v.length === 10 || v.length === 13) {
      const n = Number(v.length === 13 ? v.slice(0, 10) : v);
      if (n >= TS_MIN && n <= TS_MAX) return 'timestamp';
    }
    return v.length >= 12 ? 'random-id' : 'number';
  }
  const c0 = v.charCodeAt(0);
  if (c0 === 123 || c0 === 91 || v.startsWith('%7B') || v.startsWith('%5B') || v.startsWith('j:{')) return 'json';
  if (UUID.test(v)) return 'uuid';
  if (c0 === 101 && JWT.test(v)) return 'jwt';
  if (c0 === 71 && GA.test(v)) return 'ga-client-id';
  if (c0 === 102 && FB.test(v)) return 'fb-pixel-id';
  if (c0 === 67 && TCF.test(v)) return 'tcf-consent';
  if (URL_LIKE.test(v)) return 'url';
  if (v.length <= 10 && LOCALE.test(v)) return 'locale';
  if (HEX.test(v)) return 'hex-id';
  if (v.includes('=') && KEY_VALUE.test(v)) return 'key-value';
  if (B64.test(v) && hasLetterAndDigit(v)) return 'base64';
  if (ID_CHARS.test(v) && hasLetterAndDigit(v)) return 'random-id';
  if (WORD.test(v)) return 'word';
  return 'text';
}

/** Shapes that identify a browser or a user rather than hold a setting. */
export function isIdLike(shape: ValueShape): boolean {
  return (
    shape === 'uuid' ||
    shape === 'hex-id' ||
    shape === 'base64' ||
    shape === 'random-id' ||
    shape === 'ga-client-id' ||
    shape === 'fb-pixel-id' ||
    shape === 'jwt'
  );
}

function hasLetterAndDigit(v: string): boolean {
  let letter = false;
  let digit = false;
  for (let i = 0; i < v.length && !(letter && digit); i++) {
    const c = v.charCodeAt(i);
    if (c >= 48 && c <= 57) digit = true;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letter = true;
  }
  return letter && digit;
}

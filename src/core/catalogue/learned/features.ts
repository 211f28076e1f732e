import { nameTokens } from '../../name-tokens';
import type { SameSite } from '../../types';
import type { ValueShape } from '../../value-shape';

/**
 * What the learned fallback sees of a cookie, after CookieBlock's feature families (Bollinger et al., "Automating
 * Cookie Consent and GDPR Violation Detection", USENIX Security 2022, §4.2): the name's words and character
 * n-grams, the domain and party, the lifespan, the flags, the value's shape and the vendor of the domain.
 * Every field but the name may be missing: the Open Cookie Database and the catalogue know names and domains only.
 */
export interface FeatureInput {
  name: string;
  /** Registrable domain of the cookie, when it is a third party (a first-party domain says nothing general). */
  thirdPartySite?: string | undefined;
  thirdParty?: boolean | undefined;
  /** Seconds, or 'session'. */
  lifespan?: number | 'session' | undefined;
  httpOnly?: boolean | undefined;
  secure?: boolean | undefined;
  hostOnly?: boolean | undefined;
  sameSite?: SameSite | undefined;
  shape?: ValueShape | undefined;
  /** Length of the value in characters (ids, consent strings and flags differ by length as much as by shape). */
  valueLength?: number | undefined;
  /** Vendor id and category of the tracker-table row for the cookie's domain. */
  vendor?: string | undefined;
  vendorCategory?: string | undefined;
  /** What the name-word table says of the name (name-hints.ts): its category and the word that matched. */
  hint?: { category: string; word: string } | undefined;
}

const HOUR = 3600;
const DAY = 24 * HOUR;

/** Lifespan buckets at the boundaries consent platforms and browsers use (1 h, 1 d, 1 w, 31 d, 1 y; Safari ITP 7 d). */
export function lifespanBucket(lifespan: number | 'session'): string {
  if (lifespan === 'session') return 'session';
  if (lifespan <= HOUR) return 'le1h';
  if (lifespan <= DAY) return 'le1d';
  if (lifespan <= 7 * DAY) return 'le1w';
  if (lifespan <= 31 * DAY) return 'le1mo';
  if (lifespan <= 366 * DAY) return 'le1y';
  return 'gt1y';
}

/** Value length buckets: a flag, a short code, an id (UUIDs are 36), a long id or token, a serialised object. */
export function valueLengthBucket(n: number): string {
  if (n <= 1) return 'le1';
  if (n <= 8) return 'le8';
  if (n <= 40) return 'le40';
  if (n <= 100) return 'le100';
  return 'gt100';
}

/** Names longer than this add no n-grams past it: cookie names are hostile input and may be kilobytes long. */
const NAME_LIMIT = 64;

/** The feature strings of one cookie. Order carries no meaning; repeats count twice. */
export function cookieFeatures(f: FeatureInput): string[] {
  const out: string[] = ['bias'];
  const name = f.name.length > NAME_LIMIT ? f.name.slice(0, NAME_LIMIT) : f.name;
  const tokens = nameTokens(name);
  for (const t of tokens) out.push(`t:${isDigits(t) ? '#' : t}`);
  if (tokens.length > 0) out.push(`t0:${isDigits(tokens[0] as string) ? '#' : tokens[0]}`);
  // Neighbouring word pairs ("session" after "user" is not "session" after "lead"), CookieBlock's token bigrams.
  for (let i = 0; i + 1 < tokens.length; i++)
    out.push(`tb:${foldDigits(tokens[i] as string)}_${foldDigits(tokens[i + 1] as string)}`);
  out.push(`nt:${Math.min(tokens.length, 4)}`);
  out.push(`nl:${name.length <= 3 ? 3 : name.length <= 8 ? 8 : name.length <= 16 ? 16 : 32}`);
  // Digits folded to one symbol: "_gat_UA-1234-5" and "_gat_UA-9876-1" are the same cookie.
  const lower = `^${name.toLowerCase().replace(/[0-9]+/g, '#')}$`;
  for (let i = 0; i + 3 <= lower.length; i++) out.push(`g:${lower.slice(i, i + 3)}`);
  for (let i = 0; i + 4 <= lower.length; i++) out.push(`q:${lower.slice(i, i + 4)}`);
  const party = f.thirdParty === undefined ? '' : f.thirdParty ? ':3' : ':1';
  if (party !== '') out.push(`party${party}`);
  if (f.thirdPartySite) {
    out.push(`d:${f.thirdPartySite}`);
    for (const t of nameTokens(f.thirdPartySite.split('.')[0] ?? '')) out.push(`dt:${t}`);
  }
  if (f.lifespan !== undefined) {
    out.push(`life:${lifespanBucket(f.lifespan)}`);
    // A year-long third-party id is an ad profile more often than a year-long first-party one.
    if (party !== '') out.push(`life:${lifespanBucket(f.lifespan)}${party}`);
  }
  if (f.httpOnly !== undefined) out.push(f.httpOnly ? 'httponly' : 'script');
  if (f.secure !== undefined) out.push(f.secure ? 'secure' : 'insecure');
  if (f.hostOnly !== undefined) out.push(f.hostOnly ? 'hostonly' : 'domaincookie');
  if (f.sameSite !== undefined) out.push(`ss:${f.sameSite}`);
  if (f.shape !== undefined) {
    out.push(`shape:${f.shape}`);
    if (party !== '') out.push(`shape:${f.shape}${party}`);
  }
  if (f.valueLength !== undefined) out.push(`vl:${valueLengthBucket(f.valueLength)}`);
  if (f.vendor !== undefined) out.push(`v:${f.vendor}`);
  if (f.vendorCategory !== undefined) {
    out.push(`vc:${f.vendorCategory}`);
    if (f.thirdParty !== undefined) out.push(`vc:${f.vendorCategory}:${f.thirdParty ? 3 : 1}`);
  }
  if (f.hint !== undefined) {
    out.push(`w:${f.hint.category}`);
    out.push(`ww:${f.hint.word}`);
  }
  return out;
}

function foldDigits(t: string): string {
  return isDigits(t) ? '#' : t;
}

function isDigits(t: string): boolean {
  const c = t.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** 32-bit FNV-1a (Fowler–Noll–Vo, IETF draft-eastlake-fnv §2.2), folded into `bits` bits. */
export function featureHash(s: string, bits: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & ((1 << bits) - 1);
}

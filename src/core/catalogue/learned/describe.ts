import type { lifespanBucket } from './features';

const LIFESPAN_WORDS: Record<ReturnType<typeof lifespanBucket>, string> = {
  session: 'ends with the browsing session',
  le1h: 'lives up to an hour',
  le1d: 'lives up to a day',
  le1w: 'lives up to a week',
  le1mo: 'lives up to a month',
  le1y: 'lives up to a year',
  gt1y: 'lives over a year',
};

const VALUE_LENGTH_WORDS: Record<string, string> = {
  le1: 'a one-character value',
  le8: 'a short value',
  le40: 'an id-sized value',
  le100: 'a long value',
  gt100: 'a very long value',
};

/** "le1y:3" → "lives up to a year, from a third party": the interaction features of lifespan and value with party. */
function withParty(rest: string, words: (base: string) => string): string {
  const colon = rest.indexOf(':');
  if (colon < 0) return words(rest);
  const who = rest.slice(colon + 1) === '3' ? 'from a third party' : 'from the site itself';
  return `${words(rest.slice(0, colon))}, ${who}`;
}

/** A model feature in the words of "why this category": "name word 'cart'", "set by a third party". */
export function describeFeature(f: string, vendorName: (id: string) => string | undefined): string {
  const colon = f.indexOf(':');
  const kind = colon < 0 ? f : f.slice(0, colon);
  const rest = colon < 0 ? '' : f.slice(colon + 1);
  switch (kind) {
    case 't':
      return rest === '#' ? 'a number in the name' : `name word '${rest}'`;
    case 't0':
      return rest === '#' ? 'name starts with a number' : `name starts with '${rest}'`;
    case 'g':
    case 'q':
      return `name fragment '${rest.replace(/\^/g, '⟨start⟩').replace(/\$/g, '⟨end⟩').replace(/#/g, '0')}'`;
    case 'party':
      return rest === '3' ? 'set by a third party' : 'set by the site itself';
    case 'd':
      return `third-party domain ${rest}`;
    case 'dt':
      return `domain word '${rest}'`;
    case 'tb':
      return `name words '${rest.replace('_', ' ').replace(/#/g, '0')}'`;
    case 'nt':
      return rest === '1' ? 'a one-word name' : `a name of ${rest === '4' ? '4 or more' : rest} words`;
    case 'nl':
      return rest === '3' ? 'a very short name' : `a name of up to ${rest === '32' ? 'any' : rest} characters`;
    case 'vl':
      return VALUE_LENGTH_WORDS[rest] ?? `value length ${rest}`;
    case 'life':
      return withParty(rest, (b) => LIFESPAN_WORDS[b as keyof typeof LIFESPAN_WORDS] ?? `lifespan ${b}`);
    case 'httponly':
      return 'HttpOnly (only the server reads it)';
    case 'script':
      return 'readable by page scripts';
    case 'secure':
      return 'Secure';
    case 'insecure':
      return 'not Secure';
    case 'hostonly':
      return 'host-only';
    case 'domaincookie':
      return 'shared with subdomains';
    case 'ss':
      return `SameSite=${rest === 'no_restriction' ? 'None' : rest}`;
    case 'shape':
      return withParty(rest, (v) => (v === 'empty' ? 'value is empty' : `value looks like ${v.replace(/-/g, ' ')}`));
    case 'w':
      return rest === 'identifier' ? 'the name reads as an id' : `the name reads as ${rest}`;
    case 'ww':
      return `name contains '${rest}'`;
    case 'v':
      return `domain belongs to ${vendorName(rest) ?? rest}`;
    case 'vc':
      return withParty(rest, (c) => `domain of a known ${c} service`);
    default:
      return f;
  }
}

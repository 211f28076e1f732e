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
    case 'life':
      return LIFESPAN_WORDS[rest as keyof typeof LIFESPAN_WORDS] ?? `lifespan ${rest}`;
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
      return rest === 'empty' ? 'value is empty' : `value looks like ${rest.replace(/-/g, ' ')}`;
    case 'w':
      return rest === 'identifier' ? 'the name reads as an id' : `the name reads as ${rest}`;
    case 'ww':
      return `name contains '${rest}'`;
    case 'v':
      return `domain belongs to ${vendorName(rest) ?? rest}`;
    case 'vc':
      return `domain of a known ${rest.split(':')[0]} service`;
    default:
      return f;
  }
}

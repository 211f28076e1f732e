import { decodeJwt, isAlgNone } from '../jwt';
import { type DescribedCookieRule, findingOf } from './described-rule';
import { quoteName } from './plain-text';
import { REFERENCES } from './references';
import { sessionCredentialReason } from './session-credential';

/**
 * A JWT whose header says `alg: none` carries no signature. If the server accepts it, anyone can write their own
 * claims ("sub": "admin") and be believed. Decoded locally; the token never leaves the machine.
 */
export const sessionJwtAlgNone: DescribedCookieRule = {
  id: 'session-jwt-alg-none',
  severity: 'high',
  title: 'Unsigned token (alg: none)',
  summary: 'A session credential holds a JWT whose header declares alg "none".',
  reference: REFERENCES.jwtAlgorithms,
  test(c) {
    const why = sessionCredentialReason(c);
    const jwt = why === null ? null : decodeJwt(c.cookie.value);
    if (why === null || jwt === null || !isAlgNone(jwt)) return null;
    const message = `${quoteName(c.cookie.name)} looks like a login cookie (${why}) and holds a JSON Web Token whose header says "alg": "none": it is not signed. If the server accepts it, anyone can edit the claims inside (the user id, the role) and be trusted.`;
    const fix =
      'Sign the token (e.g. ES256 or HS256 with a server-side secret) and make the server accept only the algorithms it expects, rejecting "none" in any letter case.';
    return findingOf(this, 'high', message, fix);
  },
};

import type { Cookie } from '../../src/core/types';

/** A plain cookie with sensible defaults; tests override what they are about. */
export function cookie(overrides: Partial<Cookie> = {}): Cookie {
  return {
    name: 'n',
    value: 'v',
    domain: 'www.example.com',
    hostOnly: true,
    path: '/',
    secure: true,
    httpOnly: false,
    sameSite: 'lax',
    session: true,
    storeId: '0',
    ...overrides,
  };
}

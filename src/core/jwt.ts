/**
 * Local, read-only JWT inspection: a cookie value is decoded here and never leaves the machine.
 * No signature check (we have no key and must not try): we only read what the token claims about itself.
 * Every function is total: garbage in gives null out, never an exception.
 */

export interface DecodedJwt {
  /** The JOSE header (RFC 7515 §4). Always has a string `alg`, or the value is not treated as a JWT. */
  header: Record<string, unknown> & { alg: string };
  /** The claims set; null for an encrypted token (JWE, 5 segments) whose payload cannot be read. */
  payload: Record<string, unknown> | null;
  /** `exp` claim in seconds since the epoch (RFC 7519 §4.1.4), when present and numeric. */
  exp?: number;
  /** JWS with an empty third segment: what an `alg: none` token looks like. */
  unsigned: boolean;
}

// A session token is a few KB at most; a cookie cannot exceed 4096 bytes (RFC 6265 §6.1). Bound the work anyway.
const MAX_TOKEN_LENGTH = 16_384;

const BASE64URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const SEXTET: ReadonlyMap<string, number> = new Map([...BASE64URL_ALPHABET].map((ch, i) => [ch, i]));

/**
 * Base64url (RFC 4648 §5) to bytes, tolerating the `=` padding JWTs should omit.
 * Implemented by hand so it behaves the same in Node, workers and pages (no atob/Buffer).
 */
export function base64UrlDecode(input: string): Uint8Array | null {
  const s = input.replace(/=+$/, '');
  // A length of 1 mod 4 cannot come from any byte sequence.
  if (s.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((s.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let n = 0;
  for (const ch of s) {
    const v = SEXTET.get(ch);
    if (v === undefined) return null;
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (buffer >> bits) & 0xff;
    }
    buffer &= 0xff;
  }
  return out.subarray(0, n);
}

function decodeJsonObject(segment: string): Record<string, unknown> | null {
  const bytes = base64UrlDecode(segment);
  if (bytes === null) return null;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
  return parsed as Record<string, unknown>;
}

/** Cookie values are often quoted or percent-encoded by frameworks; undo that before looking for a token. */
function unwrap(value: string): string {
  let v = value.trim();
  if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) v = v.slice(1, -1);
  if (v.includes('%')) {
    try {
      v = decodeURIComponent(v);
    } catch {
      // Not valid percent-encoding: keep the raw text.
    }
  }
  return v;
}

/** Decodes a compact JWS (3 segments) or JWE (5 segments); null when the value is not a JWT. */
export function decodeJwt(value: string): DecodedJwt | null {
  if (value.length > MAX_TOKEN_LENGTH) return null;
  const token = unwrap(value);
  const segments = token.split('.');
  if (segments.length !== 3 && segments.length !== 5) return null;
  const [headerPart, payloadPart, signaturePart] = segments;
  if (!headerPart || payloadPart === undefined) return null;
  const header = decodeJsonObject(headerPart);
  if (header === null || typeof header.alg !== 'string') return null;
  const alg = header.alg;

  if (segments.length === 5) {
    return { header: { ...header, alg }, payload: null, unsigned: false };
  }
  if (payloadPart === '') return null;
  const payload = decodeJsonObject(payloadPart);
  if (payload === null) return null;
  if (signaturePart === undefined || (signaturePart !== '' && base64UrlDecode(signaturePart) === null)) return null;
  const decoded: DecodedJwt = { header: { ...header, alg }, payload, unsigned: signaturePart === '' };
  if (typeof payload.exp === 'number' && Number.isFinite(payload.exp)) decoded.exp = payload.exp;
  return decoded;
}

/** Whether the value is a JWT at all (cheap enough to call on every cookie). */
export function isJwt(value: string): boolean {
  return decodeJwt(value) !== null;
}

/** `alg: none` (any case, RFC 7518 §3.6): the token carries no signature and a lax server would accept any claims. */
export function isAlgNone(jwt: DecodedJwt): boolean {
  return jwt.header.alg.trim().toLowerCase() === 'none';
}

/**
 * base64 (RFC 4648 §4) and bytes, both ways, with the platform's atob/btoa (worker, pages, Node ≥ 16): native, where
 * a JS loop over the shipped model's 175 KB of weights took tens of ms in a fresh worker. Used for the model's
 * weights and the deflated catalogue (catalogue/packed-text.ts).
 */
/**
 * The engine's own decoder where it has one (ES2026 `Uint8Array.fromBase64`: Chrome 140, Firefox 133): it writes the
 * bytes directly, where atob builds a binary string that a loop then copies byte by byte, ≈ 30 ms for the shipped
 * catalogue and model in a fresh worker, before the worker could answer anything.
 */
const nativeFromBase64 = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array<ArrayBuffer> })
  .fromBase64;

export function base64Bytes(text: string): Uint8Array<ArrayBuffer> {
  if (nativeFromBase64 !== undefined) {
    try {
      return nativeFromBase64(text);
    } catch {
      throw new Error('not base64');
    }
  }
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    throw new Error('not base64');
  }
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

export function bytesBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunks keep String.fromCharCode's argument list short (no spreading an unbounded array into a call).
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, i + 0x8000)));
  }
  return btoa(binary);
}

import { deflateSync, inflateSync } from 'fflate';

/**
 * Text shipped inside the worker script as deflate-raw bytes in base64. Chrome's cost to start an extension service
 * worker grows with the script's bytes (measured: ≈ 0.3–0.4 ms per KB with the machine's load average at 7, a 60 ms
 * floor for a tiny worker), and the catalogue's JSON (≈ 850 KB) and the fallback model (≈ 175 KB) were two thirds of
 * the worker bundle. Deflated they weigh ≈ 230 KB as base64; inflating them on first use costs less than carrying
 * them (fflate: the small, fast, MIT inflater most bundlers' own tooling uses; the browser's DecompressionStream is
 * async, and the catalogue is read synchronously by the classifier).
 */
export function unpackText(base64: string): string {
  return new TextDecoder().decode(inflateSync(base64Bytes(base64)));
}

/**
 * {@link unpackText} with the platform's native inflater (DecompressionStream 'deflate-raw': Chrome 103, Firefox
 * 113, Node 21.2), which a fresh worker runs in a few ms where the JavaScript inflater, not yet optimised by the JIT,
 * took ≈ 200 ms for the catalogue. Falls back to {@link unpackText} where the format is missing.
 */
export async function unpackTextNative(base64: string): Promise<string> {
  const bytes = base64Bytes(base64);
  let stream: DecompressionStream;
  try {
    stream = new DecompressionStream('deflate-raw' as CompressionFormat);
  } catch {
    return unpackText(base64);
  }
  return new Response(new Blob([bytes]).stream().pipeThrough(stream)).text();
}

function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The build's side of {@link unpackText}: UTF-8, deflate-raw at the highest level, base64. */
export function packText(text: string): string {
  const bytes = deflateSync(new TextEncoder().encode(text), { level: 9 });
  let binary = '';
  // Chunks keep String.fromCharCode's argument list short (no spreading an unbounded array into a call).
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, i + 0x8000)));
  }
  return btoa(binary);
}

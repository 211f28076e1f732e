import { base64Bytes, bytesBase64 } from '../base64';
import { fflateLibrary } from '../libraries/fflate';

/**
 * Text shipped inside the worker script as deflate-raw bytes in base64. Chrome's cost to start an extension service
 * worker grows with the script's bytes (measured: ≈ 0.3–0.4 ms per KB with the machine's load average at 7, a 60 ms
 * floor for a tiny worker), and the catalogue's JSON (≈ 850 KB) and the fallback model (≈ 175 KB) were two thirds of
 * the worker bundle. Deflated they weigh ≈ 230 KB as base64; inflating them on first use costs less than carrying
 * them (fflate: the small, fast, MIT inflater most bundlers' own tooling uses; the browser's DecompressionStream is
 * async, and the catalogue is read synchronously by the classifier).
 */
export function unpackText(base64: string): string {
  return new TextDecoder().decode(fflateLibrary().inflateSync(base64Bytes(base64)));
}

/**
 * {@link unpackText} with the platform's native inflater (DecompressionStream 'deflate-raw': Chrome 103, Firefox
 * 113, Node 21.2), which a fresh worker runs in a few ms where the JavaScript inflater, not yet optimised by the JIT,
 * took ≈ 200 ms for the catalogue. Falls back to {@link unpackText} where the format is missing.
 */
export async function unpackTextNative(base64: string): Promise<string> {
  const bytes = base64Bytes(base64);
  let inflater: DecompressionStream;
  try {
    inflater = new DecompressionStream('deflate-raw' as CompressionFormat);
  } catch {
    return unpackText(base64);
  }
  // A ReadableStream of the bytes, not `new Blob([bytes]).stream()`: in a service worker each Blob is registered
  // with the browser process first, measured 5–20 ms per call at worker start, before any inflating.
  const source = new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  return new Response(source.pipeThrough(inflater)).text();
}

/** The build's side of {@link unpackText}: UTF-8, deflate-raw at the highest level, base64. */
export function packText(text: string): string {
  return bytesBase64(fflateLibrary().deflateSync(new TextEncoder().encode(text), { level: 9 }));
}

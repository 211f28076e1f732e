import { createReadStream } from 'node:fs';
import { type FileHandle, open, stat, writeFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { CookieFileError } from '../core/import/cookie-file-error';
import { decodeCookieFile } from '../core/import/decode-cookie-file';
import { MAX_COOKIE_FILE_BYTES } from '../core/import/limits';
import { formatBytes } from '../core/import/parse-cookie-file';
import type { CliIo, OutputSink } from './io';

/** Output is gathered into writes of this many bytes: one syscall per 64 KB, not one per cookie. */
const WRITE_BATCH_BYTES = 64 * 1024;

/** The real file system and standard streams. */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => {
      process.stdout.write(text);
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
    readFile: async (path) =>
      decodeCookieFile(
        path === '-'
          ? await readBounded(process.stdin, 'standard input')
          : await readBounded(await openForReading(path), 'the file'),
      ),
    writeFile: (path, text) => writeFile(path, text, 'utf8'),
    openOutput: async (path, { secret }) => (path === undefined ? stdoutSink() : fileSink(path, secret)),
    stderrTerminal: () => (process.stderr.isTTY ? { columns: process.stderr.columns || 80 } : null),
  };
}

async function openForReading(path: string): Promise<Readable> {
  // A regular file says its size: refuse a huge one without reading it. Anything else is read up to the cap.
  const info = await stat(path);
  if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  if (info.isFile() && info.size > MAX_COOKIE_FILE_BYTES) throw tooLarge('the file');
  // An open error (EACCES) surfaces from the first read, as a rejection main() reports.
  return createReadStream(path, { highWaterMark: 1024 * 1024 });
}

/** Every byte of `stream`, refusing past the cap: /dev/zero or an endless pipe is stopped at 50 MB, not at V8's limit. */
async function readBounded(stream: Readable, what: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buf.length;
    if (size > MAX_COOKIE_FILE_BYTES) {
      stream.destroy();
      throw tooLarge(what);
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks, size);
}

function tooLarge(what: string): CookieFileError {
  return new CookieFileError(`${what} is larger than ${formatBytes(MAX_COOKIE_FILE_BYTES)}`);
}

/**
 * Encodes chunks into 64 KB buffers and hands each full one to `flush`; the caller awaits only when a batch is written.
 * Chunks are encoded as they come, not joined into one string first: a joined batch is a rope that is flattened to
 * write it, and a batch holding any character past Latin-1 flattens to a two-byte string of 128 KB, which V8 puts in
 * large-object space, freed only by a full collection. The 100,000-cookie JSON report piled up 200 MB of those.
 */
function batching(flush: (bytes: Buffer) => Promise<void>, end: () => Promise<void>): OutputSink {
  let buffer = Buffer.allocUnsafe(WRITE_BATCH_BYTES);
  let used = 0;
  const take = (): Buffer => {
    const full = buffer.subarray(0, used);
    buffer = Buffer.allocUnsafe(WRITE_BATCH_BYTES);
    used = 0;
    return full;
  };
  return {
    write(chunk) {
      const bytes = Buffer.byteLength(chunk, 'utf8');
      if (used + bytes <= WRITE_BATCH_BYTES) {
        buffer.write(chunk, used, 'utf8');
        used += bytes;
        return used === WRITE_BATCH_BYTES ? flush(take()) : undefined;
      }
      const head = used > 0 ? take() : undefined;
      if (bytes > WRITE_BATCH_BYTES) {
        // One chunk bigger than a batch (a huge value with --include-values) goes out on its own.
        const big = Buffer.from(chunk, 'utf8');
        return head ? flush(head).then(() => flush(big)) : flush(big);
      }
      buffer.write(chunk, 0, 'utf8');
      used = bytes;
      return head ? flush(head) : undefined;
    },
    async close() {
      if (used > 0) await flush(take());
      await end();
    },
  };
}

async function fileSink(path: string, secret: boolean): Promise<OutputSink> {
  const handle: FileHandle = await open(path, 'w', secret ? 0o600 : 0o666);
  try {
    // open() applies the mode only to a file it creates: an existing file is tightened before anything is written.
    // Only a regular file: `--out /dev/full` must not change a device's mode.
    if (secret && (await handle.stat()).isFile()) await handle.chmod(0o600);
  } catch (e) {
    await handle.close();
    throw e;
  }
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  const sink = batching(async (bytes) => {
    try {
      await handle.writeFile(bytes);
    } catch (e) {
      await close();
      throw e;
    }
  }, close);
  return sink;
}

function stdoutSink(): OutputSink {
  // Each batch waits for its write callback: a slow reader on a pipe holds the report back, memory stays flat.
  return batching(
    (bytes) => new Promise<void>((resolve, reject) => process.stdout.write(bytes, (e) => (e ? reject(e) : resolve()))),
    async () => {},
  );
}

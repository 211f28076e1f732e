import { createReadStream } from 'node:fs';
import { type FileHandle, open, stat, writeFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { CookieFileError } from '../core/import/cookie-file-error';
import { decodeCookieFile } from '../core/import/decode-cookie-file';
import { MAX_COOKIE_FILE_BYTES } from '../core/import/limits';
import { formatBytes } from '../core/import/parse-cookie-file';
import type { CliIo, OutputSink } from './io';

/** Output is gathered into writes of about this size: one syscall per 64 KB, not one per cookie. */
const WRITE_BATCH_CHARS = 64 * 1024;

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

/** Batches chunks and hands each batch to `flush`; the caller awaits only when a batch is written. */
function batching(flush: (text: string) => Promise<void>, end: () => Promise<void>): OutputSink {
  let pending = '';
  return {
    write(chunk) {
      pending += chunk;
      if (pending.length < WRITE_BATCH_CHARS) return undefined;
      const text = pending;
      pending = '';
      return flush(text);
    },
    async close() {
      if (pending !== '') await flush(pending);
      pending = '';
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
  const sink = batching(async (text) => {
    try {
      await handle.writeFile(text, 'utf8');
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
    (text) => new Promise<void>((resolve, reject) => process.stdout.write(text, (e) => (e ? reject(e) : resolve()))),
    async () => {},
  );
}

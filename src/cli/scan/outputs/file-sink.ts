import { createHash } from 'node:crypto';
import { closeSync, createWriteStream, fchmodSync, fstatSync, openSync, type WriteStream } from 'node:fs';

/** A file written piece by piece (one site at a time, so memory stays flat) whose SHA-256 is known at the end. */
export interface FileSink {
  path: string;
  write(text: string): Promise<void>;
  /** Closes the file; resolves to its SHA-256 (hex) and size in bytes. */
  close(): Promise<{ sha256: string; bytes: number }>;
}

/**
 * Mode 0600 when the files carry cookie values: they are credentials as much as the cookies themselves. open(2)
 * applies the mode only to a file it creates, so an existing file (a second run into the same --out) is tightened
 * before anything is written, as `audit --out` does (node-io.ts); only a regular file, never a device's mode.
 */
export function openSink(path: string, secret: boolean): FileSink {
  const fd = openSync(path, 'w', secret ? 0o600 : 0o644);
  try {
    if (secret && fstatSync(fd).isFile()) fchmodSync(fd, 0o600);
  } catch (e) {
    closeSync(fd);
    throw e;
  }
  const stream: WriteStream = createWriteStream(path, { fd, encoding: 'utf8' });
  const hash = createHash('sha256');
  let bytes = 0;
  let failed: Error | null = null;
  stream.on('error', (e) => {
    failed = e;
  });
  return {
    path,
    async write(text) {
      if (failed) throw failed;
      const buf = Buffer.from(text, 'utf8');
      hash.update(buf);
      bytes += buf.length;
      if (!stream.write(buf)) await new Promise<void>((resolve) => stream.once('drain', resolve));
    },
    async close() {
      await new Promise<void>((resolve, reject) => {
        stream.end((e?: Error | null) => (e ? reject(e) : resolve()));
      });
      if (failed) throw failed;
      return { sha256: hash.digest('hex'), bytes };
    },
  };
}

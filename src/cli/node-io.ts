import { readFile, stat, writeFile } from 'node:fs/promises';
import { CookieFileError } from '../core/import/cookie-file-error';
import { MAX_COOKIE_FILE_BYTES } from '../core/import/limits';
import { formatBytes } from '../core/import/parse-cookie-file';
import type { CliIo } from './io';

/** The real file system and standard streams. */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => {
      process.stdout.write(text);
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
    readFile: (path) => (path === '-' ? readStdin() : readCapped(path)),
    writeFile: (path, text) => writeFile(path, text, 'utf8'),
  };
}

/** Checks the size before reading, so a huge file is refused without being loaded. */
async function readCapped(path: string): Promise<string> {
  const info = await stat(path);
  if (info.isFile() && info.size > MAX_COOKIE_FILE_BYTES) {
    throw new CookieFileError(`the file is larger than ${formatBytes(MAX_COOKIE_FILE_BYTES)}`);
  }
  return readFile(path, 'utf8');
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buf.length;
    if (size > MAX_COOKIE_FILE_BYTES) {
      throw new CookieFileError(`standard input is larger than ${formatBytes(MAX_COOKIE_FILE_BYTES)}`);
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Where a report goes: chunks in, written in order; `close` flushes. Errors reject (ENOSPC, EPIPE, …). */
export interface OutputSink {
  /** May buffer; returns a promise only when the caller must wait (a flush, or a full pipe draining). */
  write(chunk: string): Promise<void> | undefined;
  close(): Promise<void>;
}

/** Everything the CLI touches outside itself, passed in so tests run main() with plain fakes. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /**
   * Reads a whole cookie file as text, never more than the 50 MB cap whatever the file is (a FIFO, /dev/zero,
   * standard input); "-" means standard input. Throws CookieFileError for a file too large or not text.
   */
  readFile(path: string): Promise<string>;
  writeFile(path: string, text: string): Promise<void>;
  /**
   * Opens where a report is streamed: the file `path` (created or truncated; mode 0600 when `secret`, since it
   * holds cookie values) or standard output when `path` is undefined.
   */
  openOutput(path: string | undefined, options: { secret: boolean }): Promise<OutputSink>;
  /** ms since the epoch; defaults to Date.now. */
  now?(): number;
  /** Environment variables (CHROME_PATH); defaults to process.env. */
  env?: NodeJS.ProcessEnv;
  /** Whether stderr is a terminal (scan redraws one progress line there), and its width; null or absent: it is not. */
  stderrTerminal?(): { columns: number } | null;
}

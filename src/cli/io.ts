/** Everything the CLI touches outside itself, passed in so tests run main() with plain fakes. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a whole file as UTF-8; "-" means standard input. */
  readFile(path: string): Promise<string>;
  writeFile(path: string, text: string): Promise<void>;
  /** ms since the epoch; defaults to Date.now. */
  now?(): number;
  /** Environment variables (CHROME_PATH); defaults to process.env. */
  env?: NodeJS.ProcessEnv;
}

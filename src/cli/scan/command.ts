import { parseMergeArgs, runMerge } from '../merge';
import { UsageError } from '../parse-args';
import { NoChromeError } from './find-chrome';
import { parseScanArgs } from './options';
import { runScan, ScanInputError } from './run-scan';
import { SCAN_USAGE } from './usage';

export interface ScanCommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  stderrTerminal?(): { columns: number } | null;
}

/**
 * `cookie-auditor scan ...` and `cookie-auditor merge ...`. Exit codes as CI reads them: 0 nothing at or above
 * --fail-on, 1 findings at or above it, 2 a usage or scan error (nothing could be scanned, no browser, a bad file).
 */
export async function scanCommand(argv: readonly string[], io: ScanCommandIo): Promise<number> {
  const [command, ...rest] = argv;
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(SCAN_USAGE);
    return 0;
  }
  try {
    if (command === 'merge') return await runMerge(parseMergeArgs(rest), rest, io.stderr);
    return await runScan(parseScanArgs(rest), rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`cookie-auditor ${command}: ${e.message}\nRun "cookie-auditor ${command} --help" for usage.\n`);
    } else if (e instanceof ScanInputError || e instanceof NoChromeError) {
      io.stderr(`cookie-auditor ${command}: ${e.message}\n`);
    } else {
      io.stderr(
        `cookie-auditor ${command}: unexpected error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
      );
    }
    return 2;
  }
}

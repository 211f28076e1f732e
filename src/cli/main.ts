import { CookieFileError } from '../core/import/cookie-file-error';
import { parseCookieFile } from '../core/import/parse-cookie-file';
import { type OverrideSet, overrideSet } from '../core/overrides/overrides';
import { OverridesFileError, parseOverrides } from '../core/overrides/overrides-file';
import { ReportShapeError } from '../core/timeline/report-diff';
import type { Cookie } from '../core/types';
import { auditBySite, auditForPage } from './audit-cookies';
import { DIFF_EXIT, diffReportTexts, renderDiff } from './diff';
import { explainText } from './explain';
import type { CliIo } from './io';
import { type CliCommand, parseCliArgs, UsageError } from './parse-args';
import { render } from './render';
import { scanCommand } from './scan/command';
import { systemReason } from './system-reason';
import { USAGE } from './usage';
import { VERSION } from './version';

export const EXIT_OK = 0;
export const EXIT_UNEXPECTED = 1;
export const EXIT_USAGE = 2;

/** The whole CLI: arguments in, text out through `io`, an exit code back. Never throws. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  // scan and merge drive a browser and write a folder of reports, with CI's exit codes (1 = findings).
  if (argv[0] === 'scan' || argv[0] === 'merge') return scanCommand(argv, { ...io, env: io.env ?? process.env });
  try {
    return await run(argv, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`cookie-auditor: ${e.message}\nRun "cookie-auditor --help" for usage.\n`);
      return EXIT_USAGE;
    }
    if (e instanceof InputError) {
      io.stderr(`cookie-auditor: ${e.message}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`cookie-auditor: unexpected error: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT_UNEXPECTED;
  }
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const command = parseCliArgs(argv);
  if (command.kind === 'help') {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if (command.kind === 'version') {
    io.stdout(`${VERSION}\n`);
    return EXIT_OK;
  }

  if (command.kind === 'diff') return runDiff(command, io);
  const overrides = command.overrides === undefined ? undefined : await readOverrides(io, command.overrides);
  if (command.kind === 'explain') {
    io.stdout(
      explainText({
        name: command.name,
        domain: command.domain,
        pageUrl: command.pageUrl,
        overrides,
        now: io.now?.() ?? Date.now(),
      }),
    );
    return EXIT_OK;
  }

  const cookies = await readCookies(io, command.file);

  const now = io.now?.() ?? Date.now();
  const single = command.pageUrl !== undefined;
  const audits =
    command.pageUrl !== undefined
      ? [auditForPage(cookies, command.pageUrl, now, overrides)]
      : auditBySite(cookies, now, overrides);
  const chunks = render(audits, single, {
    format: command.format,
    includeValues: command.includeValues,
    version: VERSION,
    generatedAt: new Date(now).toISOString(),
  });
  await writeOut(io, command.out, command.includeValues, chunks);
  if (command.out === undefined) return EXIT_OK;
  const sites = audits.length === 1 ? '1 site' : `${audits.length} sites`;
  const n = cookies.length === 1 ? '1 cookie' : `${cookies.length} cookies`;
  io.stderr(
    `Wrote ${n} from ${sites} to ${command.out}${command.includeValues ? ' (includes cookie values: treat as secret)' : ''}.\n`,
  );
  return EXIT_OK;
}

/**
 * Streams the report chunk by chunk to `--out` or standard output: memory stays flat however large the report.
 * A file holding values is created with mode 0600. A failed write (a full disk, /dev/full) is an InputError.
 */
async function writeOut(io: CliIo, out: string | undefined, secret: boolean, chunks: Iterable<string>): Promise<void> {
  const target = out ?? 'standard output';
  try {
    const sink = await io.openOutput(out, { secret });
    for (const chunk of chunks) {
      const pending = sink.write(chunk);
      if (pending) await pending;
    }
    await sink.close();
  } catch (e) {
    throw new InputError(`cannot write ${target}: ${systemReason(e)}`);
  }
}

async function runDiff(command: Extract<CliCommand, { kind: 'diff' }>, io: CliIo): Promise<number> {
  const names = { old: command.oldFile, new: command.newFile };
  const [oldText, newText] = [await read(io, command.oldFile), await read(io, command.newFile)];
  let diff: ReturnType<typeof diffReportTexts>;
  try {
    diff = diffReportTexts(oldText, newText, names);
  } catch (e) {
    if (e instanceof ReportShapeError) throw new InputError(e.message);
    throw e;
  }
  const output = renderDiff(diff, command.format, names);
  if (command.out === undefined) io.stdout(output);
  else {
    try {
      await io.writeFile(command.out, output);
    } catch (e) {
      throw new InputError(`cannot write ${command.out}: ${systemReason(e)}`);
    }
  }
  return diff.hasNew ? DIFF_EXIT.somethingNew : DIFF_EXIT.same;
}

/** A problem with the files named on the command line: exit code 2, like a usage error, but without the --help hint. */
class InputError extends Error {
  override name = 'InputError';
}

/** The file's cookies; its text is not kept past parsing (it is up to 50 MB, and the report streams for minutes). */
async function readCookies(io: CliIo, file: string): Promise<Cookie[]> {
  const text = await read(io, file);
  try {
    return parseCookieFile(text).cookies;
  } catch (e) {
    if (e instanceof CookieFileError) throw new InputError(`${file}: ${e.message}`);
    throw e;
  }
}

async function readOverrides(io: CliIo, file: string): Promise<OverrideSet> {
  const text = await read(io, file);
  try {
    return overrideSet(parseOverrides(text));
  } catch (e) {
    if (e instanceof OverridesFileError) throw new InputError(`${file}: ${e.message}`);
    throw e;
  }
}

async function read(io: CliIo, file: string): Promise<string> {
  try {
    return await io.readFile(file);
  } catch (e) {
    if (e instanceof CookieFileError) throw new InputError(`${file}: ${e.message}`);
    throw new InputError(`cannot read ${file}: ${systemReason(e)}`);
  }
}

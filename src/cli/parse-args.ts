import { type ParseArgsConfig, parseArgs } from 'node:util';
import { canonicalDomain } from '../core/import/canonical-domain';
import { DIFF_FORMATS, type DiffFormat } from './diff';

export const CLI_FORMATS = ['table', 'json', 'csv', 'md', 'html'] as const;
export type CliFormat = (typeof CLI_FORMATS)[number];

export type CliCommand =
  | { kind: 'help' }
  | { kind: 'version' }
  | {
      kind: 'audit';
      file: string;
      pageUrl?: string;
      format: CliFormat;
      includeValues: boolean;
      out?: string;
      overrides?: string;
    }
  | { kind: 'diff'; oldFile: string; newFile: string; format: DiffFormat; out?: string }
  | {
      kind: 'explain';
      name: string;
      domain?: string;
      pageUrl?: string;
      overrides?: string;
    };

/** A mistake in the command line: printed with a pointer to --help, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * node:util's parseArgs for every command (audit, diff, explain, scan, merge): strict, positionals allowed, and a
 * mistake turned into a UsageError. Its messages are clear ("Unknown option '--x'") but end with advice about "--"
 * that does not apply here.
 */
export function strictArgs<const O extends NonNullable<ParseArgsConfig['options']>>(
  argv: readonly string[],
  options: O,
) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options });
  } catch (e) {
    throw new UsageError((e instanceof Error ? e.message : String(e)).replace(/\. To specify a positional.*$/s, ''));
  }
}

export function parseCliArgs(argv: readonly string[]): CliCommand {
  const { values, positionals } = parse(argv);
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };

  const [command, file, ...extra] = positionals;
  if (command === undefined) throw new UsageError('missing command: cookie-auditor audit FILE');
  if (command === 'explain') return explainCommand(values, file, extra);
  if (command === 'diff') return diffCommand(positionals.slice(1), values);
  if (command !== 'audit')
    throw new UsageError(`unknown command "${command}" (use audit, scan, merge, diff or explain)`);
  if (values.domain !== undefined) throw new UsageError('--domain belongs to "explain"');
  if (file === undefined || file === '') throw new UsageError('missing FILE: cookie-auditor audit FILE');
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}" (one FILE at a time)`);

  const format = values.format ?? 'table';
  if (!isFormat(format)) throw new UsageError(`unknown format "${format}" (use ${CLI_FORMATS.join(', ')})`);

  const command_: CliCommand = { kind: 'audit', file, format, includeValues: values['include-values'] ?? false };
  if (values['page-url'] !== undefined) command_.pageUrl = checkPageUrl(values['page-url']);
  if (values.out !== undefined) {
    if (values.out === '') throw new UsageError('--out needs a file name');
    command_.out = values.out;
  }
  if (values.overrides !== undefined) command_.overrides = overridesFile(values.overrides);
  return command_;
}

type Values = ReturnType<typeof parse>['values'];

function explainCommand(values: Values, name: string | undefined, extra: readonly string[]): CliCommand {
  if (name === undefined || name === '') throw new UsageError('missing NAME: cookie-auditor explain NAME');
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}" (one NAME at a time)`);
  for (const option of ['format', 'include-values', 'out'] as const) {
    if (values[option] !== undefined) throw new UsageError(`--${option} belongs to "audit"`);
  }
  const command: CliCommand = { kind: 'explain', name };
  if (values.domain !== undefined) {
    if (values.domain === '') throw new UsageError('--domain needs a domain, for example .linkedin.com');
    command.domain = values.domain;
  }
  if (values['page-url'] !== undefined) command.pageUrl = checkPageUrl(values['page-url']);
  if (values.overrides !== undefined) command.overrides = overridesFile(values.overrides);
  return command;
}

function overridesFile(file: string): string {
  if (file === '') throw new UsageError('--overrides needs a file name');
  return file;
}

function diffCommand(files: string[], values: ReturnType<typeof parse>['values']): CliCommand {
  const [oldFile, newFile, ...extra] = files;
  if (!oldFile || !newFile) throw new UsageError('diff needs two reports: cookie-auditor diff OLD.json NEW.json');
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}" (diff compares two reports)`);
  if (values['page-url'] !== undefined || values['include-values'] !== undefined) {
    throw new UsageError('--page-url and --include-values belong to "audit", not "diff"');
  }
  const format = values.format ?? 'table';
  if (!(DIFF_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format "${format}" for diff (use ${DIFF_FORMATS.join(', ')})`);
  }
  const command: CliCommand = { kind: 'diff', oldFile, newFile, format: format as DiffFormat };
  if (values.out !== undefined) {
    if (values.out === '') throw new UsageError('--out needs a file name');
    command.out = values.out;
  }
  return command;
}

function parse(argv: readonly string[]) {
  return strictArgs(argv, {
    'page-url': { type: 'string' },
    format: { type: 'string', short: 'f' },
    'include-values': { type: 'boolean' },
    out: { type: 'string', short: 'o' },
    domain: { type: 'string' },
    overrides: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
  });
}

function isFormat(s: string): s is CliFormat {
  return (CLI_FORMATS as readonly string[]).includes(s);
}

function checkPageUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`--page-url "${raw}" is not a URL (for example https://example.com/)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UsageError(`--page-url must be an http(s) URL, not ${url.protocol}`);
  }
  // The same length limits as a cookie's domain (RFC 1035 §2.3.4): the page's host becomes the report's site.
  const host = canonicalDomain(url.hostname);
  if ('refused' in host && host.tooLong) throw new UsageError(`--page-url: the host ${host.refused}`);
  return url.href;
}

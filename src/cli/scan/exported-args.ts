import { exportUrl } from '../../core/report/export-url';

/** `https://…`, alone or as the value of `--flag=…`. */
const URL_ARG = /^(--[a-z][a-z0-9-]*=)?(https?:\/\/.*)$/is;

/**
 * The command line as report.json records it: a URL given on it (a site, `--sitemap`) loses its query and fragment
 * unless values are included, as every URL the scan exports does (a staging link's token, a preview's signed query).
 */
export function exportedArgs(argv: readonly string[], includeValues: boolean): string[] {
  return argv.map((arg) => {
    const m = URL_ARG.exec(arg);
    return m ? `${m[1] ?? ''}${exportUrl(m[2] as string, includeValues)}` : arg;
  });
}

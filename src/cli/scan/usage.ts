export const SCAN_USAGE = `Usage: cookie-auditor scan URL... [options]
       cookie-auditor merge DIR... [--out DIR] [--format LIST] [--fail-on LEVEL] [--quiet]

Loads each site in headless Chromium three ways, each in a fresh profile:
  none    load and wait, banner untouched (what a visitor gets before answering)
  reject  "reject all" on the consent banner (operated by @duckduckgo/autoconsent),
          then reload and visit up to --pages same-site links
  accept  the same with "accept all"
and audits every cookie with the extension's engine: category, vendor, who set it
(response URL or script URL) and when, first/third party, partitioned, blocked
attempts with Chrome's reason, findings. Analytics or marketing cookies set before
consent (medium) or despite "reject all" (high) are consent violations; functional or
preference cookies despite "reject all" too, at low; an unclassified cookie after
"reject all" is an info hint to check it (never a violation, never fails a run).

Sites:
  URL...                  one or more http(s) URLs
  --urls FILE             also scan the URLs in FILE (one a line, # comments)
  --sitemap URL           also scan every <loc> of a sitemap (fetched by Chromium)
  --shard I/N             scan only the I-th of N slices of the list (CI matrices)

Browser:
  --phases LIST           none,reject,accept (default: all three)
  --pages N               same-site links to visit after answering (default 2)
  --wait MS               wait after each page load (default 1500)
  --concurrency N, -j N   sites in parallel, each in its own browser (default 2)
  --chrome PATH           Chromium to drive (else CHROME_PATH, else /usr/bin/chromium)
  --chrome-arg ARG        pass a flag to Chromium as is; repeatable, e.g.
                          --chrome-arg=--host-resolver-rules="MAP staging.example.com 10.0.0.5"
                          --chrome-arg=--ignore-certificate-errors
  --allow-third-party-cookies
                          allow them (Chrome blocks them by default; the report says which)
  --headed                show the browser windows

Reports (written to --out):
  --out DIR, -o DIR       default ./cookie-scan/
  --format LIST           json,html,md,csv,sarif,junit (default: all)
                          report.json  versioned schema (schema/scan-report-v1.schema.json),
                                       SHA-256 of every other file written
                          report.html  printable, script-free; report.md  for a PR comment
                          cookies.csv  one row per cookie and phase
                          report.sarif SARIF 2.1.0, one result per finding
                          junit.xml    one test case per site and rule
  --include-values        copy cookie values into the reports (files made mode 0600)
  --quiet, -q             no progress or summary on stderr (on a terminal, progress is
                          one status line redrawn in place; elsewhere a line per site and phase)

Judgement:
  --fail-on LEVEL         high (default) | medium | violation (consent violations only) |
                          new (only what --baseline did not have)
  --baseline FILE         an earlier report.json: cookies new, gone or changed per phase
  --overrides FILE        apply your category corrections (an overrides file exported
                          from the extension, as for audit) in every phase; report.json
                          records the file and how many it holds
  --allow FILE            accepted findings, each with a reason (the file must exist):
                          {"allow":[{"cookie":"_ga","domain":"example.com",
                                     "rule":"scan/set-before-consent","reason":"..."}]}

merge joins the report.json of each shard DIR into one set of reports in --out.

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it,
2 usage or scan error (no browser, a bad file, or no site could be loaded; a site
that cannot be loaded is reported and the others are still scanned).
`;

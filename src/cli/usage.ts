export const USAGE = `Usage: cookie-auditor audit FILE [options]
       cookie-auditor scan URL... [options]    (cookie-auditor scan --help)
       cookie-auditor merge DIR... [options]
       cookie-auditor diff OLD.json NEW.json [--format table|json|md|html] [--out FILE]
       cookie-auditor explain NAME [--domain D] [--page-url URL] [--overrides FILE]

Reads a cookie file and tells, for each cookie, its category, vendor, purpose,
how sure that is and why, and what is risky about it.

FILE is a JSON array of cookies shaped like chrome.cookies.Cookie (Cookie-Editor's
JSON export, or {"cookies": [...]}) or a Netscape cookies.txt; "-" reads standard input.

Options:
  --page-url URL        audit every cookie as met on this page (first/third party
                        relative to it); without it, cookies are grouped by site
                        and each site is audited as https://<site>/
  --format FORMAT       table (default), json, csv, md or html
  --include-values      copy cookie values into the output (treat it as secret)
  -o, --out FILE        write the output to FILE instead of standard output
  --overrides FILE      apply your category corrections (an overrides file
                        exported from the extension's popup or written by hand)

explain prints every piece of evidence the classifier saw for one cookie name
and what decided its category (the popup's "why this category"):
  --domain D            the cookie's domain (default: the page's host)
  --page-url URL        the page it was met on (first/third party, embeds)
  -h, --help            show this help
  -v, --version         show the version

diff compares two JSON reports (from the extension or "audit --format json"), site
by site: new and gone cookies, changed attributes and categories, new findings.

Exit codes: 0 ok, 2 usage error or malformed cookie file, 1 unexpected error.
diff: 0 nothing new, 1 a new site, cookie or finding appeared, 2 usage error or
unreadable report.
`;

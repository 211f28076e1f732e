import type { CookieReportV1 } from '../../core/report/json';
import type { BaselineChange, Phase, SiteResult } from './types';

/** What a baseline keeps of an earlier scan: per site URL and phase, its cookies and finding keys. */
export interface Baseline {
  sites: Map<string, { phases: Map<Phase, Map<string, CookieReportV1>>; findings: Set<string> }>;
}

export class BaselineError extends Error {
  override name = 'BaselineError';
}

/** Sites are matched by their URL without the port: a fixture or staging server may listen elsewhere next time. */
export function siteKey(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.hostname}${u.pathname}${u.search}`;
  } catch {
    return url;
  }
}

export function findingKey(phase: string, f: { ruleId: string; cookieId: string | null }): string {
  return `${phase}|${f.ruleId}|${f.cookieId ?? ''}`;
}

/** Reads an earlier report.json (schema scan-report v1). */
export function parseBaseline(text: string): Baseline {
  let data: { kind?: unknown; sites?: unknown };
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new BaselineError(`not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (data?.kind !== 'scan' || !Array.isArray(data.sites)) {
    throw new BaselineError('not a cookie-auditor scan report.json (kind "scan" with a sites array)');
  }
  const sites: Baseline['sites'] = new Map();
  for (const s of data.sites as SiteResult[]) {
    const phases = new Map<Phase, Map<string, CookieReportV1>>();
    const findings = new Set<string>();
    for (const p of s.phases ?? []) {
      if (p.status !== 'ok' || !p.audit) continue;
      phases.set(p.phase, new Map(p.audit.cookies.map((c) => [c.id, c])));
      for (const f of p.findings ?? []) findings.add(findingKey(p.phase, f));
    }
    for (const f of s.findings ?? []) findings.add(findingKey(f.phase, f));
    sites.set(siteKey(s.url), { phases, findings });
  }
  return { sites };
}

function lifespanClass(c: CookieReportV1): string {
  if (c.session) return 'session';
  const days = Math.round((c.remainingSeconds ?? 0) / 86_400);
  // Rounded to whole days: the same cookie scanned a minute later has a minute less to live.
  return `${days} days`;
}

function differences(before: CookieReportV1, after: CookieReportV1): string[] {
  const out: string[] = [];
  const cmp = (what: string, a: unknown, b: unknown) => {
    if (a !== b) out.push(`${what} ${String(a)} -> ${String(b)}`);
  };
  cmp('category', before.classification.category, after.classification.category);
  const la = lifespanClass(before);
  const lb = lifespanClass(after);
  // Within a day either way is the same cookie renewed, not a change of policy.
  const days = (s: string) => (s === 'session' ? -1 : Number.parseInt(s, 10));
  if (la !== lb && Math.abs(days(la) - days(lb)) > 1) out.push(`lifespan ${la} -> ${lb}`);
  cmp('secure', before.secure, after.secure);
  cmp('httpOnly', before.httpOnly, after.httpOnly);
  cmp('sameSite', before.sameSite, after.sameSite);
  cmp('party', before.party, after.party);
  return out;
}

/** New / gone / changed cookies per phase against the baseline, and marks findings the baseline did not have. */
export function compareWithBaseline(site: SiteResult, baseline: Baseline): BaselineChange[] {
  const before = baseline.sites.get(siteKey(site.url));
  const changes: BaselineChange[] = [];
  const mark = (phase: string, f: SiteResult['findings'][number]) => {
    f.isNew = !before?.findings.has(findingKey(phase, f));
  };
  for (const f of site.findings) mark(f.phase, f);
  for (const p of site.phases) {
    for (const f of p.findings) mark(p.phase, f);
    if (p.status !== 'ok' || !p.audit) continue;
    const old = before?.phases.get(p.phase) ?? new Map<string, CookieReportV1>();
    const now = new Map(p.audit.cookies.map((c) => [c.id, c]));
    for (const [id, c] of now) {
      const was = old.get(id);
      if (!was)
        changes.push({ phase: p.phase, change: 'new', cookieId: id, name: c.name, domain: c.domain, details: [] });
      else {
        const details = differences(was, c);
        if (details.length > 0)
          changes.push({ phase: p.phase, change: 'changed', cookieId: id, name: c.name, domain: c.domain, details });
      }
    }
    for (const [id, c] of old) {
      if (!now.has(id))
        changes.push({ phase: p.phase, change: 'gone', cookieId: id, name: c.name, domain: c.domain, details: [] });
    }
  }
  const order = { new: 0, changed: 1, gone: 2 } as const;
  return changes.sort(
    (a, b) =>
      a.phase.localeCompare(b.phase) || order[a.change] - order[b.change] || a.cookieId.localeCompare(b.cookieId),
  );
}

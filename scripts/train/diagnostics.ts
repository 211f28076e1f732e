import { CLASSES, type Label } from './load-crawl';
import type { Scored } from './metrics';

/** Rows: declared class; columns: predicted class, both in CLASSES order. */
export function confusion(xs: readonly Scored[]): number[][] {
  const m = CLASSES.map(() => CLASSES.map(() => 0));
  for (const x of xs) {
    const r = CLASSES.indexOf(x.label);
    const c = CLASSES.indexOf(x.predicted as Label);
    if (r < 0 || c < 0) continue;
    (m[r] as number[])[c] = ((m[r] as number[])[c] as number) + 1;
  }
  return m;
}

export function formatConfusion(m: readonly (readonly number[])[]): string[] {
  const head = `  declared ↓ / said →  ${CLASSES.map((c) => c.slice(0, 10).padStart(10)).join(' ')}`;
  return [
    head,
    ...CLASSES.map((c, i) => `  ${c.padEnd(20)} ${(m[i] as number[]).map((v) => String(v).padStart(10)).join(' ')}`),
  ];
}

export interface Declared {
  name: string;
  site: string;
  label: Label;
}

export interface NameCeiling {
  /** Agreement of "each name's most common declaration", judged on the same rows: what one verdict per name can reach. */
  inSample: number;
  /** Rows whose name other sites also declared. */
  seenElsewhere: number;
  /** How often the other sites' most common declaration for the name agrees with this site's (ties: the first met). */
  othersAgree: number;
  namesOnSeveralSites: number;
  namesDeclaredDifferently: number;
}

/**
 * How far the sites' own declarations agree with each other for the same cookie name: the ceiling of any classifier
 * that gives a name one verdict, and a measure of the labels' noise (training/README.md: about one time in fifteen).
 */
export function nameCeiling(rows: readonly Declared[]): NameCeiling {
  const byName = new Map<string, Declared[]>();
  for (const r of rows) {
    const list = byName.get(r.name);
    if (list) list.push(r);
    else byName.set(r.name, [r]);
  }
  let inSample = 0;
  let seenElsewhere = 0;
  let othersAgree = 0;
  let several = 0;
  let differently = 0;
  for (const list of byName.values()) {
    const m = majority(list);
    inSample += list.filter((r) => r.label === m).length;
    if (new Set(list.map((r) => r.site)).size > 1) {
      several++;
      if (new Set(list.map((r) => r.label)).size > 1) differently++;
    }
    for (const r of list) {
      const others = list.filter((o) => o.site !== r.site);
      if (others.length === 0) continue;
      seenElsewhere++;
      if (majority(others) === r.label) othersAgree++;
    }
  }
  return {
    inSample: inSample / Math.max(1, rows.length),
    seenElsewhere,
    othersAgree: othersAgree / Math.max(1, seenElsewhere),
    namesOnSeveralSites: several,
    namesDeclaredDifferently: differently,
  };
}

/** The most common label, ties to the one met first. */
export function majority(rows: readonly Declared[]): Label | undefined {
  const counts = new Map<Label, number>();
  let best: Label | undefined;
  for (const r of rows) {
    const n = (counts.get(r.label) ?? 0) + 1;
    counts.set(r.label, n);
    if (best === undefined || n > (counts.get(best) as number)) best = r.label;
  }
  return best;
}

/**
 * What the other sites declared for a wrongly classified cookie's name: "others agree with us" (this site is the odd
 * one out: label noise), "others agree with the site" (a catalogue entry to look at, with independent evidence),
 * "others split", or "no other site".
 */
export function otherSitesSay(r: Declared, predicted: string, rows: readonly Declared[]): string {
  const others = rows.filter((o) => o.name === r.name && o.site !== r.site);
  if (others.length === 0) return 'no other site';
  const m = majority(others);
  if (m === predicted) return 'others agree with us';
  if (m === r.label) return 'others agree with the site';
  return 'others say something else';
}

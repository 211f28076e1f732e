import { describe, expect, it } from 'vitest';
import { parseSetCookie } from '../../src/core/set-cookie-parse';
import { storedBytes } from '../../src/core/stored-bytes';
import {
  blockedAttempts,
  contactedSites,
  fitTabRecord,
  newTabRecord,
  noteCookieChange,
  noteGpc,
  noteSent,
  noteSetCookie,
  observationsFor,
  sentCookies,
  TAB_BUDGET,
  TAB_LIMITS,
} from '../../src/core/tab-record';
import { cookie } from './cookie-factory';

const NOW = Date.UTC(2026, 10, 23);

function recordWithTraffic() {
  const rec = newTabRecord('https://www.site-a.test/', NOW);
  noteSetCookie(rec, 'https://tracker-b.test/pixel.gif', parseSetCookie('tb_uid=1; Secure; SameSite=None', NOW)!, NOW);
  noteSetCookie(
    rec,
    'https://widget-c.test/embed',
    parseSetCookie('wc=1; Secure; SameSite=None; Partitioned', NOW)!,
    NOW,
  );
  noteSent(rec, 'cdn.tracker-b.test', ['tb_sent'], NOW);
  return rec;
}

describe('tab records', () => {
  it("keep the browser's GPC as the document request showed it; a later request with it still counts", () => {
    const rec = newTabRecord('https://www.site-a.test/', NOW);
    expect(rec.gpc).toBeUndefined();
    noteGpc(rec, false, false);
    expect(rec.gpc).toBeUndefined();
    noteGpc(rec, false, true);
    expect(rec.gpc).toBe(false);
    noteGpc(rec, true, false);
    expect(rec.gpc).toBe(true);
    noteGpc(rec, false, false);
    expect(rec.gpc).toBe(true);
    noteGpc(rec, false, true);
    expect(rec.gpc).toBe(false);
  });

  it('start with the page host and its registrable domain', () => {
    const rec = newTabRecord('https://www.site-a.test/path?q=1#f', NOW);
    expect(rec.site).toBe('site-a.test');
    expect(rec.url).toBe('https://www.site-a.test/path');
    expect(rec.hosts).toEqual(['www.site-a.test']);
  });

  it('attribute cookies by how they travelled', () => {
    const rec = recordWithTraffic();
    expect(observationsFor(rec, cookie({ name: 'tb_uid', domain: 'tracker-b.test' }))).toEqual(['response']);
    expect(observationsFor(rec, cookie({ name: 'tb_sent', domain: '.tracker-b.test', hostOnly: false }))).toEqual([
      'request',
    ]);
    expect(observationsFor(rec, cookie({ name: 'own', domain: 'www.site-a.test' }))).toEqual(['jar']);
    // A third-party cookie this tab never touched has no observation: it is not the tab's.
    expect(observationsFor(rec, cookie({ name: 'other', domain: 'elsewhere.test' }))).toEqual([]);
    expect(
      observationsFor(
        rec,
        cookie({ name: 'wc', domain: 'widget-c.test', partitionKey: { topLevelSite: 'https://site-a.test' } }),
      ),
    ).toEqual(['partitioned', 'response']);
  });

  it('joins cookie changes to the tabs whose traffic matches the domain', () => {
    const rec = recordWithTraffic();
    expect(noteCookieChange(rec, cookie({ name: '_fbp', domain: 'www.site-a.test' }))).toBe(true);
    expect(noteCookieChange(rec, cookie({ name: 'x', domain: 'unrelated.test' }))).toBe(false);
    expect(observationsFor(rec, cookie({ name: '_fbp', domain: 'www.site-a.test' }))).toEqual(['script']);
  });

  it('lists Set-Cookie attempts that never reached the jar as blocked, with a reason, but not deletions', () => {
    const rec = recordWithTraffic();
    noteSetCookie(rec, 'https://tracker-b.test/x', parseSetCookie('gone=; Max-Age=0', NOW)!, NOW);
    noteSetCookie(
      rec,
      'https://www.site-a.test/',
      parseSetCookie('__Host-bad=1; Secure; Path=/; Domain=site-a.test', NOW)!,
      NOW,
    );
    const jar = [
      cookie({ name: 'wc', domain: 'widget-c.test', partitionKey: { topLevelSite: 'https://site-a.test' } }),
    ];
    const blocked = blockedAttempts(rec, jar);
    expect(blocked.map((b) => [b.name, b.party])).toEqual([
      ['tb_uid', 'third'],
      ['__Host-bad', 'first'],
    ]);
    expect(blocked[0]?.reason).toMatch(/third-party cookie blocked/);
    expect(blocked[1]?.reason).toMatch(/__Host- prefix/);
  });

  it('does not call an attempt blocked when its cookie was stored and deleted since', () => {
    const rec = newTabRecord('https://www.site-a.test/', NOW);
    noteSetCookie(rec, 'https://www.site-a.test/login', parseSetCookie('tmp=1; Secure', NOW)!, NOW);
    noteSetCookie(rec, 'https://www.site-a.test/', parseSetCookie('wide=1; Domain=site-a.test; Secure', NOW)!, NOW);
    // cookies.onChanged reported both stored (the first with its default path /login's directory).
    noteCookieChange(rec, cookie({ name: 'tmp', domain: 'www.site-a.test', path: '/' }));
    noteCookieChange(rec, cookie({ name: 'wide', domain: '.site-a.test', hostOnly: false }));
    // The page script deleted them again: the jar is empty, yet nothing was refused.
    expect(blockedAttempts(rec, [])).toEqual([]);
  });

  it('knows which sites to look up in the jar', () => {
    expect(contactedSites(recordWithTraffic()).sort()).toEqual(['site-a.test', 'tracker-b.test', 'widget-c.test']);
  });

  it('stays bounded on a page that talks to thousands of hosts', () => {
    const rec = newTabRecord('https://a.test/', NOW);
    for (let i = 0; i < 5000; i++) noteSent(rec, `h${i}.test`, [`c${i}`], NOW + i);
    expect(rec.hosts.length).toBeLessThanOrEqual(TAB_LIMITS.hosts);
    expect(rec.sent.length).toBeLessThanOrEqual(TAB_LIMITS.sent);
    // The times stay index for index with the pairs they time.
    expect(rec.sentAt?.length).toBe(rec.sent.length);
    expect(sentCookies(rec).at(-1)).toEqual({ host: 'h4999.test', name: 'c4999', at: NOW + 4999 });
  });

  it('keeps when each cookie last travelled, and times older entries at the page start', () => {
    const rec = newTabRecord('https://www.site-a.test/', NOW);
    rec.sent.push('old.test|legacy');
    noteSent(rec, 'ads.test', ['uid'], NOW + 1000);
    noteSent(rec, 'ads.test', ['uid', 'other'], NOW + 9000);
    expect(sentCookies(rec)).toEqual([
      { host: 'old.test', name: 'legacy', at: NOW },
      { host: 'ads.test', name: 'uid', at: NOW + 9000 },
      { host: 'ads.test', name: 'other', at: NOW + 9000 },
    ]);
    const fitted = fitTabRecord(rec, 10);
    expect(fitted.sent.length).toBe(fitted.sentAt?.length);
  });

  it('stays within its byte budget when a site sends 1,000 distinct 8 KB Set-Cookie lines, and says so', () => {
    const rec = newTabRecord('https://hostile.test/', NOW);
    for (let i = 0; i < 1000; i++) {
      const line = `c${i}${'n'.repeat(4000)}=v; Path=/${'p'.repeat(2000)}; Comment=${'x'.repeat(2000)}`;
      noteSetCookie(rec, `https://hostile.test/${'q'.repeat(3000)}?token=secret`, parseSetCookie(line, NOW)!, NOW);
    }
    fitTabRecord(rec, TAB_BUDGET, 'tab:v2:1');
    expect(storedBytes('tab:v2:1', rec)).toBeLessThanOrEqual(TAB_BUDGET);
    expect(rec.dropped).toBeGreaterThan(0);
    expect(rec.setAttempts.length + rec.dropped).toBe(1000);
    expect(JSON.stringify(rec)).not.toContain('secret');
  });
});

import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { fakeIo } from './fake-io';

const NOW = Date.UTC(2025, 2, 1, 12);
const base = {
  hostOnly: false,
  path: '/',
  secure: true,
  httpOnly: false,
  sameSite: 'lax',
  session: false,
  storeId: '0',
  expirationDate: NOW / 1000 + 86_400 * 300,
};
// A Cookie-Editor export of a OneTrust site after "Reject all", still holding _ga and _fbp.
const jar = JSON.stringify([
  {
    ...base,
    name: 'OptanonConsent',
    domain: '.shop.example',
    value: `isGpcEnabled=0&datestamp=x&interactionCount=1&groups=${encodeURIComponent('C0001:1,C0002:0,C0003:0,C0004:0')}`,
  },
  { ...base, name: 'OptanonAlertBoxClosed', domain: '.shop.example', value: new Date(NOW - 3_600_000).toISOString() },
  { ...base, name: '_ga', domain: '.shop.example', value: 'GA1.1.123.456' },
  { ...base, name: '_fbp', domain: '.shop.example', value: 'fb.1.1700000000000.42' },
]);

describe('cookie-auditor audit applies the consent rules to a cookie file', () => {
  it('flags cookies set despite the refusal and says "set before consent" needs history', async () => {
    const { io, out } = fakeIo({ 'jar.json': jar }, NOW);
    expect(await main(['audit', 'jar.json', '--page-url', 'https://www.shop.example/'], io)).toBe(0);
    expect(out.stdout).toContain(
      'Choice: analytics: refused, marketing: refused, preferences: refused, functional: refused; recorded 1 hour before this report by OneTrust',
    );
    expect(out.stdout).toMatch(/high {4}_fbp \(\.shop\.example, marketing\): consent-set-despite-refusal/);
    expect(out.stdout).toMatch(/medium {2}_ga \(\.shop\.example, analytics\): consent-set-despite-refusal/);
    expect(out.stdout).toContain('“Set before consent” was not checked');
  });

  it('JSON output carries the consent object', async () => {
    const { io, out } = fakeIo({ 'jar.json': jar }, NOW);
    await main(['audit', 'jar.json', '--page-url', 'https://www.shop.example/', '--format', 'json'], io);
    const report = JSON.parse(out.stdout);
    expect(report.consent.violations.map((v: { name: string }) => v.name).sort()).toEqual(['_fbp', '_ga']);
  });
});

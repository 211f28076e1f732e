import { type ComponentChildren, isValidElement, type VNode } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { auditSite } from '../../../src/core/audit';
import { cookieKey } from '../../../src/core/cookie-key';
import { oneTrustJar, shopGa } from '../../core/consent/onetrust-jar';
import { tcString } from '../../core/consent/strings';
import { cookie } from '../../core/cookie-factory';
import { text } from './render-tree';

vi.mock('../../../src/browser/i18n', async () => import('./english-messages'));

const { ConsentStrip } = await import('../../../src/popup/components/consent-strip');

const NOW = Date.UTC(2025, 11, 1, 12);
const CHOICE = NOW - 120_000;

/** The strip's paragraphs as a person reads them, each with its test id (function components called). */
function paragraphs(node: ComponentChildren): { id: string; text: string }[] {
  if (Array.isArray(node)) return node.flatMap(paragraphs);
  if (!isValidElement(node)) return [];
  const v = node as VNode<Record<string, unknown>>;
  if (typeof v.type === 'function') return paragraphs((v.type as (p: unknown) => ComponentChildren)(v.props));
  if (v.type === 'p') return [{ id: String(v.props['data-testid'] ?? ''), text: text(v).replace(/\s+/g, ' ').trim() }];
  return paragraphs(v.props.children as ComponentChildren);
}

const onetrustReject = oneTrustJar('C0001:1,C0002:0,C0003:0,C0004:0', CHOICE);
const ga = shopGa(NOW);
const fbp = cookie({ name: '_fbp', domain: '.shop.example', hostOnly: false, value: 'fb.1.1.1' });

describe('ConsentStrip (popup)', () => {
  it('names every platform found: the one whose answer is in force, then the others', () => {
    const tc = cookie({
      name: 'euconsent-v2',
      domain: '.shop.example',
      value: tcString({ purposes: [1, 2, 3, 4, 7], cmpId: 10, at: Date.UTC(2025, 10, 1) }),
    });
    const audit = auditSite([...onetrustReject, tc, ga, fbp], {
      pageUrl: 'https://www.shop.example/',
      now: NOW,
      consent: { scriptUrls: ['https://cdn.cookielaw.org/scripttemplates/otSDKStub.js'] },
    });
    const ps = paragraphs(<ConsentStrip consent={audit.consent} now={NOW} />);
    expect(ps.find((p) => p.id === 'consent-choice')?.text).toContain('recorded 2 minutes ago by OneTrust');
    expect(ps.find((p) => p.id === 'consent-platforms')?.text).toBe(
      'Consent platforms found: OneTrust, IAB TCF via Quantcast Choice (CMP 10)',
    );
    expect(ps.find((p) => p.id === 'consent-violations')?.text).toMatch(/^2 findings against this choice\./);
  });

  it('adds no platform line when the one platform found is already named', () => {
    const audit = auditSite([...onetrustReject, fbp], { pageUrl: 'https://www.shop.example/', now: NOW });
    const ps = paragraphs(<ConsentStrip consent={audit.consent} now={NOW} />);
    expect(ps.some((p) => p.id === 'consent-platforms')).toBe(false);
    expect(ps.find((p) => p.id === 'consent-violations')?.text).toMatch(/^1 finding against this choice\./);
  });

  it('without a consent record says the cookies were set before any consent, not "against this choice"', () => {
    const times = new Map([[cookieKey(ga), { firstSeen: NOW - 5_000, lastWritten: NOW - 5_000 }]]);
    const audit = auditSite([ga], {
      pageUrl: 'https://www.shop.example/',
      now: NOW,
      consent: { cookieTimes: times, scriptUrls: ['https://cdn.cookielaw.org/scripttemplates/otSDKStub.js'] },
    });
    expect(audit.consent?.violations.map((v) => v.ruleId)).toEqual(['consent-set-before-consent']);
    const ps = paragraphs(<ConsentStrip consent={audit.consent} now={NOW} />);
    const all = ps.map((p) => p.text).join('\n');
    expect(all).not.toContain('against this choice');
    expect(ps.find((p) => p.id === 'consent-none')?.text).toContain(
      'no consent record found, although the OneTrust banner script was loaded',
    );
    expect(ps.find((p) => p.id === 'consent-violations')?.text).toMatch(
      /^1 finding: a cookie that needs consent was set before any consent was given\./,
    );
    expect(ps.some((p) => p.id === 'consent-platforms')).toBe(false);
  });
});

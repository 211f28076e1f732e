import { describe, expect, it } from 'vitest';
import { consentRefusedButSent } from '../../../src/core/rules/consent-refused-but-sent';
import { consentContext, oneTrustRecord, REFUSED_AT } from './consent-factory';
import { audited, CLASSES } from './factory';

const fr = audited({
  cookie: { name: 'fr', domain: '.facebook.com', hostOnly: false },
  classification: CLASSES.marketing,
  party: 'third',
});

describe('consent-refused-but-sent', () => {
  it('flags a third-party marketing cookie sent after the refusal', () => {
    const ctx = consentContext(oneTrustRecord('reject'), {
      sent: [{ name: 'fr', host: 'www.facebook.com', at: REFUSED_AT + 1000 }],
    });
    const f = consentRefusedButSent.test(fr, ctx);
    expect(f?.severity).toBe('high');
    expect(f?.message).toContain('requests to www.facebook.com carried "fr"');
  });

  it('does not flag sends before the refusal, other hosts, first-party cookies, or accepted categories', () => {
    const before = consentContext(oneTrustRecord('reject'), {
      sent: [{ name: 'fr', host: 'www.facebook.com', at: REFUSED_AT - 1000 }],
    });
    expect(consentRefusedButSent.test(fr, before)).toBeNull();
    const elsewhere = consentContext(oneTrustRecord('reject'), {
      sent: [{ name: 'fr', host: 'evil.example', at: REFUSED_AT + 1000 }],
    });
    expect(consentRefusedButSent.test(fr, elsewhere)).toBeNull();
    const sent = { sent: [{ name: 'fr', host: 'www.facebook.com', at: REFUSED_AT + 1000 }] };
    expect(
      consentRefusedButSent.test({ ...fr, party: 'first' }, consentContext(oneTrustRecord('reject'), sent)),
    ).toBeNull();
    expect(consentRefusedButSent.test(fr, consentContext(oneTrustRecord('accept'), sent))).toBeNull();
  });
});

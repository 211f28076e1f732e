import type { ConsentInputs } from '../../../src/core/consent/inputs';
import { summariseConsent } from '../../../src/core/consent/summary';
import type { RuleContext } from '../../../src/core/rules/rule';
import type { Cookie } from '../../../src/core/types';
import { makeCookie, NOW, ruleContext } from './factory';

/** OneTrust's record of "Reject all" (or `accept`), answered `minutesAgo` before NOW. */
export function oneTrustRecord(groups: 'reject' | 'accept', minutesAgo = 10): Cookie[] {
  const on = groups === 'accept' ? 1 : 0;
  return [
    makeCookie({
      name: 'OptanonConsent',
      domain: '.example.com',
      hostOnly: false,
      value: `isGpcEnabled=0&datestamp=x&interactionCount=1&groups=${encodeURIComponent(`C0001:1,C0002:${on},C0003:${on},C0004:${on},C0005:${on}`)}`,
    }),
    makeCookie({
      name: 'OptanonAlertBoxClosed',
      domain: '.example.com',
      hostOnly: false,
      value: new Date(NOW - minutesAgo * 60_000).toISOString(),
    }),
  ];
}

export const REFUSED_AT = NOW - 10 * 60_000;

/** A rule context whose consent state is read from `jar`, with the given inputs. */
export function consentContext(jar: readonly Cookie[], inputs: ConsentInputs = {}): RuleContext {
  return ruleContext({ consent: { summary: summariseConsent(jar, inputs), inputs } });
}

import type { Cookie } from '../../../src/core/types';
import { cookie } from '../cookie-factory';

/** OneTrust's two record cookies on `.shop.example`: the choice (`groups`, e.g. 'C0001:1,C0002:0') and when it was made. */
export function oneTrustJar(groups: string, choiceAt: number): Cookie[] {
  return [
    cookie({
      name: 'OptanonConsent',
      domain: '.shop.example',
      hostOnly: false,
      value: `isGpcEnabled=0&interactionCount=1&groups=${encodeURIComponent(groups)}`,
    }),
    cookie({
      name: 'OptanonAlertBoxClosed',
      domain: '.shop.example',
      hostOnly: false,
      value: new Date(choiceAt).toISOString(),
    }),
  ];
}

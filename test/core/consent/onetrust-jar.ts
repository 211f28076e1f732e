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

/** The analytics cookie the consent tests set beside that jar: `_ga` on `.shop.example`, ≈ 104 days left at `now`. */
export function shopGa(now: number): Cookie {
  return cookie({
    name: '_ga',
    domain: '.shop.example',
    hostOnly: false,
    value: 'GA1.2.1.1',
    session: false,
    expirationDate: now / 1000 + 9e6,
  });
}

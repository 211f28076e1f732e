import { describe, expect, it } from 'vitest';
import { describeFeature } from '../../../../src/core/catalogue/learned/describe';
import { cookieFeatures } from '../../../../src/core/catalogue/learned/features';

const vendor = (id: string) => (id === 'adyoulike' ? 'AdYouLike' : undefined);

describe('model features in words', () => {
  it.each([
    ['tb:session_id', "name words 'session id'"],
    ['nt:1', 'a one-word name'],
    ['nt:4', 'a name of 4 or more words'],
    ['nl:3', 'a very short name'],
    ['vl:le40', 'an id-sized value'],
    ['life:le1y:3', 'lives up to a year, from a third party'],
    ['life:session', 'ends with the browsing session'],
    ['shape:uuid:1', 'value looks like uuid, from the site itself'],
    ['vc:marketing', 'domain of a known marketing service'],
    ['vc:marketing:3', 'domain of a known marketing service, from a third party'],
    ['v:adyoulike', 'domain belongs to AdYouLike'],
  ])('%s → %s', (feature, words) => {
    expect(describeFeature(feature, vendor)).toBe(words);
  });

  it('has words for every kind of feature a cookie produces', () => {
    const features = cookieFeatures({
      name: 'ayl_visitor2',
      thirdParty: true,
      thirdPartySite: 'omnitagjs.com',
      lifespan: 86_400 * 60,
      httpOnly: false,
      secure: true,
      hostOnly: false,
      sameSite: 'no_restriction',
      shape: 'hex-id',
      valueLength: 32,
      vendor: 'adyoulike',
      vendorCategory: 'marketing',
      hint: { category: 'identifier', word: 'visitor' },
    });
    for (const f of features) {
      if (f === 'bias') continue;
      // A feature without words would be printed raw ("tb:ayl_visitor") in "why this category".
      expect(describeFeature(f, vendor), f).not.toBe(f);
    }
  });
});

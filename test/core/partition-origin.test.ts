import { describe, expect, it } from 'vitest';
import { withPartitionOrigin } from '../../src/core/partition-origin';
import { parseSetCookie } from '../../src/core/set-cookie-parse';
import { indexTraffic, newTabRecord } from '../../src/core/tab-record';
import type { Cookie } from '../../src/core/types';

const NOW = Date.UTC(2026, 11, 1);

function cookie(overrides: Partial<Cookie>): Cookie {
  return {
    name: 'tb_uid',
    value: 'v',
    domain: 'tracker-b.test',
    hostOnly: true,
    path: '/',
    secure: true,
    httpOnly: false,
    sameSite: 'no_restriction',
    session: true,
    storeId: 'firefox-default',
    partitionKey: { topLevelSite: 'https://site-a.test' },
    ...overrides,
  };
}

/** A tab on site-a.test whose responses from tracker-b.test carried these Set-Cookie lines. */
function trafficWith(...lines: string[]) {
  const rec = newTabRecord('https://www.site-a.test/', NOW);
  for (const line of lines) {
    const a = parseSetCookie(line, NOW);
    if (a) rec.setAttempts.push({ ...a, host: 'tracker-b.test', url: 'https://tracker-b.test/pixel.gif', at: NOW });
  }
  return indexTraffic(rec);
}

describe('withPartitionOrigin', () => {
  it('calls a Firefox cookie the server never marked Partitioned partitioned by the browser', () => {
    const traffic = trafficWith('tb_uid=1; Path=/; Secure; SameSite=None');
    expect(withPartitionOrigin(['partitioned', 'response'], cookie({}), traffic)).toEqual([
      'partitioned-by-browser',
      'response',
    ]);
    // Nothing seen at all (set on an earlier page): Firefox partitioned it, whatever the server said.
    expect(withPartitionOrigin(['partitioned'], cookie({ storeId: 'firefox-container-2' }), trafficWith())).toEqual([
      'partitioned-by-browser',
    ]);
  });

  it('keeps CHIPS for a Firefox cookie whose Set-Cookie line this tab saw with Partitioned', () => {
    const traffic = trafficWith('tb_uid=1; Path=/; Secure; SameSite=None; Partitioned');
    expect(withPartitionOrigin(['partitioned', 'response'], cookie({}), traffic)).toEqual(['partitioned', 'response']);
    // The Partitioned line of a different cookie (another host) does not count.
    const elsewhere = trafficWith('tb_uid=1; Path=/; Domain=other.test; Secure; SameSite=None; Partitioned');
    expect(withPartitionOrigin(['partitioned'], cookie({}), elsewhere)).toEqual(['partitioned-by-browser']);
  });

  it("keeps CHIPS in Chrome, which partitions only what the server marked, and leaves other cookies' lists alone", () => {
    expect(withPartitionOrigin(['partitioned'], cookie({ storeId: '0' }), trafficWith())).toEqual(['partitioned']);
    const plain = cookie({ partitionKey: undefined });
    const obs = ['request' as const];
    expect(withPartitionOrigin(obs, plain, trafficWith())).toBe(obs);
  });
});

import type { SiteRoute } from './sites';

/**
 * Sites that test the worker's state:
 * - www.sids.test: three cookies named `sid` that differ only by partition — unpartitioned, partitioned under the
 *   site, and partitioned with a cross-site ancestor (set by www.sids.test framed inside frame-x.test inside itself).
 * - hostile.test: a page whose script makes the server send 1,000 distinct 8 KB Set-Cookie lines (10 per response,
 *   below Chromium's 256 KB header limit) and set 300 cookies by script.
 * - __proto__ (plain http): a site whose name is Object.prototype's accessor.
 */
const html = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${body}</body></html>`;

const HOSTILE_BATCH = 10;
export const HOSTILE_LINES = 1000;

export const STATE_SITES: Record<string, Record<string, SiteRoute>> = {
  'www.sids.test': {
    '/': {
      type: 'text/html; charset=utf-8',
      setCookies: [
        'sid=plain; Path=/; Max-Age=3600; Secure; SameSite=Lax',
        'sid=partitioned; Path=/; Max-Age=3600; Secure; SameSite=None; Partitioned',
      ],
      body: ({ httpsPort }) =>
        html('Three sids', `<iframe src="https://frame-x.test:${httpsPort}/" title="cross-site frame"></iframe>`),
    },
    '/inner': {
      type: 'text/html; charset=utf-8',
      setCookies: ['sid=cross-ancestor; Path=/; Max-Age=3600; Secure; SameSite=None; Partitioned'],
      body: html('Inner', '<p>Framed by frame-x.test inside www.sids.test.</p>'),
    },
  },
  'frame-x.test': {
    '/': {
      type: 'text/html; charset=utf-8',
      body: ({ httpsPort }) =>
        html('Frame X', `<iframe src="https://www.sids.test:${httpsPort}/inner" title="back to sids"></iframe>`),
    },
  },
  'hostile.test': {
    '/': {
      type: 'text/html; charset=utf-8',
      body: html(
        'Hostile',
        `<script>
          (async () => {
            for (let b = 0; b < ${HOSTILE_LINES / HOSTILE_BATCH}; b++) await fetch('/set?b=' + b);
            for (let i = 0; i < 300; i++) document.cookie = 'js' + i + '_' + 'k'.repeat(200) + '=' + 'v'.repeat(3000) + '; path=/';
            document.title = 'done';
          })();
        </script>`,
      ),
    },
    '/set': {
      type: 'text/plain',
      setCookies: (q) => {
        const b = Number(q.get('b') ?? 0);
        return Array.from({ length: HOSTILE_BATCH }, (_, i) => {
          const n = b * HOSTILE_BATCH + i;
          // 8 KB lines: Chromium stores none of them (over 4096 bytes), but webRequest shows every one.
          return `big${n}_${'n'.repeat(100)}=${'v'.repeat(4000)}; Path=/p${n}${'/x'.repeat(1500)}; Secure`;
        });
      },
      body: 'ok',
    },
  },
  // A computed key: an own property named __proto__, not the object's prototype.
  ['__proto__']: {
    '/': {
      type: 'text/html; charset=utf-8',
      setCookies: ['proto=1; Path=/'],
      body: html('__proto__', '<p>A site whose name is __proto__.</p>'),
    },
  },
};

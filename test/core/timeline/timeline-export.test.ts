import { describe, expect, it } from 'vitest';
import { withTimeline } from '../../../src/core/timeline/report-with-timeline';
import { appendEvents, appendVisit, emptySiteLog } from '../../../src/core/timeline/site-log';
import { buildTimelineCsv } from '../../../src/core/timeline/timeline-csv';
import { timelineReport } from '../../../src/core/timeline/timeline-export';
import { buildTimelineHtml } from '../../../src/core/timeline/timeline-html';
import { event } from './factory';

const T = Date.UTC(2025, 2, 1, 12);

function log() {
  const l = emptySiteLog('a.test');
  appendVisit(l, { at: T, tabId: 1, url: 'https://a.test/' });
  appendVisit(l, { at: T + 60_000, tabId: 1, url: 'https://a.test/again' });
  appendEvents(l, [
    event(
      T + 10,
      'set',
      { name: 'sid', category: 'necessary' },
      { setBy: { kind: 'response', url: 'https://a.test/' } },
    ),
    event(T + 20, 'set', { name: '=HYPERLINK("x")', category: 'marketing' }, { setBy: { kind: 'script' } }),
    event(
      T + 60_010,
      'overwritten',
      { name: 'sid', category: 'necessary', expires: T / 1000 + 86_400 },
      {
        changes: [{ field: 'expires', from: null, to: T / 1000 + 86_400 }],
        setBy: { kind: 'response', url: 'https://a.test/again' },
      },
    ),
  ]);
  return l;
}

describe('timeline exports', () => {
  it('JSON: newest visit first, newest event first, with each visit’s first seconds', () => {
    const r = timelineReport(log());
    expect(r.events.map((e) => [e.kind, e.name, e.visit])).toEqual([
      ['overwritten', 'sid', new Date(T + 60_000).toISOString()],
      ['set', '=HYPERLINK("x")', new Date(T).toISOString()],
      ['set', 'sid', new Date(T).toISOString()],
    ]);
    expect(r.visits.map((v) => v.firstSeconds)).toEqual([
      'within 1 s of load: 1 cookie, it necessary',
      'within 1 s of load: 2 cookies, 1 of them necessary',
    ]);
    expect(r.events[0]?.changes).toEqual([{ field: 'expires', from: null, to: T / 1000 + 86_400 }]);
  });

  it('CSV: one row per event, formulas neutralised, changes in words', () => {
    const csv = buildTimelineCsv([log()]);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^site,time,visit,event,cause,name,/);
    expect(lines[1]).toContain('expires session → 2025-03-02T12:00:00.000Z');
    expect(lines[1]).toContain('Set-Cookie from https://a.test/again');
    expect(lines[2]).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('HTML: the static chart and escaped rows', () => {
    const l = log();
    appendEvents(l, [event(T + 60_020, 'set', { name: '<script>alert(1)</script>' })]);
    const html = buildTimelineHtml(l);
    expect(html).toContain('<svg ');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html.match(/<tr>/g)).toHaveLength(5);
  });
});

describe('withTimeline', () => {
  const file = (body: string) => ({ filename: 'cookies-a.test-2025-03-01.json', mime: 'x', body });
  it('adds the timeline to JSON, HTML and Markdown, and makes the CSV the timeline', async () => {
    const { withTimeline } = await import('../../../src/core/timeline/report-with-timeline');
    const json = JSON.parse(withTimeline(file('{"schemaVersion":1,"cookies":[]}'), 'json', log()).body);
    expect(json.schemaVersion).toBe(1);
    expect(json.timeline.events).toHaveLength(3);
    const html = withTimeline(file('<html><body><p>x</p></body></html>'), 'html', log()).body;
    expect(html).toMatch(/<p>x<\/p><section class="timeline">[\s\S]*<svg [\s\S]*<\/section>\n<\/body>/);
    expect(withTimeline(file('# R\n'), 'md', log()).body).toContain('| overwritten | sid (.example.com) | necessary |');
    const csv = withTimeline(file('a,b\r\n'), 'csv', log());
    expect(csv.filename).toBe('timeline-a.test-2025-03-01.json');
    expect(csv.body.split('\r\n')[0]).toMatch(/^site,time,visit,event/);
  });

  it('consent events carry the choice in words in JSON, CSV and HTML', () => {
    const l = log();
    const consent = {
      platform: 'OneTrust',
      understood: true,
      answered: true,
      choices: { marketing: 'refused' as const },
    };
    appendEvents(l, [event(T + 60_020, 'consent', { name: 'OptanonConsent' }, { consent })]);
    const r = timelineReport(l);
    expect(r.events[0]).toMatchObject({
      kind: 'consent',
      consent: 'consent: marketing refused — OneTrust',
      consentRecord: consent,
    });
    expect(r.events[1]?.consent).toBeNull();
    const csv = buildTimelineCsv([l]).trimEnd().split('\r\n');
    expect(csv[0]).toMatch(/,consent$/);
    expect(csv[1]).toMatch(/,consent: marketing refused — OneTrust$/);
    expect(buildTimelineHtml(l)).toContain('<td>consent: marketing refused — OneTrust</td>');
    expect(withTimeline({ filename: 'r.md', mime: 'text/markdown', body: '# R\n' }, 'md', l).body).toContain(
      '| consent | OptanonConsent (.example.com) | analytics | consent: marketing refused — OneTrust |',
    );
  });
});

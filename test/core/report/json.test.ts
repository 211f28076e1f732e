import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { buildAllSitesJson, buildJson } from '../../../src/core/report/json';
import { OBSERVATIONS } from '../../../src/core/types';
import { bigValueAudit, hostileAudit, plainAudit } from './fixture';

const schema = JSON.parse(readFileSync(new URL('../../../schema/site-report-v1.schema.json', import.meta.url), 'utf8'));
// strictRequired off: the valuesIncluded if/then names value/valueTruncated, defined in $defs/cookie.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
// ajv ships no format validators (that is ajv-formats); RFC 3339 date-time as JSON.stringify writes it is enough here.
ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
const validate = ajv.compile(schema);

function valid(body: string): unknown {
  const data: unknown = JSON.parse(body);
  const ok = validate(data);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
  return data;
}

const options = { extensionVersion: '1.2.3' };

describe('JSON report', () => {
  it('pins the plain site report', () => {
    expect(buildJson(plainAudit(), options)).toMatchInlineSnapshot(`
      "{
        "schemaVersion": 1,
        "schemaMinorVersion": 2,
        "kind": "site",
        "site": "example.com",
        "pageUrl": "https://www.example.com/",
        "generatedAt": "2025-03-01T12:00:00.000Z",
        "extensionVersion": "1.2.3",
        "catalogueVersion": "test-1",
        "valuesIncluded": false,
        "note": "Cookie values are left out; only their length in bytes is given. Query strings and fragments are removed from URLs.",
        "summary": {
          "total": 2,
          "firstParty": 2,
          "thirdParty": 0,
          "blocked": 0,
          "byCategory": {
            "necessary": 1,
            "functional": 0,
            "preferences": 0,
            "analytics": 1,
            "marketing": 0,
            "unknown": 0
          },
          "bySeverity": {
            "high": 0,
            "medium": 1,
            "low": 0,
            "info": 0
          },
          "highestSeverity": "medium",
          "findings": 1
        },
        "cookies": [
          {
            "id": "sessionid|example.com|/||0",
            "name": "sessionid",
            "domain": "example.com",
            "hostOnly": true,
            "path": "/",
            "secure": true,
            "httpOnly": true,
            "sameSite": "lax",
            "session": true,
            "expirationDate": null,
            "expires": "session",
            "lifespan": "session",
            "remainingSeconds": null,
            "storeId": "0",
            "partitioned": false,
            "partitionTopLevelSite": null,
            "valueLength": 6,
            "party": "first",
            "observedVia": [
              "jar"
            ],
            "classification": {
              "category": "necessary",
              "vendor": null,
              "purpose": "Keeps you signed in.",
              "tags": [
                "session"
              ],
              "expectedLifespan": null,
              "confidence": 0.7,
              "reason": "name contains 'session'",
              "source": "heuristic",
              "ref": null
            },
            "findings": []
          },
          {
            "id": "_ga|.example.com|/||0",
            "name": "_ga",
            "domain": ".example.com",
            "hostOnly": false,
            "path": "/",
            "secure": false,
            "httpOnly": false,
            "sameSite": "lax",
            "session": false,
            "expirationDate": 1775390400,
            "expires": "2026-04-05T12:00:00.000Z",
            "lifespan": "13 months",
            "remainingSeconds": 34560000,
            "storeId": "0",
            "partitioned": false,
            "partitionTopLevelSite": null,
            "valueLength": 13,
            "party": "first",
            "observedVia": [
              "jar"
            ],
            "classification": {
              "category": "analytics",
              "vendor": "Google Analytics",
              "purpose": "Distinguishes visitors.",
              "tags": [
                "analytics"
              ],
              "expectedLifespan": 34560000,
              "confidence": 0.98,
              "reason": "exact catalogue match: Google Analytics",
              "source": "catalogue",
              "ref": "https://support.google.com/analytics/answer/11397207"
            },
            "findings": [
              {
                "ruleId": "tracker-lifetime",
                "severity": "medium",
                "title": "Outlives 13 months",
                "message": "Kept for 13 months.",
                "fix": "Set-Cookie: fix-for-tracker-lifetime",
                "reference": {
                  "title": "MDN: Set-Cookie",
                  "url": "https://developer.mozilla.org/docs/Web/HTTP/Headers/Set-Cookie"
                }
              }
            ]
          }
        ],
        "blocked": [],
        "siteFindings": [],
        "consent": null
      }
      "
    `);
  });

  it('lists in the schema every way a cookie can be seen (observedVia), and no other', () => {
    const items = schema.$defs.cookie.properties.observedVia.items;
    expect(items.enum).toEqual([...OBSERVATIONS]);
  });

  it('validates against the schema, hostile input included, with and without values', () => {
    for (const audit of [plainAudit(), hostileAudit(), bigValueAudit()]) {
      valid(buildJson(audit, options));
      valid(buildJson(audit, { ...options, includeValues: true }));
    }
    valid(buildAllSitesJson([plainAudit(), hostileAudit()], options));
    valid(buildAllSitesJson([], { ...options, generatedAt: '2025-03-01T00:00:00.000Z' }));
  });

  it('leaves values out by default and says so', () => {
    const report = JSON.parse(buildJson(hostileAudit(), options));
    expect(report.valuesIncluded).toBe(false);
    expect(report.note).toBe(
      'Cookie values are left out; only their length in bytes is given. Query strings and fragments are removed from URLs.',
    );
    for (const c of report.cookies) {
      expect(c).not.toHaveProperty('value');
      expect(c).not.toHaveProperty('valueTruncated');
    }
    expect(report.cookies.map((c: { valueLength: number }) => c.valueLength)).toEqual([38, 2, 2, 17, 15]);
  });

  it('includes values on request, says so at the top, and round-trips hostile text exactly', () => {
    const body = buildJson(hostileAudit(), { ...options, includeValues: true });
    expect(body.indexOf('"valuesIncluded": true')).toBeLessThan(body.indexOf('"cookies"'));
    const report = JSON.parse(body);
    expect(report.note).toBe('Includes cookie values: treat as secret.');
    expect(report.cookies.map((c: { name: string; value: string }) => [c.name, c.value])).toEqual(
      hostileAudit().cookies.map((c) => [c.cookie.name, c.cookie.value]),
    );
  });

  it('caps a 5 KB value at 4096 characters and flags it', () => {
    const [c] = JSON.parse(buildJson(bigValueAudit(), { ...options, includeValues: true })).cookies;
    expect(c.valueLength).toBe(5120);
    expect(c.valueTruncated).toBe(true);
    expect([...c.value].length).toBe(4096);
    expect(c.value.endsWith('x…')).toBe(true);
  });

  it('wraps every site in one versioned document for "export all sites"', () => {
    const all = valid(buildAllSitesJson([plainAudit(), hostileAudit()], options)) as Record<string, unknown>;
    expect(Object.keys(all)).toEqual([
      'schemaVersion',
      'schemaMinorVersion',
      'kind',
      'generatedAt',
      'extensionVersion',
      'valuesIncluded',
      'note',
      'sites',
    ]);
    expect(all.schemaVersion).toBe(1);
    expect(all.generatedAt).toBe('2025-03-01T12:00:00.000Z');
    expect((all.sites as unknown[]).length).toBe(2);
  });

  it('the schema rejects a values-free report that carries a value', () => {
    const report = JSON.parse(buildJson(plainAudit(), options));
    report.cookies[0].value = 'leaked';
    expect(validate(report)).toBe(false);
  });
});

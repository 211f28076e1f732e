import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';

/** Which definition of catalogue.schema.json each data file must meet. */
function filesOf(dir: string): [file: string, def: string][] {
  return [
    ...readdirSync(join(dir, 'entries'))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f): [string, string] => [join('entries', f), 'entries']),
    ['vendors.json', 'vendors'],
    ['tracker-domains.json', 'trackerDomains'],
    ['name-words.json', 'nameWords'],
  ];
}

/**
 * Checks every catalogue JSON file against catalogue.schema.json (ajv, JSON Schema 2020-12). Returns one line per
 * problem, naming the file and the row; empty when all is well. Used by the extension build and a unit test.
 */
export function checkCatalogueJson(dir: string): string[] {
  const schema = JSON.parse(readFileSync(join(dir, 'catalogue.schema.json'), 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
  ajv.addSchema(schema);
  const id = schema.$id as string;
  const problems: string[] = [];
  for (const [file, def] of filesOf(dir)) {
    const validate = ajv.getSchema(`${id}#/$defs/${def}`);
    if (!validate) throw new Error(`catalogue.schema.json has no $defs/${def}`);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (e) {
      problems.push(`${file}: not JSON (${e instanceof Error ? e.message : String(e)})`);
      continue;
    }
    if (validate(data)) continue;
    for (const err of validate.errors ?? []) problems.push(`${file}${err.instancePath}: ${err.message ?? 'invalid'}`);
  }
  return problems;
}

import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCatalogueJson } from '../../../scripts/catalogue/check-json';
import { PURPOSE_TAGS } from '../../../src/core/types';

const DATA = join(import.meta.dirname, '../../../src/core/catalogue/data');

describe('catalogue JSON files', () => {
  it('all meet catalogue.schema.json', () => {
    expect(checkCatalogueJson(DATA)).toEqual([]);
  });

  it('the schema knows exactly the purpose tags the code knows', () => {
    const schema = JSON.parse(readFileSync(join(DATA, 'catalogue.schema.json'), 'utf8'));
    expect(schema.$defs.tag.enum).toEqual([...PURPOSE_TAGS]);
  });

  it('names the file and row of a bad entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'catalogue-'));
    cpSync(DATA, dir, { recursive: true });
    const file = join(dir, 'entries', 'meta.json');
    const rows = JSON.parse(readFileSync(file, 'utf8'));
    rows[1].category = 'tasty';
    rows[2].pattern = 'also-a-pattern*';
    writeFileSync(file, JSON.stringify(rows));
    const problems = checkCatalogueJson(dir);
    expect(problems.some((p) => p.startsWith('entries/meta.json/1/category'))).toBe(true);
    expect(problems.some((p) => p.startsWith('entries/meta.json/2'))).toBe(true);
  });
});

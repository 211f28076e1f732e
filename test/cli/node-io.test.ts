import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeIo } from '../../src/cli/node-io';

const dir = mkdtempSync(join(tmpdir(), 'node-io-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const mode = (path: string) => statSync(path).mode & 0o777;

async function writeThrough(path: string, secret: boolean, text: string) {
  const sink = await nodeIo().openOutput(path, { secret });
  await sink.write(text);
  await sink.close();
}

describe('audit --out', () => {
  it('tightens an existing 0644 file to 0600 when it will hold values', async () => {
    const path = join(dir, 'report.json');
    writeFileSync(path, 'an earlier report, longer than the new one');
    chmodSync(path, 0o644);
    await writeThrough(path, true, '{"v":1}');
    expect(mode(path)).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toBe('{"v":1}');
  });
  it('leaves an existing file its mode when values are left out', async () => {
    const path = join(dir, 'report.csv');
    writeFileSync(path, 'old');
    chmodSync(path, 0o644);
    await writeThrough(path, false, 'new');
    expect(mode(path)).toBe(0o644);
  });
});

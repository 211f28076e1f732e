import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSink } from '../../../../src/cli/scan/outputs/file-sink';

const dir = mkdtempSync(join(tmpdir(), 'file-sink-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const mode = (path: string) => statSync(path).mode & 0o777;

async function writeThrough(path: string, secret: boolean, text: string) {
  const sink = openSink(path, secret);
  await sink.write(text);
  return sink.close();
}

describe('openSink', () => {
  it('tightens an existing 0644 file to 0600 when it will hold values (a second scan into the same --out)', async () => {
    const path = join(dir, 'report.html');
    writeFileSync(path, 'an earlier run, much longer than the new content');
    chmodSync(path, 0o644);
    const { sha256, bytes } = await writeThrough(path, true, 'secret');
    expect(mode(path)).toBe(0o600);
    // Truncated and rewritten, and the digest is of what is on disk.
    expect(readFileSync(path, 'utf8')).toBe('secret');
    expect(bytes).toBe(6);
    expect(sha256).toBe(createHash('sha256').update('secret').digest('hex'));
  });
  it('creates a new file 0600 with values, and leaves an existing file its mode without them', async () => {
    const fresh = join(dir, 'cookies.csv');
    await writeThrough(fresh, true, 'a');
    expect(mode(fresh)).toBe(0o600);
    const shared = join(dir, 'report.md');
    writeFileSync(shared, 'old');
    chmodSync(shared, 0o640);
    await writeThrough(shared, false, 'b');
    expect(mode(shared)).toBe(0o640);
  });
  it('does not change the mode of a device', async () => {
    const before = mode('/dev/null');
    await writeThrough('/dev/null', true, 'x');
    expect(mode('/dev/null')).toBe(before);
  });
});

import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeIo } from '../../src/cli/node-io';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'node-io-'));
  dirs.push(dir);
  return join(dir, 'out.txt');
}

async function writeAll(path: string, chunks: readonly string[], secret = false): Promise<void> {
  const sink = await nodeIo().openOutput(path, { secret });
  for (const c of chunks) {
    const pending = sink.write(c);
    if (pending) await pending;
  }
  await sink.close();
}

describe('the file sink (chunks encoded into 64 KB writes)', () => {
  it('writes exactly the chunks, in order, across batch boundaries and multi-byte characters', async () => {
    const path = tempFile();
    // 3-byte and 4-byte UTF-8 characters that straddle every 64 KB boundary, chunks of uneven sizes.
    const chunks: string[] = [];
    for (let i = 0; i < 5000; i++) chunks.push(`${i}:${'é—'.repeat(i % 17)}😀${'x'.repeat(i % 41)}\n`);
    await writeAll(path, chunks);
    expect(readFileSync(path, 'utf8')).toBe(chunks.join(''));
  });

  it('writes a chunk larger than a batch whole, after what came before it', async () => {
    const path = tempFile();
    const big = `${'—'.repeat(50_000)}${'a'.repeat(100_000)}`;
    await writeAll(path, ['head\n', big, '\ntail']);
    expect(readFileSync(path, 'utf8')).toBe(`head\n${big}\ntail`);
  });

  it('writes a batch that ends exactly at 64 KB, then the rest', async () => {
    const path = tempFile();
    const first = ['a'.repeat(10), 'b'.repeat(64 * 1024 - 10)];
    await writeAll(path, [...first, 'z']);
    expect(readFileSync(path, 'utf8')).toBe(`${first.join('')}z`);
  });

  it('creates a file with values as 0600', async () => {
    const path = tempFile();
    await writeAll(path, ['secret'], true);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('tightens an existing 0644 file to 0600 when it will hold values (open(2) sets the mode only on create)', async () => {
    const path = tempFile();
    writeFileSync(path, 'an earlier report, longer than the new one');
    chmodSync(path, 0o644);
    await writeAll(path, ['{"v":1}'], true);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toBe('{"v":1}');
  });

  it('leaves an existing file its mode when values are left out', async () => {
    const path = tempFile();
    writeFileSync(path, 'old');
    chmodSync(path, 0o644);
    await writeAll(path, ['new']);
    expect(statSync(path).mode & 0o777).toBe(0o644);
  });

  it('rejects with the system error on a full device, not a crash', async () => {
    await expect(writeAll('/dev/full', ['x'.repeat(200_000)])).rejects.toMatchObject({ code: 'ENOSPC' });
  });
});

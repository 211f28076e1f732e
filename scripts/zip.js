// Packs dist/ into release/cookie-auditor-<version>.zip (or, with the argument `firefox`, dist-firefox/ into
// release/cookie-auditor-<version>-firefox.zip), the file a store upload takes. No dependency: a plain
// stored+deflated zip writer over node:zlib (APPNOTE.TXT §4.3 layout).
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { deflateRawSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const target = process.argv[2] ?? 'chrome';
if (target !== 'chrome' && target !== 'firefox') {
  console.error(`usage: node scripts/zip.js [chrome|firefox] (got ${target})`);
  process.exit(2);
}
const dist = join(root, target === 'firefox' ? 'dist-firefox' : 'dist');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const files = walk(dist).sort();
if (!files.some((f) => relative(dist, f) === 'manifest.json')) {
  console.error(`${relative(root, dist)}/manifest.json is missing: run vite build first.`);
  process.exit(1);
}
const locals = [];
const centrals = [];
let offset = 0;
for (const file of files) {
  const name = Buffer.from(relative(dist, file).split('\\').join('/'));
  const data = readFileSync(file);
  const packed = deflateRawSync(data, { level: 9 });
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(0, 6);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(0, 10); // time/date: zero keeps the zip reproducible
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(name.length, 26);
  local.writeUInt16LE(0, 28);
  locals.push(local, name, packed);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(0, 8);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(0, 12);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt32LE(offset, 42);
  centrals.push(central, name);
  offset += local.length + name.length + packed.length;
}
const centralBuf = Buffer.concat(centrals);
const end = Buffer.alloc(22);
end.writeUInt32LE(0x06054b50, 0);
end.writeUInt16LE(files.length, 8);
end.writeUInt16LE(files.length, 10);
end.writeUInt32LE(centralBuf.length, 12);
end.writeUInt32LE(offset, 16);
mkdirSync(join(root, 'release'), { recursive: true });
const out = join(root, 'release', `cookie-auditor-${version}${target === 'firefox' ? '-firefox' : ''}.zip`);
writeFileSync(out, Buffer.concat([...locals, centralBuf, end]));
console.log(`release: ${relative(root, out)} (${files.length} files, ${statSync(out).size} bytes)`);

import assert from 'node:assert/strict';
import { inflateRawSync } from 'node:zlib';
import { crc32, zip } from '../tools/zip.mjs';

/** Reads an archive back through its central directory, checking every CRC. */
function unzip(archive: Buffer): Map<string, Buffer> {
  const end = archive.length - 22;
  assert.equal(archive.readUInt32LE(end), 0x06054b50, 'end of central directory');
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    assert.equal(archive.readUInt32LE(at), 0x02014b50, 'central header');
    const method = archive.readUInt16LE(at + 10);
    const crc = archive.readUInt32LE(at + 16);
    const size = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const local = archive.readUInt32LE(at + 42);
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
    const bodyAt = local + 30 + archive.readUInt16LE(local + 26);
    const body = archive.subarray(bodyAt, bodyAt + size);
    const data = method === 8 ? inflateRawSync(body) : Buffer.from(body);
    assert.equal(crc32(data), crc, `${name} CRC`);
    files.set(name, data);
    at += 46 + nameLength;
  }
  return files;
}

describe('package zip writer', () => {
  it('CRC32 of the standard check string', () => {
    assert.equal(crc32(Buffer.from('123456789')), 0xcbf43926);
  });

  it('round-trips deflated and stored entries, sorted, reproducibly', () => {
    const entries = [
      { name: 'manifest.json', data: Buffer.from(JSON.stringify({ a: 'x'.repeat(500) })) },
      { name: 'icons/icon-16.png', data: Buffer.from([1, 2, 3]) },
      { name: 'ünïcode.txt', data: Buffer.alloc(0) },
    ];
    const archive = zip(entries);
    const files = unzip(archive);
    assert.deepEqual([...files.keys()], ['icons/icon-16.png', 'manifest.json', 'ünïcode.txt']);
    for (const { name, data } of entries) assert.deepEqual(files.get(name), data);
    assert.deepEqual(zip([...entries].reverse()), archive, 'same input, same bytes');
  });
});

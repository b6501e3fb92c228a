// Our zip container must be byte for byte what fflate's zipSync wrote before it, so DOCX files
// stay identical across the change (and every zip reader keeps reading them).
import { crc32 } from 'node:zlib';
import { deflateSync, unzipSync, zipSync } from 'fflate';
import { zipEntry } from '../../../src/render/docx/deflate-cache';
import { entryTime } from '../../../src/render/docx/reproducible-zip';
import { writeZip, type ZipEntry } from '../../../src/render/docx/zip-writer';

const encoder = new TextEncoder();
const mtime = entryTime(new Date('2022-04-30T00:00:00Z'));

const files: Array<[string, Uint8Array, 0 | 6]> = [
  ['[Content_Types].xml', encoder.encode('<?xml version="1.0"?><Types/>'), 6],
  ['word/document.xml', encoder.encode(`<w:document>${'温州科协信息 '.repeat(500)}</w:document>`), 6],
  ['word/media/图片1.png', Uint8Array.from({ length: 300 }, (_, i) => (i * 7) % 256), 0],
  ['word/empty.xml', new Uint8Array(0), 6],
];

function entry(name: string, bytes: Uint8Array, level: 0 | 6): ZipEntry {
  return level ? { name, method: 8, data: deflateSync(bytes, { level }), size: bytes.length, crc: crc32(bytes) } : { name, method: 0, data: bytes, size: bytes.length, crc: crc32(bytes) };
}

test('writeZip gives the bytes of fflate zipSync, UTF-8 names and stored entries included', () => {
  const ours = writeZip(files.map(([name, bytes, level]) => entry(name, bytes, level)), mtime);
  const theirs = zipSync(Object.fromEntries(files.map(([name, bytes, level]) => [name, [bytes, { level, mtime }]])));
  expect(Buffer.compare(ours, Buffer.from(theirs))).toBe(0);
  const back = unzipSync(ours);
  for (const [name, bytes] of files) expect(Buffer.compare(Buffer.from(back[name]), Buffer.from(bytes))).toBe(0);
});

test('a part deflated from the cache is the part deflated afresh', () => {
  const xml = `<w:styles>${'<w:style w:styleId="body"/>'.repeat(200)}</w:styles>`;
  const fresh = entry('word/styles.xml', encoder.encode(xml), 6);
  const first = zipEntry('word/styles.xml', xml);
  const again = zipEntry('word/footer9.xml', xml); // same text under another name: same entry bytes
  expect(first).toEqual(fresh);
  expect(again).toEqual({ ...fresh, name: 'word/footer9.xml' });
  expect(zipEntry('word/media/a.png', files[2][1])).toEqual({ ...entry('word/media/a.png', files[2][1], 0) });
});

// The container of already-compressed entries (fflate's streaming Zip) must hold exactly the
// parts given, stored or deflated as asked, with their names and times, the same bytes each time.
import { crc32, deflateRawSync } from 'node:zlib';
import { unzipSync } from 'fflate';
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
  return level ? { name, method: 8, data: deflateRawSync(bytes, { level }), size: bytes.length, crc: crc32(bytes) } : { name, method: 0, data: bytes, size: bytes.length, crc: crc32(bytes) };
}

test('writeZip holds every part as given, UTF-8 names, stored and empty entries included', () => {
  const entries = files.map(([name, bytes, level]) => entry(name, bytes, level));
  const zip = writeZip(entries, mtime);
  const back = unzipSync(zip);
  expect(Object.keys(back)).toEqual(files.map(([name]) => name));
  for (const [name, bytes] of files) expect(Buffer.compare(Buffer.from(back[name]), Buffer.from(bytes))).toBe(0);
  // The stored picture is in the file as is; the deflated text is not.
  expect(zip.includes(Buffer.from(files[2][1]))).toBe(true);
  expect(zip.includes(Buffer.from('温州科协信息'))).toBe(false);
  // Every entry carries the given time (MS-DOS date of 2022-04-30 at offset 12 of a local header).
  const dosDate = ((2022 - 1980) << 9) | (4 << 5) | 30;
  expect(zip.readUInt16LE(12)).toBe(dosDate);
  expect(Buffer.compare(writeZip(entries, mtime), zip)).toBe(0);
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

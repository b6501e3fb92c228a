// The DOCX container (src/render/docx/reproducible-zip.ts) holds exactly the parts given, in
// Office's order, stored or deflated by kind, stamped with the day, the same bytes each
// time whatever the clock or the time zone.
import { unzipSync } from 'fflate';
import { entryTime, zipParts } from '../../../src/render/docx/reproducible-zip';

const encoder = new TextEncoder();
const date = new Date('2022-04-30T00:00:00Z');
const picture = Uint8Array.from({ length: 300 }, (_, i) => (i * 7) % 256);
const parts = {
  'word/document.xml': `<w:document>${'温州科协信息 '.repeat(500)}</w:document>`,
  'word/media/图片1.png': picture,
  '_rels/.rels': encoder.encode('<Relationships/>'),
  'word/empty.xml': '',
  '[Content_Types].xml': '<?xml version="1.0"?><Types/>',
};

test('every part as given, content types and package relationships first, UTF-8 names', () => {
  const zip = zipParts(parts, date);
  const back = unzipSync(zip);
  expect(Object.keys(back)).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/empty.xml', 'word/media/图片1.png']);
  expect(Buffer.from(back['word/document.xml']).toString('utf8')).toBe(parts['word/document.xml']);
  expect(Buffer.compare(Buffer.from(back['word/media/图片1.png']), Buffer.from(picture))).toBe(0);
  expect(back['word/empty.xml'].length).toBe(0);
  // The picture is stored as is; the text is deflated.
  expect(zip.includes(Buffer.from(picture))).toBe(true);
  expect(zip.includes(Buffer.from('温州科协信息'))).toBe(false);
});

test("every entry carries the issue's day, and equal parts give equal bytes", () => {
  const zip = zipParts(parts, date);
  // MS-DOS date of 2022-04-30 at offset 12 of the first local header.
  expect(zip.readUInt16LE(12)).toBe(((2022 - 1980) << 9) | (4 << 5) | 30);
  expect(Buffer.compare(zipParts({ ...parts }, new Date(date)), zip)).toBe(0);
  expect(Buffer.compare(zipParts(parts, new Date('2022-05-01T00:00:00Z')), zip)).not.toBe(0);
});

test('entry times stay inside what zip can store', () => {
  expect(entryTime(new Date('1970-01-01T00:00:00Z')).getFullYear()).toBe(1980);
  expect(entryTime(new Date('2150-06-01T00:00:00Z')).getFullYear()).toBe(2099);
  expect(entryTime(date).getHours()).toBe(12);
});

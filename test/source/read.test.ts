// Strict reading: UTF-8 (BOM tolerated) or a clear JB003 naming the encoding and the position.
import { decodeSource } from '../../src/source/read';
import { findControlCharacters } from '../../src/source/control-chars';

const utf8 = (s: string) => Buffer.from(s, 'utf8');

test('UTF-8 with or without a BOM reads as the same text', () => {
  const plain = decodeSource(utf8('title: 简报\n'), 'a.yaml');
  const bom = decodeSource(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('title: 简报\n')]), 'a.yaml');
  expect(plain).toEqual({ ok: true, text: 'title: 简报\n' });
  expect(bom).toEqual(plain);
});

test('a GBK file is refused with its encoding named and the first bad byte located', () => {
  const gbk = Buffer.concat([utf8('issue:\n  date: "2022-04-30"\ntitle: '), Buffer.from([0xbc, 0xf2, 0xb1, 0xa8])]); // 简报 in GBK
  const result = decodeSource(gbk, 'gbk.yaml');
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.diagnostic.code).toBe('JB003');
  expect(result.diagnostic.args.encoding).toBe('GBK/GB18030');
  expect([result.diagnostic.line, result.diagnostic.col]).toEqual([3, 8]);
});

test('--encoding gb18030 reads the same GBK bytes', () => {
  const result = decodeSource(Buffer.from([0xbc, 0xf2, 0xb1, 0xa8]), 'gbk.yaml', 'gb18030');
  expect(result).toEqual({ ok: true, text: '简报' });
});

test('UTF-16 with a BOM is refused as UTF-16', () => {
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('简报', 'utf16le')]);
  const result = decodeSource(utf16, 'u16.yaml');
  expect(result.ok || result.diagnostic.args.encoding).toBe('UTF-16LE');
});

test('control characters are reported at their line and column', () => {
  const found = findControlCharacters('a: 1\nbody: 正文\u0000尾\n', 'x.yaml');
  expect(found.map((d) => [d.code, d.line, d.col, d.args.char])).toEqual([['JB004', 2, 9, 'U+0000']]);
});

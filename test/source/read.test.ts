// Strict reading: UTF-8 (BOM tolerated) or a clear JB003 naming the encoding and the position.
import { decodeAsRead, decodeSource } from '../../src/source/read';
import { messageOf } from '../../src/diagnostics/messages';
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

describe('UTF-16 saved without a byte-order mark (some editors and converters do)', () => {
  const text = 'issue:\n  number: 4\narticles:\n  - title: 市科协召开党组会\n    body: |\n      4月21日，市科协召开党组会。\n';
  const be = (s: string) => Buffer.from(s, 'utf16le').swap16();

  it.each([
    ['UTF-16LE', Buffer.from(text, 'utf16le'), 'utf-16le'],
    ['UTF-16BE', be(text), 'utf-16be'],
  ])('%s is read as such with a warning, not JB003 "unknown" at a made-up line', (name, bytes, option) => {
    const read = decodeAsRead(bytes, 'a.yaml');
    expect(read).toMatchObject({ ok: true, text, note: { code: 'JB811', args: { encoding: name } } });
    const refused = decodeSource(bytes, 'a.yaml');
    expect(refused).toMatchObject({ ok: false, diagnostic: { code: 'JB006', args: { encoding: name, option } } });
  });

  it('a file of Latin text with no zero bytes is not taken for UTF-16', () => {
    const read = decodeAsRead(Buffer.from('title: caf\xe9\n', 'latin1'), 'a.yaml');
    expect(read.ok).toBe(false);
  });
});

test('an encoding not recognised is not named as "未知编码 / unknown" in either language', () => {
  const read = decodeSource(Buffer.from('title: caf\xe9 na\xefve\n', 'latin1'), 'a.yaml');
  expect(read.ok).toBe(false);
  if (read.ok) return;
  expect(read.diagnostic.code).toBe('JB003');
  expect(messageOf(read.diagnostic, 'zh').message).toBe('文件不是 UTF-8 编码');
  expect(messageOf(read.diagnostic, 'en').message).toBe('file is not UTF-8');
});

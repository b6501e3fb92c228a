// LibreOffice loses the text of a .doc's EQ fields (带圈字符, old 拼音指南); the .doc's own UTF-16
// text still has them, so the loss is found and named (JB146) instead of passing unseen.
import { docEqTexts, lostEqTexts } from '../../../src/import/intake/doc-eq-fields';

/** A stand-in for a .doc's bytes: some header bytes, then the text stream in UTF-16LE at `offset`. */
const docBytes = (text: string, offset = 0) =>
  Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(offset, 0x20), Buffer.from(text, 'utf16le')]);

const TEXT =
  '走进泰顺县\x13 EQ \\* jc3 \\* "Font:宋体" \\* hps12 \\o\\al(\\s\\up 10(luó yáng),罗阳)\x15镇，此件\x13 eq \\o\\ac(○,密)\x15注意保存。\r' +
  '页码\x13 PAGE \x141\x15。';

describe('EQ fields in a .doc', () => {
  it.each([0, 1])('are found in the UTF-16 text stream (at offset %i), with the characters before them', (offset) => {
    expect(docEqTexts(docBytes(TEXT, offset)).map((f) => [f.before, f.text])).toEqual([
      ['进泰顺县', '罗阳'],
      ['镇，此件', '密'],
    ]);
  });

  it('a text the conversion kept in its place is not lost; one missing there is, even when it occurs elsewhere', () => {
    expect(lostEqTexts(docBytes(TEXT), '走进泰顺县罗阳镇，此件密注意保存。')).toEqual([]);
    expect(lostEqTexts(docBytes(TEXT), '科技志愿服务走进罗阳镇\n走进泰顺县镇，此件注意保存。')).toEqual(['罗阳', '密']);
  });
});

// LibreOffice drops the text of a Word 97–2003 EQ field (带圈字符, an old 拼音指南) when it reads a
// .doc: the field keeps no result, and the conversion writes neither it nor its text. The .doc's
// own text (UTF-16) still holds the field, so the words it shows can be looked for afterwards.
import { eqText } from '../docx/eq-field';

/** An EQ field in a .doc text stream: 0x13, its instruction, 0x15, with no 0x14 (no result). */
// eslint-disable-next-line no-control-regex -- Word's field marks are control characters
const EQ_FIELD = /\x13(\s*EQ\b[^\x13\x14\x15]*)\x15/gi;

/** The text each EQ field of a .doc shows, with up to four characters typed before it. */
export function docEqTexts(doc: Buffer): { before: string; text: string; instr: string }[] {
  const found: { before: string; text: string; instr: string }[] = [];
  // The text stream may start at an odd offset: read the bytes both ways.
  for (const start of [0, 1]) {
    const body = doc.subarray(start, start + ((doc.length - start) & ~1)).toString('utf16le');
    for (const m of body.matchAll(EQ_FIELD)) {
      const { text } = eqText(m[1]);
      if (!text) continue;
      // eslint-disable-next-line no-control-regex -- the text before stops at a control mark
      const before = /[^\x00-\x1f]{0,4}$/.exec(body.slice(Math.max(0, m.index - 4), m.index))![0];
      found.push({ before, text, instr: m[1].trim() });
    }
  }
  return found;
}

/** The EQ texts of a .doc that its conversion lost: not in `converted` right after their text before. */
export function lostEqTexts(doc: Buffer, converted: string): string[] {
  const flat = converted.replace(/\s+/g, '');
  return docEqTexts(doc)
    .filter((f) => !flat.includes(`${f.before}${f.text}`.replace(/\s+/g, '')))
    .map((f) => f.text);
}

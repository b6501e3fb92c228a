// A note's mark is imported as Word shows it: footnotes and endnotes are numbered apart, each in
// its own format (Word's defaults: footnotes 1, 2, 3; endnotes i, ii, iii), or as the document's
// settings say (numFmt, numStart). An endnote Word showed as “i” came in as “[2]”, numbered on from
// the footnotes (found by a user trial).
import { strToU8 } from 'fflate';
import { readDocx } from '../../../src/import/docx/read-docx';
import { NS, p, r, rawDocx, type RawOptions } from './raw-docx';

const DECLS = `xmlns:w="${NS.w}" xmlns:r="${NS.r}"`;
const note = (tag: 'footnote' | 'endnote', id: number, text: string) =>
  `<w:${tag} w:id="${id}"><w:p><w:r><w:${tag}Ref/></w:r><w:r><w:t xml:space="preserve"> ${text}</w:t></w:r></w:p></w:${tag}>`;
const ref = (tag: 'footnote' | 'endnote', id: number) => `<w:r><w:${tag}Reference w:id="${id}"/></w:r>`;

function texts(settings?: string): string[] {
  const o: RawOptions = {
    parts: {
      'word/footnotes.xml': strToU8(`<w:footnotes ${DECLS}>${note('footnote', 1, '脚注甲')}${note('footnote', 2, '脚注乙')}</w:footnotes>`),
      'word/endnotes.xml': strToU8(`<w:endnotes ${DECLS}>${note('endnote', 1, '尾注甲')}${note('endnote', 2, '尾注乙')}</w:endnotes>`),
      ...(settings ? { 'word/settings.xml': strToU8(`<w:settings ${DECLS}>${settings}</w:settings>`) } : {}),
    },
  };
  const body = p(
    `${r('甲')}${ref('footnote', 1)}${r('乙')}${ref('endnote', 1)}${r('丙')}${ref('footnote', 2)}${r('丁')}${ref('endnote', 2)}${r('。')}`,
  );
  const got = readDocx(rawDocx(p(r('标题'), '<w:jc w:val="center"/>') + body, o), 'x.docx');
  if (!got.ok) throw new Error(got.diagnostic.code);
  return got.units.slice(1).map((u) => u.text);
}

test("Word's defaults: footnotes numbered 1, 2 and endnotes i, ii, each on their own", () => {
  expect(texts()).toEqual(['甲[1]乙[i]丙[2]丁[ii]。', '[1] 脚注甲', '[2] 脚注乙', '[i] 尾注甲', '[ii] 尾注乙']);
});

test("the document's own note formats and first numbers", () => {
  const settings =
    '<w:footnotePr><w:numFmt w:val="decimalEnclosedCircle"/></w:footnotePr>' +
    '<w:endnotePr><w:numFmt w:val="decimal"/><w:numStart w:val="5"/></w:endnotePr>';
  expect(texts(settings)).toEqual(['甲[①]乙[5]丙[②]丁[6]。', '[①] 脚注甲', '[②] 脚注乙', '[5] 尾注甲', '[6] 尾注乙']);
});

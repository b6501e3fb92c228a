// A master document (主控文档) keeps each sub-document as a link (w:subDoc) to another file: its
// words are not in this package, so the link is named where it stands, never dropped in silence.
import { diag } from '../../../src/diagnostics/make';
import { messageOf } from '../../../src/diagnostics/messages';
import { readDocx } from '../../../src/import/docx/read-docx';
import { shapeArticle } from '../../../src/import/intake/shape';
import { p, r, rawDocx } from './raw-docx';

const TITLE = p(r('2022年全市科协工作汇编'), '<w:jc w:val="center"/>');
const SUB = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/subDocument';
const rels =
  `<Relationship Id="rIdS1" Type="${SUB}" Target="file:///D:\\%E6%B1%87%E7%BC%96\\%E7%AC%AC%E4%B8%80%E7%AB%A0.docx" TargetMode="External"/>` +
  `<Relationship Id="rIdS2" Type="${SUB}" Target="%E7%AC%AC%E4%BA%8C%E7%AB%A0.docx" TargetMode="External"/>`;

function imported(body: string) {
  const got = readDocx(rawDocx(TITLE + body, { rels }), 'x.docx');
  if (!got.ok) throw new Error(got.diagnostic.code);
  const d = shapeArticle(got.units, { fileStem: 'x', flags: got.flags });
  return {
    lines: d.blocks.map((b) => b.line),
    notes: d.notes.map((n) => `${n.code} ${messageOf(diag(n.code, 'x.docx', null, n.args), 'zh').message}`),
  };
}

describe('w:subDoc, a master document’s link to a sub-document', () => {
  it('is named with its target in the paragraph it stands in (alone or after text)', () => {
    const { lines, notes } = imported(
      p(r('前言：本汇编收录各章如下。')) + p('<w:subDoc r:id="rIdS1"/>') + p(`${r('第二章见：')}<w:subDoc r:id="rIdS2"/>`) + p(r('完。')),
    );
    expect(lines).toEqual(['前言：本汇编收录各章如下。', '第二章见：', '完。']);
    expect(notes).toEqual([
      'JB070 第 3 段是主控文档中子文档的链接（D:\\汇编\\第一章.docx）：子文档的文字不在这个文件中，没有导入',
      'JB070 第 4 段是主控文档中子文档的链接（第二章.docx）：子文档的文字不在这个文件中，没有导入',
    ]);
  });

  it('is named also when it stands in the body between paragraphs, or its relationship is missing', () => {
    const { lines, notes } = imported(p(r('甲。')) + '<w:subDoc r:id="rIdS2"/>' + p(`<w:subDoc r:id="rIdNone"/>`) + p(r('乙。')));
    expect(lines).toEqual(['甲。', '乙。']);
    expect(notes).toEqual([
      'JB070 第 3 段是主控文档中子文档的链接（第二章.docx）：子文档的文字不在这个文件中，没有导入',
      'JB070 第 4 段是主控文档中子文档的链接：子文档的文字不在这个文件中，没有导入',
    ]);
  });
});

// Numbered lines of one level (一、 二、 / （一）（二） / 1. 2.) in body type are headings together or
// not at all: one decision per level and one note, never 一、 a heading and 二、 body text.
import { diag } from '../../../src/diagnostics/make';
import { messageOf } from '../../../src/diagnostics/messages';
import { readDocx } from '../../../src/import/docx/read-docx';
import { shapeArticle } from '../../../src/import/intake/shape';
import { textUnits } from '../../../src/import/intake/text-units';
import { p, r, rawDocx } from './raw-docx';

const TITLE = p(r('台州市科协2022年上半年工作总结'), '<w:jc w:val="center"/>');

function shaped(...paras: string[]) {
  const got = readDocx(rawDocx(TITLE + paras.map((t) => p(r(t))).join('')), 'x.docx');
  if (!got.ok) throw new Error(got.diagnostic.code);
  const d = shapeArticle(got.units, { fileStem: 'x', flags: got.flags });
  return {
    lines: d.blocks.map((b) => b.line),
    notes: d.notes.map((n) => `${n.code} ${messageOf(diag(n.code, 'x.docx', null, n.args), 'zh').message}`),
  };
}

describe('one numbering level, one decision', () => {
  it('一、 and 二、, （一） and （二） are all headings, whatever ends the paragraph before them', () => {
    const { lines, notes } = shaped(
      '一、总体情况',
      '（一）组织建设',
      '全市新建基层科协组织12个。',
      '（二）科普工作',
      '全年举办科普活动56场，参与群众3万余人次',
      '二、下步打算',
      '继续加强基层组织建设。',
    );
    expect(lines).toEqual([
      '## 一、总体情况',
      '## （一）组织建设',
      '全市新建基层科协组织12个。',
      '## （二）科普工作',
      '全年举办科普活动56场，参与群众3万余人次',
      '## 二、下步打算',
      '继续加强基层组织建设。',
    ]);
    expect(notes).toEqual([
      'JB138 第 2、7 段：2 个同级的编号短行（“一、总体情况”等）都按小标题导入',
      'JB138 第 3、5 段：2 个同级的编号短行（“（一）组织建设”等）都按小标题导入',
    ]);
  });

  it('numbered short lines one after another are a list: all body text, one note', () => {
    const { lines, notes } = shaped('主要措施：', '1.加强组织领导', '2.健全工作机制', '3.强化经费保障', '以上措施已落实到位。');
    expect(lines).toEqual(['主要措施：', '1.加强组织领导', '2.健全工作机制', '3.强化经费保障', '以上措施已落实到位。']);
    expect(notes).toEqual(['JB138 第 3、4、5 段：3 个同级的编号短行（“1.加强组织领导”等）前后相接，像列表，都按正文导入']);
  });

  it('a numbered sentence is body and does not count as a sibling', () => {
    const { lines } = shaped('一、基本情况', '全年完成任务。', '1.召开理事会。', '二、存在问题', '经费不足。');
    expect(lines).toEqual(['## 一、基本情况', '全年完成任务。', '1.召开理事会。', '## 二、存在问题', '经费不足。']);
  });

  it('the same in a .txt contribution', () => {
    const units = textUnits(
      '标题\n一、总体情况\n（一）组织建设\n新建组织12个。\n（二）科普工作\n举办活动56场\n二、下步打算\n继续努力。\n',
      false,
    );
    const d = shapeArticle(units, { fileStem: 'x' });
    expect(d.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      '一、总体情况',
      '（一）组织建设',
      '（二）科普工作',
      '二、下步打算',
    ]);
  });
});

describe('one level used two ways: decided per run of siblings under their parent', () => {
  it('1. lines are headings under 一、 (each followed by its text) and a list under 二、, each noted where', () => {
    const { lines, notes } = shaped(
      '一、总体情况',
      '1.组织建设',
      '全市新建基层科协组织12个。',
      '2.科普工作',
      '全年举办科普活动56场。',
      '二、下步打算',
      '1.加强组织领导',
      '2.健全工作机制',
      '3.强化经费保障',
      '以上措施将逐项落实。',
    );
    expect(lines).toEqual([
      '## 一、总体情况',
      '## 1.组织建设',
      '全市新建基层科协组织12个。',
      '## 2.科普工作',
      '全年举办科普活动56场。',
      '## 二、下步打算',
      '1.加强组织领导',
      '2.健全工作机制',
      '3.强化经费保障',
      '以上措施将逐项落实。',
    ]);
    expect(notes).toEqual([
      'JB138 第 2、7 段：2 个同级的编号短行（“一、总体情况”等）都按小标题导入',
      'JB071 第 3、5 段：“一、总体情况”下的 2 个同级编号短行（“1.组织建设”等）都按小标题导入；同一级在第 8、9、10 段按正文导入',
      'JB071 第 8、9、10 段：“二、下步打算”下的 3 个同级编号短行（“1.加强组织领导”等）前后相接，像列表，都按正文导入；同一级在第 3、5 段按小标题导入',
    ]);
  });

  it('the list may come first, and a heading in a heading style is a parent too', () => {
    const got = readDocx(
      rawDocx(
        TITLE +
          p(r('主要做法'), '<w:outlineLvl w:val="1"/>') +
          ['（1）建立联络员制度', '（2）开展季度评比', '（3）落实专项经费'].map((t) => p(r(t))).join('') +
          p(r('成效明显'), '<w:outlineLvl w:val="1"/>') +
          p(r('（1）参与人数增加')) +
          p(r('全年参与群众3万余人次。')) +
          p(r('（2）覆盖范围扩大')) +
          p(r('活动覆盖全部乡镇。')),
      ),
      'x.docx',
    );
    if (!got.ok) throw new Error(got.diagnostic.code);
    const d = shapeArticle(got.units, { fileStem: 'x', flags: got.flags });
    expect(d.blocks.map((b) => b.line)).toEqual([
      '## 主要做法',
      '（1）建立联络员制度',
      '（2）开展季度评比',
      '（3）落实专项经费',
      '## 成效明显',
      '## （1）参与人数增加',
      '全年参与群众3万余人次。',
      '## （2）覆盖范围扩大',
      '活动覆盖全部乡镇。',
    ]);
    expect(d.notes.map((n) => `${n.code} ${n.args.nos}`)).toEqual(['JB071 3、4、5', 'JB071 7、9']);
  });

  it('a level used one way everywhere keeps one note for the level, across parents', () => {
    const { notes } = shaped('一、总体情况', '1.组织建设', '新建组织12个。', '二、下步打算', '1.加强组织领导', '继续加强基层组织建设。');
    expect(notes).toEqual([
      'JB138 第 2、5 段：2 个同级的编号短行（“一、总体情况”等）都按小标题导入',
      'JB138 第 3、6 段：2 个同级的编号短行（“1.组织建设”等）都按小标题导入',
    ]);
  });
});

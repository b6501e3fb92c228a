// Word constructs beyond plain runs, each in a minimal hand-written package: every character the
// author typed arrives in the units, or a note (JB149, JB195–JB199) says what was left out and where.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { diag } from '../../../src/diagnostics/make';
import { messageOf } from '../../../src/diagnostics/messages';
import { readDocx } from '../../../src/import/docx/read-docx';
import { intakeFile } from '../../../src/import/intake/intake-file';
import { shapeArticle } from '../../../src/import/intake/shape';
import type { SourceFlags, Unit } from '../../../src/import/intake/units';
import { strToU8 } from 'fflate';
import { NS, p, r, rawDocx, tbl, tc, tr, type RawOptions } from './raw-docx';

const TITLE = p(r('标题'), '<w:jc w:val="center"/>');

function read(body: string, o: RawOptions = {}, name = 'x.docx'): { units: Unit[]; texts: string[]; flags: SourceFlags } {
  const got = readDocx(rawDocx(TITLE + body, o), name);
  if (!got.ok) throw new Error(`not read: ${got.diagnostic.code} ${JSON.stringify(got.diagnostic.args)}`);
  return { units: got.units, texts: got.units.filter((u) => u.kind !== 'photo').map((u) => u.text), flags: got.flags };
}

/** The import's notes for `body`, as the messages an editor reads (Chinese). */
function notes(body: string, o: RawOptions = {}): string[] {
  const { units, flags } = read(body, o);
  return shapeArticle(units, { fileStem: 'x', flags })
    .notes.filter((n) => /^JB(19[5-9]|149|14[0-8])$/.test(n.code))
    .map((n) => `${n.code} ${messageOf(diag(n.code, 'x.docx', null, n.args), 'zh').message}`);
}

const fld = (instr: string, result: string) =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${instr} </w:instrText></w:r>` +
  `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${result}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;

describe('superscript and subscript runs', () => {
  it('become the Unicode characters when every character has one', () => {
    const sup = '<w:vertAlign w:val="superscript"/>';
    const sub = '<w:vertAlign w:val="subscript"/>';
    const { texts, flags } = read(
      p(`${r('面积 3000 m')}${r('2', sup)}${r('，排放 CO')}${r('2', sub)}${r('，约 10')}${r('6', sup)}${r(' 吨。')}`),
    );
    expect(texts[1]).toBe('面积 3000 m²，排放 CO₂，约 10⁶ 吨。');
    expect(flags.marks).toBeUndefined();
  });

  it('are kept as typed with JB195 when a character has none (a letter word, a note like [1])', () => {
    const sup = '<w:vertAlign w:val="superscript"/>';
    const body = p(`${r('第1')}${r('st', sup)}${r('名。')}`) + p(`${r('据报道')}${r('[1]', sup)}${r('。')}`);
    expect(read(body).texts.slice(1)).toEqual(['第1st名。', '据报道[1]。']);
    expect(notes(body)).toEqual([
      'JB195 第 2 段的上标“st”没有对应的上标或下标字符，已按普通文字写入',
      'JB195 第 3 段的上标“[1]”没有对应的上标或下标字符，已按普通文字写入',
    ]);
  });

  it('as LibreOffice writes them (w:position, a smaller size) read the same', () => {
    const raised = '<w:position w:val="8"/><w:sz w:val="19"/>';
    const lowered = '<w:position w:val="-6"/><w:sz w:val="19"/>';
    const styles = '<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="32"/></w:rPr></w:rPrDefault></w:docDefaults>';
    const { texts } = read(p(`${r('m')}${r('3', raised)}${r('与H')}${r('2', lowered)}${r('O')}`), { styles });
    expect(texts[1]).toBe('m³与H₂O');
    // A run raised a little at the paragraph's own size is only nudged, not a superscript.
    expect(read(p(`${r('甲')}${r('2', '<w:position w:val="3"/><w:sz w:val="32"/>')}`), { styles }).texts[1]).toBe('甲2');
  });
});

describe('fields', () => {
  it('keep the result Word shows, not the instruction, also when fields nest', () => {
    const inner = fld('PAGE', r('3'));
    const nested =
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> IF </w:instrText></w:r>${inner}` +
      `<w:r><w:instrText xml:space="preserve"> = 1 "一" "多" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('多')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const { texts } = read(p(`${r('详见')}${fld('HYPERLINK "http://x.cn"', r('科协网站'))}${r('；共')}${nested}${r('页。')}`));
    expect(texts[1]).toBe('详见科协网站；共多页。');
  });

  it('a field begun and never ended (a damaged file) hides nothing after it', () => {
    const body =
      p(`${r('甲')}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>${r('乙')}`) + p(r('丙。'));
    expect(read(body).texts.slice(1)).toEqual(['甲乙', '丙。']);
  });

  it('PAGE, NUMPAGES, DATE results are kept and noted as a snapshot (JB197); fldSimple too', () => {
    const body =
      p(`${r('印发日期：')}${fld('DATE \\@ "yyyy年M月d日"', r('2026年5月6日'))}`) +
      p(`${r('第')}<w:fldSimple w:instr=" PAGE ">${r('2')}</w:fldSimple>${r('页')}`);
    expect(read(body).texts.slice(1)).toEqual(['印发日期：2026年5月6日', '第2页']);
    expect(notes(body)).toEqual([
      'JB197 第 2 段的 Word 域 DATE 显示的“2026年5月6日”是保存文件时的结果（页码、日期会变），已按原样写入',
      'JB197 第 3 段的 Word 域 PAGE 显示的“2”是保存文件时的结果（页码、日期会变），已按原样写入',
    ]);
  });

  it('a Word 目录 (TOC field over paragraphs, or its content control) is left out with JB199', () => {
    const tocField =
      p(
        `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TOC \\o "1-3" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('一、总体情况\t1')}`,
      ) +
      p(r('二、主要做法\t2')) +
      p(`${r('三、下步打算\t3')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`);
    const body = tocField + p(r('正文第一段。'));
    expect(read(body).texts.slice(1)).toEqual(['正文第一段。']);
    expect(notes(body)).toEqual([
      'JB199 第 2 段处的 Word 目录没有导入（“一、总体情况\t1二、主要做法\t2三、下步…”）：简报的“本期要目”由 jianbao 按文章生成',
    ]);
    const sdt =
      '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>' +
      p(r('目录')) +
      p(r('一、总体情况 1')) +
      '</w:sdtContent></w:sdt>';
    expect(read(sdt + p(r('正文。'))).texts.slice(1)).toEqual(['正文。']);
    expect(notes(sdt + p(r('正文。')))).toEqual([
      'JB199 第 2 段处的 Word 目录没有导入（“目录一、总体情况 1”）：简报的“本期要目”由 jianbao 按文章生成',
    ]);
  });
});

describe('content controls', () => {
  const control = (content: string, placeholder: boolean) =>
    `<w:sdt><w:sdtPr><w:alias w:val="单位"/>${placeholder ? '<w:showingPlcHdr/>' : ''}</w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
  const prompt = r('单击或点击此处输入文字。', '<w:rStyle w:val="a3"/>');

  it('a control showing its placeholder prompt in a paragraph is left out with JB149, the text around it kept', () => {
    const body = p(`${r('报送单位：')}${control(prompt, true)}${r('（盖章）')}`);
    expect(read(body).texts[1]).toBe('报送单位：（盖章）');
    expect(notes(body)).toEqual(['JB149 第 2 段的内容控件显示的是占位提示“单击或点击此处输入文字。”，不是作者输入的文字，没有导入']);
  });

  it('a paragraph-level or in-cell control showing its placeholder is left out too', () => {
    const block = control(p(prompt), true) + p(r('正文。'));
    expect(read(block).texts.slice(1)).toEqual(['正文。']);
    expect(notes(block)).toEqual(['JB149 第 2 段的内容控件显示的是占位提示“单击或点击此处输入文字。”，不是作者输入的文字，没有导入']);
    const cell = tbl(tr(tc(p(r('联系人'))), tc(control(p(prompt), true))));
    expect(read(cell).texts[1]).toBe('| 联系人 |  |');
    expect(notes(cell)).toHaveLength(1);
  });

  it('what the author typed into a control is imported as typed, with no note', () => {
    const body = p(`${r('报送单位：')}${control(r('温州市科协'), false)}`) + control(p(r('正文一段。')), false);
    expect(read(body).texts.slice(1)).toEqual(['报送单位：温州市科协', '正文一段。']);
    expect(notes(body)).toEqual([]);
  });
});

describe('things that are not text', () => {
  it('an equation is named with its characters (JB198), the text around it kept', () => {
    const body = p(
      `${r('公式')}<m:oMath><m:r><m:t>E=mc</m:t></m:r><m:sSup><m:e/><m:sup><m:r><m:t>2</m:t></m:r></m:sup></m:sSup></m:oMath>${r('成立。')}`,
    );
    expect(read(body).texts[1]).toBe('公式成立。');
    expect(notes(body)).toEqual(['JB198 第 2 段的公式不是文字，没有导入：“E=mc2”']);
  });

  it('a chart, SmartArt, an OLE object, a shape without text, an altChunk are each named (JB198)', () => {
    const drawing = (data: string) =>
      `<w:r><w:drawing><wp:inline><a:graphic><a:graphicData>${data}</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;
    const body =
      p(drawing('<c:chart r:id="rIdC"/>')) +
      p(drawing('<dgm:relIds r:dm="rIdD"/>')) +
      p(`${r('见下表')}<w:r><w:object><v:shape/><o:OLEObject ProgID="Excel.Sheet.12" r:id="rIdO"/></w:object></w:r>`) +
      p(drawing('<wps:wsp><wps:spPr/></wps:wsp>')) +
      '<w:altChunk r:id="rIdA"/>' +
      p(r('完。'));
    const rels =
      '<Relationship Id="rIdA" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="chunk.htm"/>';
    expect(read(body, { rels }).texts.slice(1)).toEqual(['见下表', '完。']);
    expect(notes(body, { rels })).toEqual([
      'JB198 第 2 段的图表不是文字，没有导入',
      'JB198 第 3 段的SmartArt 图形不是文字，没有导入',
      'JB198 第 4 段的嵌入对象（Excel.Sheet.12）不是文字，没有导入',
      'JB198 第 5 段的没有文字的图形（形状、线条）不是文字，没有导入',
      'JB198 第 6 段的嵌入的外部文档（altChunk）不是文字，没有导入：“chunk.htm”',
    ]);
  });

  it('mc:AlternateContent is read once (Choice, else Fallback), in a run, a paragraph or the body', () => {
    const box = (t: string) => `<w:txbxContent>${p(r(t))}</w:txbxContent>`;
    const inRun = `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>${box('框中文字')}</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>${box('框中文字')}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    const inPara = `<mc:AlternateContent><mc:Choice Requires="w14">${r('新写法')}</mc:Choice><mc:Fallback>${r('新写法')}</mc:Fallback></mc:AlternateContent>`;
    const inBody = `<mc:AlternateContent><mc:Choice Requires="w14">${p(r('段落甲。'))}</mc:Choice><mc:Fallback>${p(r('段落甲。'))}</mc:Fallback></mc:AlternateContent>`;
    const onlyFallback = `<mc:AlternateContent><mc:Fallback>${p(r('只有后备。'))}</mc:Fallback></mc:AlternateContent>`;
    expect(read(p(`${r('正文')}${inRun}`) + p(inPara) + inBody + onlyFallback).texts.slice(1)).toEqual([
      '正文',
      '框中文字',
      '新写法',
      '段落甲。',
      '只有后备。',
    ]);
  });

  it('old WordArt (v:textpath) keeps its words as text', () => {
    const body = p(`<w:r><w:pict><v:shape><v:textpath string="科技强国"/></v:shape></w:pict></w:r>`);
    expect(read(body).texts.slice(1)).toEqual(['科技强国']);
  });
});

describe('content controls', () => {
  it('keep their content at block, run, row and cell level', () => {
    const sdt = (inner: string) => `<w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;
    const body =
      sdt(p(r('块级内容。'))) +
      p(`${r('单位：')}${sdt(r('市科协'))}`) +
      tbl(
        tr(tc(p(r('项目'))), tc(p(r('数量')))),
        sdt(tr(tc(p(r('讲座'))), tc(p(r('12'))))),
        `<w:tr>${tc(p(r('展览')))}${sdt(tc(p(r('3'))))}</w:tr>`,
      );
    expect(read(body).texts.slice(1)).toEqual(['块级内容。', '单位：市科协', '| 项目 | 数量 |', '| 讲座 | 12 |', '| 展览 | 3 |']);
  });
});

describe('tables', () => {
  it('an auto-numbered 序号 column gets its numbers as Word shows them', () => {
    const numbering =
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
    const numbered = p('', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>');
    const body = tbl(
      tr(tc(p(r('序号'))), tc(p(r('单位')))),
      tr(tc(numbered), tc(p(r('瓯海区科协')))),
      tr(tc(numbered), tc(p(r('鹿城区科协')))),
    );
    expect(read(body, { numbering }).texts.slice(1)).toEqual(['| 序号 | 单位 |', '| 1 | 瓯海区科协 |', '| 2 | 鹿城区科协 |']);
  });
});

describe('a table inside a table cell', () => {
  it('its words are written in the outer cell, apart by spaces, and a note quotes them (JB144)', () => {
    const inner = tbl(tr(tc(p(r('一组'))), tc(p(r('5人')))), tr(tc(p(r('二组'))), tc(p(r('6人')))));
    const body = tbl(tr(tc(p(r('单位'))), tc(p(r('人数')))), tr(tc(p(r('市科协'))), tc(inner)));
    expect(read(body).texts.slice(1)).toEqual(['| 单位 | 人数 |', '| 市科协 | 一组 5人 二组 6人 |']);
    expect(notes(body)).toEqual(['JB144 第 3 段的表格单元格里套着一个表格，其中的文字已接在这一格里（以空格分开）：“一组 5人 二组 6人”']);
  });
});

describe('what a text box holds', () => {
  const box = (inner: string) =>
    `<w:r><w:pict><v:shape><v:textbox><w:txbxContent>${inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`;

  it('a table, a content control and a box in the box are read, each once, after the paragraph holding it', () => {
    const body =
      p(`${r('前文。')}${box(p(r('框首。')) + tbl(tr(tc(p(r('项目'))), tc(p(r('人数')))), tr(tc(p(r('讲座'))), tc(p(r('200'))))))}`) +
      p(`${r('二段。')}${box(`<w:sdt><w:sdtContent>${p(r('控件中的段。'))}</w:sdtContent></w:sdt>`)}`) +
      p(`${r('三段。')}${box(p(r('外框。') + box(p(r('内框。')))))}`);
    const { texts } = read(body);
    expect(texts.slice(1)).toEqual([
      '前文。',
      '框首。',
      '| 项目 | 人数 |',
      '| 讲座 | 200 |',
      '二段。',
      '控件中的段。',
      '三段。',
      '外框。',
      '内框。',
    ]);
    expect(notes(body)).toEqual([]);
  });

  it('in a table cell, a box in a box is read once', () => {
    const body = tbl(tr(tc(p(r('甲'))), tc(p(r('乙')))), tr(tc(p(`${r('格')}${box(p(r('外') + box(p(r('内')))))}`)), tc(p(r('丙')))));
    expect(read(body).texts.slice(1)).toEqual(['| 甲 | 乙 |', '| 格 外 内 | 丙 |']);
  });
});

describe('file variants', () => {
  it('a main part named otherwise is found through _rels/.rels', () => {
    expect(read(p(r('正文。')), { main: 'content/main.xml' }).texts).toEqual(['标题', '正文。']);
  });

  it('strict OOXML namespaces, and other prefixes, read the same', () => {
    const strict = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
    const decls = `xmlns:w="${strict}" xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships"`;
    const o = { decls, officeDocumentType: 'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument' };
    expect(read(p(r('严格格式。')), o).texts).toEqual(['标题', '严格格式。']);
    // The same under another prefix, and with no prefix at all (a default namespace).
    expect(read(p(r('别的前缀。')), { ...o, decls: `xmlns:x="${strict}"`, prefix: 'x' }).texts).toEqual(['标题', '别的前缀。']);
    expect(read(p(r('没有前缀。')), { ...o, decls: `xmlns="${strict}"`, prefix: '' }).texts).toEqual(['标题', '没有前缀。']);
  });

  it('.docm, .dotx and .dotm are read directly, like .docx (no LibreOffice needed)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-variants-'));
    for (const ext of ['.docm', '.dotx', '.dotm']) {
      const file = path.join(dir, `来稿${ext}`);
      fs.writeFileSync(file, rawDocx(TITLE + p(r('模板中的正文。'))));
      const got = await intakeFile(file, { env: { PATH: '' }, wholeIssue: true });
      expect(got.kind === 'article' ? got.draft.title : got).toBe('标题');
    }
  });

  it('document.xml in UTF-16 with a byte-order mark', () => {
    expect(read(p(r('十六位编码。')), { utf16: true }).texts).toEqual(['标题', '十六位编码。']);
  });
});

describe('run formatting with a meaning', () => {
  it('strike-through, 着重号 and 双行合一 keep the text and note the formatting (JB196)', () => {
    const body =
      p(`${r('原定')}${r('五月', '<w:strike/>')}${r('六月举行。')}`) +
      p(`${r('务必')}${r('按时', '<w:em w:val="dot"/>')}${r('报送。')}`) +
      p(r('科协文件', '<w:eastAsianLayout w:id="1" w:combine="1"/>')) +
      p(r('不是删除线。', '<w:dstrike w:val="0"/><w:em w:val="none"/>'));
    expect(read(body).texts.slice(1)).toEqual(['原定五月六月举行。', '务必按时报送。', '科协文件', '不是删除线。']);
    expect(notes(body)).toEqual([
      'JB196 第 2 段的“五月”带有删除线，简报不印这种格式，文字已照样写入',
      'JB196 第 3 段的“按时”带有着重号，简报不印这种格式，文字已照样写入',
      'JB196 第 4 段的“科协文件”带有双行合一，简报不印这种格式，文字已照样写入',
    ]);
  });

  it('w:caps and w:smallCaps print as the capitals Word shows', () => {
    expect(read(p(`${r('举办 ')}${r('stem', '<w:caps/>')}${r(' 与 ')}${r('Ai', '<w:smallCaps/>')}${r(' 讲座')}`)).texts[1]).toBe(
      '举办 STEM 与 AI 讲座',
    );
  });
});

describe('characters with their own markup', () => {
  it('soft hyphen is dropped (shown only at a line end), no-break hyphen and tab kept as characters', () => {
    expect(
      read(p(`<w:r><w:t>科普</w:t><w:softHyphen/><w:t>教育</w:t><w:noBreakHyphen/><w:t>2026</w:t><w:tab/><w:t>完</w:t></w:r>`)).texts[1],
    ).toBe('科普教育-2026 完');
  });

  it('Symbol and Wingdings characters with a Unicode twin print as it; the rest are noted (JB194)', () => {
    const sym = (font: string, ch: string) => `<w:r><w:sym w:font="${font}" w:char="${ch}"/></w:r>`;
    const body = p(
      `${r('误差')}${sym('Symbol', 'F0B1')}${r('2，系数')}${sym('Symbol', 'F061')}${r('，完成')}${sym('Wingdings', 'F0FC')}${sym('Wingdings', 'F04A')}`,
    );
    const { texts, flags } = read(body);
    expect(texts[1]).toBe('误差±2，系数α，完成✓');
    expect(flags.symbols).toEqual({ count: 1, font: 'Wingdings', char: 'F04A' });
  });

  it('text typed in a symbol font (Wingdings, Symbol) prints as Word shows it: the Unicode twin, else noted (JB194)', () => {
    const wing = '<w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/>';
    const sym = '<w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/>';
    const body =
      p(`${r('l', wing)}${r('加强组织建设；')}${r('ü', wing)}${r('推进科普工作。')}`) +
      p(`${r('温度')}${r('±', sym)}${r('2度，系数')}${r('a', sym)}${r('。')}`) +
      // Symbol's digits and brackets are themselves.
      p(`${r('(a+b)=2', sym)}${r('。')}`) +
      p(`${r('\uF06C', wing)}${r('要求落实。')}`) +
      p(`${r('Ø', wing)}${r('抓好落实。')}`) +
      // Chinese characters in such a run are set in the East Asian font, as typed.
      p(r('中文 照打。', wing));
    const { texts, flags } = read(body);
    expect(texts.slice(1)).toEqual([
      '●加强组织建设；✓推进科普工作。',
      '温度±2度，系数α。',
      '(α+β)=2。',
      '●要求落实。',
      '抓好落实。',
      '中文 照打。',
    ]);
    expect(flags.symbols).toEqual({ count: 1, font: 'Wingdings', char: 'D8' });
  });

  it('a private-use character (造字, an old GB 18030 mapping) is kept as typed and noted (JB145)', () => {
    const body = p(r('表彰王\uE8A0同志。')) + p(r('另有\uE81E\uE81E两处。'));
    expect(read(body).texts.slice(1)).toEqual(['表彰王\uE8A0同志。', '另有\uE81E\uE81E两处。']);
    expect(notes(body)).toEqual([
      'JB145 第 2 段的“表彰王\uE8A0同志。”中有私用区字符 U+E8A0（多为自造字或符号字体的字），已原样写入；简报字体中多半没有这个字',
      'JB145 第 3 段的“另有\uE81E\uE81E两处。”中有私用区字符 U+E81E（多为自造字或符号字体的字），已原样写入；简报字体中多半没有这个字',
    ]);
  });

  it('a Latin-1 letter the run hints East Asian (typed with a Chinese input method) is set in the East Asian font, as typed', () => {
    const hinted = '<w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings" w:eastAsia="宋体" w:hint="eastAsia"/>';
    expect(read(p(`${r('lü', hinted)}${r('。')}`)).texts[1]).toBe('●ü。');
  });

  it('a symbol font set by a character style is read the same', () => {
    const styles =
      '<w:style w:type="character" w:styleId="Sym"><w:name w:val="Sym"/><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr></w:style>';
    expect(read(p(`${r('n', '<w:rStyle w:val="Sym"/>')}${r('第一项。')}`), { styles }).texts[1]).toBe('■第一项。');
  });

  it('a Wingdings bullet with a Unicode twin (●) is printed as it', () => {
    const numbering =
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uF06C"/><w:rPr><w:rFonts w:ascii="Wingdings"/></w:rPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
    const { texts, flags } = read(p(r('第一条。'), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'), { numbering });
    expect(texts[1]).toBe('●第一条。');
    expect(flags.symbols).toBeUndefined();
  });
});

describe('EQ fields (带圈字符, the old 拼音指南), which keep no result', () => {
  const eq = (...parts: string[]) =>
    `<w:r><w:fldChar w:fldCharType="begin"/></w:r>${parts.map((t) => `<w:r><w:instrText xml:space="preserve">${t}</w:instrText></w:r>`).join('')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;

  it('the text in the field is written and a note says the drawing (circle, reading) is not (JB143)', () => {
    const body =
      p(`${r('此件')}${eq(' eq \\o\\ac(', '○', ',密)')}${r('，注意保存。')}`) +
      p(`${eq('EQ \\* jc2 \\* "Font:宋体" \\* hps10 \\o\\ad(\\s\\up 9(kē),科)')}${r('协。')}`);
    expect(read(body).texts.slice(1)).toEqual(['此件密，注意保存。', '科协。']);
    expect(notes(body)).toEqual([
      'JB143 第 2 段的 EQ 域（带圈字符、旧式拼音指南等，Word 每次临时画出）只写入了其中的文字“密”，圈、注音等没有保留：“eq \\o\\ac(○,密)”',
      'JB143 第 3 段的 EQ 域（带圈字符、旧式拼音指南等，Word 每次临时画出）只写入了其中的文字“科”，圈、注音等没有保留：“EQ \\* jc2 \\* "Font:宋…”',
    ]);
  });

  it('an EQ field with no text in it (a drawn fraction bar, a bracket) is named, nothing written', () => {
    const body = p(`${r('见')}${eq('eq \\b\\lc\\{(\\a\\al\\co1\\vs3(,))')}${r('。')}`);
    expect(read(body).texts[1]).toBe('见。');
    expect(notes(body)).toEqual([
      'JB143 第 2 段的 EQ 域（带圈字符、旧式拼音指南等，Word 每次临时画出）没有导入：“eq \\b\\lc\\{(\\a\\al\\co1…”',
    ]);
  });
});

describe('old form fields (窗体域), which keep no result', () => {
  const form = (ffData: string, name: string) =>
    `<w:r><w:fldChar w:fldCharType="begin"><w:ffData>${ffData}</w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> ${name} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;

  it('a check box prints as the box Word shows (☒ checked, ☐ not); a drop-down as its chosen entry', () => {
    const body =
      p(`${form('<w:checkBox><w:sizeAuto/><w:default w:val="0"/><w:checked/></w:checkBox>', 'FORMCHECKBOX')}${r('同意')}`) +
      p(`${form('<w:checkBox><w:sizeAuto/><w:default w:val="0"/></w:checkBox>', 'FORMCHECKBOX')}${r('不同意')}`) +
      p(`${form('<w:checkBox><w:default w:val="1"/><w:checked w:val="0"/></w:checkBox>', 'FORMCHECKBOX')}${r('弃权')}`) +
      p(
        `${r('职称：')}${form('<w:ddList><w:result w:val="1"/><w:listEntry w:val="初级"/><w:listEntry w:val="中级"/><w:listEntry w:val="高级"/></w:ddList>', 'FORMDROPDOWN')}${r('。')}`,
      ) +
      p(`${r('学历：')}${form('<w:ddList><w:listEntry w:val="本科"/><w:listEntry w:val="硕士"/></w:ddList>', 'FORMDROPDOWN')}${r('。')}`);
    expect(read(body).texts.slice(1)).toEqual(['☒同意', '☐不同意', '☐弃权', '职称：中级。', '学历：本科。']);
  });
});

describe('footnotes', () => {
  it('a footnote with its own mark (customMarkFollows, e.g. *) keeps that mark and gets no [n]', () => {
    const footnotes = strToU8(
      `<w:footnotes xmlns:w="${NS.w}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>` +
        `<w:footnote w:id="1"><w:p><w:r><w:t>*</w:t></w:r><w:r><w:t>基金项目：市科协课题。</w:t></w:r></w:p></w:footnote>` +
        `<w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> 数据来自县科协。</w:t></w:r></w:p></w:footnote></w:footnotes>`,
    );
    const body = p(
      `${r('课题成果')}<w:r><w:footnoteReference w:customMarkFollows="1" w:id="1"/><w:t>*</w:t></w:r>${r('，受益2000人')}<w:r><w:footnoteReference w:id="2"/></w:r>${r('。')}`,
    );
    const { units, flags } = read(body, { parts: { 'word/footnotes.xml': footnotes } });
    expect(units.slice(1).map((u) => u.text)).toEqual(['课题成果*，受益2000人[1]。', '*基金项目：市科协课题。', '[1] 数据来自县科协。']);
    expect(flags.footnotes).toBe(2);
  });
});

describe('注音 (ruby)', () => {
  it('the annotated text is read; the annotation above it is not text of the line and is quoted in a note (JB140)', () => {
    const ruby = (base: string, rt: string) =>
      `<w:r><w:ruby><w:rubyPr><w:hps w:val="10"/></w:rubyPr><w:rt><w:r><w:t>${rt}</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>${base}</w:t></w:r></w:rubyBase></w:ruby></w:r>`;
    const body = p(`${r('走进')}${ruby('罗阳', 'luó yáng')}${r('镇，')}${ruby('𡈽', 'tǔ')}${r('字。')}`);
    expect(read(body).texts[1]).toBe('走进罗阳镇，𡈽字。');
    expect(notes(body)).toEqual(['JB140 第 2 段的注音没有导入（被注音的文字照写）：“罗阳（luó yáng）、𡈽（tǔ）”']);
  });
});

describe('paragraph layout that is not a paragraph', () => {
  it('a drop cap (首字下沉, its letter in a frame paragraph of its own) is read back into its paragraph', () => {
    const drop = (kind: string) =>
      `<w:keepNext/><w:framePr w:dropCap="${kind}" w:lines="3" w:wrap="around" w:vAnchor="text" w:hAnchor="text"/><w:spacing w:line="1000" w:lineRule="exact"/>`;
    const big = '<w:position w:val="-9"/><w:sz w:val="127"/>';
    const { units, texts } = read(
      p(r('首', big), drop('drop')) +
        p(r('字下沉的段落，第一个字放大。')) +
        p(r('1', big), drop('margin')) +
        p(r('2月1日，市科协召开会议。')) +
        p(r('末段。')),
    );
    expect(texts.slice(1)).toEqual(['首字下沉的段落，第一个字放大。', '12月1日，市科协召开会议。', '末段。']);
    expect(units.map((u) => u.no)).toEqual([1, 2, 3, 4]);
  });
});

describe('page headers and footers', () => {
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  const part = (tag: string, inner: string) =>
    strToU8(`<w:${tag} xmlns:w="${NS.w}" xmlns:v="urn:schemas-microsoft-com:vml">${inner}</w:${tag}>`);
  const pageNo = fld('PAGE', r('1'));
  const body = p(r('正文一段。'));

  it('their words are not body text: left out, and a note quotes them, a watermark too (JB141)', () => {
    const o: RawOptions = {
      rels: rel('rIdH1', 'header', 'header1.xml') + rel('rIdH2', 'header', 'header2.xml') + rel('rIdF1', 'footer', 'footer1.xml'),
      parts: {
        'word/header1.xml': part('hdr', p(r('温州科协信息　内部资料'))),
        // The first page's header says the same: quoted once. A watermark is WordArt in the header.
        'word/header2.xml': part(
          'hdr',
          p(`${r('温州科协信息　内部资料')}<w:r><w:pict><v:shape><v:textpath string="样稿"/></v:shape></w:pict></w:r>`),
        ),
        'word/footer1.xml': part('ftr', p(`${r('第')}${pageNo}${r('页')}`)),
      },
    };
    expect(read(body, o).texts.slice(1)).toEqual(['正文一段。']);
    expect(notes(body, o)).toEqual(['JB141 页眉、页脚中的文字没有导入（页眉页脚由简报模板排出）：“温州科协信息　内部资料 / 样稿”']);
  });

  it('a page number alone (第 1 页, - 1 -, Page 1 of 2) is no note', () => {
    const o: RawOptions = {
      rels: rel('rIdF1', 'footer', 'footer1.xml') + rel('rIdF2', 'footer', 'footer2.xml') + rel('rIdH1', 'header', 'header1.xml'),
      parts: {
        'word/footer1.xml': part('ftr', p(`${r('— ')}${pageNo}${r(' —')}`)),
        'word/footer2.xml': part('ftr', p(`${r('Page ')}${pageNo}${r(' of ')}${fld('NUMPAGES', r('2'))}`)),
        'word/header1.xml': part('hdr', p('')),
      },
    };
    expect(notes(body, o)).toEqual([]);
  });
});

describe('revisions, hidden text and comments, in the body and in tables alike', () => {
  it('read as Word shows them with all changes accepted, each noted', () => {
    const ins = (t: string) => `<w:ins w:id="1" w:author="a" w:date="2026-05-01T00:00:00Z">${r(t)}</w:ins>`;
    const del = (t: string) => `<w:del w:id="2" w:author="a" w:date="2026-05-01T00:00:00Z"><w:r><w:delText>${t}</w:delText></w:r></w:del>`;
    const hidden = (t: string) => r(t, '<w:vanish/>');
    const body =
      p(
        `${r('活动')}${del('于五月')}${ins('于六月')}${r('举行')}${hidden('（内部）')}${r('。')}<w:r><w:commentReference w:id="0"/></w:r>`,
      ) + tbl(tr(tc(p(r('项目'))), tc(p(r('人数')))), tr(tc(p(`${r('讲座')}${hidden('草稿')}`)), tc(p(`${del('100')}${ins('120')}`))));
    const { texts, flags } = read(body);
    expect(texts.slice(1)).toEqual(['活动于六月举行。', '| 项目 | 人数 |', '| 讲座 | 120 |']);
    expect(flags).toMatchObject({ tracked: 4, comments: 1, hidden: { count: 2, first: '（内部）' } });
  });

  it('a deleted paragraph mark joins its paragraph to the next, as accepting the change does', () => {
    const gone = '<w:rPr><w:del w:id="3" w:author="a" w:date="2026-05-01T00:00:00Z"/></w:rPr>';
    const body = p(r('活动于六月'), gone) + p(r('在市科技馆'), gone) + p(r('举行。')) + p(r('下一段。'));
    const { texts, flags } = read(body);
    expect(texts.slice(1)).toEqual(['活动于六月在市科技馆举行。', '下一段。']);
    expect(flags.tracked).toBe(2);
  });

  it('a field whose markers are in hidden runs still ends where Word ends it', () => {
    const hid = '<w:vanish/>';
    const body = p(
      `<w:r><w:rPr>${hid}</w:rPr><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:rPr>${hid}</w:rPr><w:instrText> PAGEREF _Toc1 </w:instrText></w:r>` +
        `<w:r><w:rPr>${hid}</w:rPr><w:fldChar w:fldCharType="separate"/></w:r>${r('3')}<w:r><w:rPr>${hid}</w:rPr><w:fldChar w:fldCharType="end"/></w:r>${r('页之后的文字。')}`,
    );
    expect(read(body).texts[1]).toBe('3页之后的文字。');
  });
});

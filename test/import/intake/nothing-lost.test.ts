// What a department's Word file holds beyond plain runs, each in a minimal hand-written package:
// pictures in notes, ink, date blocks, check-box symbols, and any element jianbao does not know.
// Every character and picture arrives in the units, or a note names what was left out and quotes it.
import { diag } from '../../../src/diagnostics/make';
import { messageOf } from '../../../src/diagnostics/messages';
import { readDocx } from '../../../src/import/docx/read-docx';
import { shapeArticle } from '../../../src/import/intake/shape';
import type { SourceFlags, Unit } from '../../../src/import/intake/units';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { NS, p, r, rawDocx, tbl, tc, tr, type RawOptions } from './raw-docx';

const TITLE = p(r('标题'), '<w:jc w:val="center"/>');

function read(body: string, o: RawOptions = {}): { units: Unit[]; texts: string[]; flags: SourceFlags } {
  const got = readDocx(rawDocx(TITLE + body, o), 'x.docx');
  if (!got.ok) throw new Error(`not read: ${got.diagnostic.code} ${JSON.stringify(got.diagnostic.args)}`);
  return { units: got.units, texts: got.units.filter((u) => u.kind !== 'photo').map((u) => u.text), flags: got.flags };
}

/** The import's notes for `body` in the 13x range and JB194, as the messages an editor reads (Chinese). */
function notes(body: string, o: RawOptions = {}): string[] {
  const { units, flags } = read(body, o);
  return shapeArticle(units, { fileStem: 'x', flags })
    .notes.filter((n) => /^JB(13\d|194|198)$/.test(n.code))
    .map((n) => `${n.code} ${messageOf(diag(n.code, 'x.docx', null, n.args), 'zh').message}`);
}

const PNG = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'),
);
const IMAGE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
const picture = (rid: string) =>
  `<w:r><w:drawing><wp:inline><a:graphic><a:graphicData><pic:pic><pic:blipFill><a:blip r:embed="${rid}"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;
const photos = (units: Unit[]) => units.filter((u) => u.kind === 'photo').map((u) => u.image!.ext);

describe('a picture in a footnote or an endnote', () => {
  it('is imported as a photo after the notes, and a note says where it came from (JB130)', () => {
    const decls = `xmlns:w="${NS.w}" xmlns:r="${NS.r}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"`;
    const footnotes = strToU8(
      `<w:footnotes ${decls}><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> 扫码查看原文：</w:t></w:r>${picture('rIdF')}</w:p></w:footnote></w:footnotes>`,
    );
    const endnotes = strToU8(
      `<w:endnotes ${decls}><w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r>${picture('rIdE')}</w:p></w:endnote></w:endnotes>`,
    );
    const rels = (id: string, target: string) =>
      strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="${id}" Type="${IMAGE}" Target="${target}"/></Relationships>`,
      );
    const body = p(
      `${r('详见二维码')}<w:r><w:footnoteReference w:id="1"/></w:r>${r('与附图')}<w:r><w:endnoteReference w:id="1"/></w:r>${r('。')}`,
    );
    const o: RawOptions = {
      parts: {
        'word/footnotes.xml': footnotes,
        'word/endnotes.xml': endnotes,
        'word/_rels/footnotes.xml.rels': rels('rIdF', 'media/qr.png'),
        'word/_rels/endnotes.xml.rels': rels('rIdE', 'media/map.jpeg'),
        'word/media/qr.png': PNG,
        'word/media/map.jpeg': PNG,
      },
    };
    const { units, texts } = read(body, o);
    expect(texts.slice(1)).toEqual(['详见二维码[1]与附图[i]。', '[1] 扫码查看原文：', '[i]']);
    expect(photos(units)).toEqual(['png', 'jpeg']);
    expect(notes(body, o)).toEqual([
      'JB130 脚注“[1] 扫码查看原文：”中的图片已作为照片放在文章末尾（简报的脚注只印文字）',
      'JB130 尾注“[i]”中的图片已作为照片放在文章末尾（简报的脚注只印文字）',
    ]);
  });
});

describe('ink (w:contentPart, Word 2010+ w14:contentPart)', () => {
  it('its fallback picture is imported when the file has one, else a note says the handwriting is not (JB131)', () => {
    const rels = `<Relationship Id="rIdP" Type="${IMAGE}" Target="media/ink.png"/>`;
    const withFallback =
      `<w:r><mc:AlternateContent><mc:Choice Requires="w14"><w14:contentPart xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" r:id="rIdInk"/></mc:Choice>` +
      `<mc:Fallback>${picture('rIdP').slice('<w:r>'.length, -'</w:r>'.length)}</mc:Fallback></mc:AlternateContent></w:r>`;
    const bare = '<w:r><w:contentPart r:id="rIdInk2"/></w:r>';
    const body = p(`${r('批示：')}${withFallback}`) + p(`${r('签名：')}${bare}`);
    const o: RawOptions = { rels, parts: { 'word/media/ink.png': PNG } };
    const { units, texts } = read(body, o);
    expect(texts.slice(1)).toEqual(['批示：', '签名：']);
    expect(photos(units)).toEqual(['png']);
    expect(notes(body, o)).toEqual([
      'JB131 第 2 段的手写墨迹（Word 的“绘图”笔迹）已按文件中保存的图片导入',
      'JB131 第 3 段的手写墨迹（Word 的“绘图”笔迹）没有导入：文件中没有它的图片',
    ]);
  });
});

describe('date blocks (w:yearLong, w:monthLong, w:dayShort …) and w:pgNum', () => {
  it('show the day the file is opened and keep no text: named with the paragraph, the text around kept (JB132)', () => {
    const body = p(
      `${r('印发日期：')}<w:r><w:yearLong/></w:r>${r('年')}<w:r><w:monthShort/></w:r>${r('月')}<w:r><w:dayShort/></w:r>${r('日')}`,
    );
    expect(read(body).texts[1]).toBe('印发日期：年月日');
    expect(notes(body)).toEqual([
      'JB132 第 2 段有 Word 的日期块（年、月、日），显示的是打开文件当天的日期，文件中没有保存文字，没有导入：“印发日期：年月日”',
    ]);
  });

  it('in a DATE field the field result Word saved is kept (JB197), the blocks in its code are not text', () => {
    const fld = (instr: string, result: string) =>
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${instr} </w:instrText></w:r>` +
      `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${result}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const body =
      p(`${r('成文：')}${fld('CREATEDATE \\@ "yyyy年M月d日"', r('2026年11月28日'))}`) +
      p(`${r('时间：')}<w:fldSimple w:instr=" TIME \\@ &quot;H:mm&quot; ">${r('9:30')}</w:fldSimple>`);
    expect(read(body).texts.slice(1)).toEqual(['成文：2026年11月28日', '时间：9:30']);
  });
});

describe('check boxes and ticks typed in Wingdings 2 and Wingdings', () => {
  it('print as the Unicode box or tick Word shows (☑ ☒ ☐ ✓ ✗); others stay noted (JB194)', () => {
    const sym = (font: string, ch: string) => `<w:r><w:sym w:font="${font}" w:char="${ch}"/></w:r>`;
    const w2 = '<w:rFonts w:ascii="Wingdings 2" w:hAnsi="Wingdings 2"/>';
    const body =
      p(`${sym('Wingdings 2', 'F052')}${r('同意')}${sym('Wingdings 2', 'F0A3')}${r('不同意')}${sym('Wingdings 2', 'F054')}${r('弃权')}`) +
      p(`${r('R', w2)}${r('已报送')}${r('S', w2)}${r('退回')}${r('P', w2)}${r('O', w2)}`) +
      p(`${sym('Wingdings', 'F0FE')}${sym('Wingdings', 'F0FD')}${sym('Wingdings', 'F0A8')}${sym('Wingdings', 'F0FB')}${r('完')}`) +
      p(`${r('符号')}${sym('Wingdings 2', 'F021')}`);
    const { texts, flags } = read(body);
    expect(texts.slice(1)).toEqual(['☑同意☐不同意☒弃权', '☑已报送☒退回✓✗', '☑☒☐✗完', '符号']);
    expect(flags.symbols).toEqual({ count: 1, font: 'Wingdings 2', char: 'F021' });
  });

  it('letters typed in StarBats (an old StarOffice symbol font) are not printed as letters (JB194)', () => {
    const { texts, flags } = read(p(`${r('甲')}${r('l', '<w:rFonts w:ascii="StarBats" w:hAnsi="StarBats"/>')}`));
    expect(texts[1]).toBe('甲');
    expect(flags.symbols).toEqual({ count: 1, font: 'StarBats', char: '6C' });
  });
});

describe('an element jianbao does not know', () => {
  const W15 = 'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"';
  const X = 'xmlns:x="urn:example:made-up"';

  it('in a paragraph: its text is written and a note names it and quotes the text (JB133)', () => {
    const body =
      p(`${r('前')}<w15:futureThing ${W15}><w:r><w:t>甲乙</w:t></w:r></w15:futureThing>${r('后')}`) +
      p(`<x:thing ${X}><w:r><w:t>丙丁</w:t></w:r></x:thing>`);
    expect(read(body).texts.slice(1)).toEqual(['前甲乙后', '丙丁']);
    expect(notes(body)).toEqual([
      'JB133 第 2 段中 jianbao 不认识的 Word 元素 <w15:futureThing> 里的文字已照样写入：“甲乙”；请对照原稿核对',
      'JB133 第 3 段中 jianbao 不认识的 Word 元素 <x:thing> 里的文字已照样写入：“丙丁”；请对照原稿核对',
    ]);
  });

  it('in a run, around paragraphs, around table rows: the same, and its pictures are imported', () => {
    const rels = `<Relationship Id="rIdP" Type="${IMAGE}" Target="media/a.png"/>`;
    const body =
      p(`${r('甲')}<w:r><x:mark ${X}><w:t>乙</w:t></x:mark></w:r>`) +
      `<w15:block ${W15}>${p(r('丙。'))}</w15:block>` +
      tbl(`<x:rows ${X}>${tr(tc(p(r('丁'))), tc(p(r('戊'))))}</x:rows>`) +
      p(`<x:pic ${X}>${picture('rIdP')}</x:pic>`);
    const o: RawOptions = { rels, parts: { 'word/media/a.png': PNG } };
    const { units, texts } = read(body, o);
    expect(texts.slice(1)).toEqual(['甲乙', '丙。', '| 丁 | 戊 |']);
    expect(photos(units)).toEqual(['png']);
    expect(notes(body, o)).toEqual([
      'JB133 第 2 段中 jianbao 不认识的 Word 元素 <x:mark> 里的文字已照样写入：“乙”；请对照原稿核对',
      'JB133 第 3 段中 jianbao 不认识的 Word 元素 <w15:block> 里的文字已照样写入：“丙。”；请对照原稿核对',
      'JB133 第 4 段中 jianbao 不认识的 Word 元素 <x:rows> 里的文字已照样写入：“丁戊”；请对照原稿核对',
      'JB133 第 5 段中 jianbao 不认识的 Word 元素 <x:pic> 里的图片已照样导入；请对照原稿核对',
    ]);
  });

  it('markup known to hold nothing printed (bookmarks, proofing marks, permissions) is no note', () => {
    const body = p(
      `${r('科')}<w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="0" w:name="a"/>${r('协')}<w:bookmarkEnd w:id="0"/><w:permStart w:id="1"/>${r('信息')}<w:permEnd w:id="1"/>`,
    );
    expect(read(body).texts[1]).toBe('科协信息');
    expect(notes(body)).toEqual([]);
  });
});

describe('Office Math (m:oMath)', () => {
  it('a formula on its own line (m:oMathPara) or in a table cell is named with its characters (JB198)', () => {
    const math = '<m:oMathPara><m:oMath><m:r><m:t>S=πr</m:t></m:r></m:oMath></m:oMathPara>';
    const body = p(math) + tbl(tr(tc(p(`${r('面积')}<m:oMath><m:r><m:t>a×b</m:t></m:r></m:oMath>`)), tc(p(r('平方米')))));
    expect(read(body).texts.slice(1)).toEqual(['| 面积 | 平方米 |']);
    expect(notes(body)).toEqual(['JB198 第 2 段的公式不是文字，没有导入：“S=πr”', 'JB198 第 3 段的公式不是文字，没有导入：“a×b”']);
  });
});

describe('a picture in a page header or footer (a logo, a picture watermark)', () => {
  it('is page furniture the template sets, so it is left out, and a note counts it (JB134)', () => {
    const rel = (id: string, type: string, target: string) =>
      `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
    const decls = `xmlns:w="${NS.w}" xmlns:r="${NS.r}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`;
    const logo = picture('rIdL');
    // A picture written twice (new markup and its fallback) is one picture.
    const twice = `<w:r><mc:AlternateContent><mc:Choice Requires="wps">${logo.slice(5, -6)}</mc:Choice><mc:Fallback><w:pict><v:shape><v:imagedata r:id="rIdL"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    const o: RawOptions = {
      rels: rel('rIdH1', 'header', 'header1.xml') + rel('rIdF1', 'footer', 'footer1.xml'),
      parts: {
        'word/header1.xml': strToU8(`<w:hdr ${decls}>${p(logo)}</w:hdr>`),
        'word/footer1.xml': strToU8(`<w:ftr ${decls}>${p(twice)}</w:ftr>`),
      },
    };
    const body = p(r('正文一段。'));
    expect(read(body, o).texts.slice(1)).toEqual(['正文一段。']);
    expect(notes(body, o)).toEqual(['JB134 页眉、页脚或页面背景中的 2 张图片（如单位徽标、图片水印）没有导入：页眉页脚由简报模板排出']);
  });
});

describe('a chart or a SmartArt graphic', () => {
  it('is named with the words in it (its title, categories, boxes), which the file keeps in a part of its own (JB198)', () => {
    const rel = (id: string, type: string, target: string) =>
      `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
    const drawing = (data: string) =>
      `<w:r><w:drawing><wp:inline><a:graphic><a:graphicData>${data}</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;
    const A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
    const chart = strToU8(
      `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ${A}><c:chart><c:title><c:tx><c:rich><a:p><a:r><a:t>各县参与人数</a:t></a:r></a:p></c:rich></c:tx></c:title>` +
        '<c:plotArea><c:barChart><c:ser><c:cat><c:strRef><c:strCache><c:pt idx="0"><c:v>泰顺</c:v></c:pt><c:pt idx="1"><c:v>文成</c:v></c:pt></c:strCache></c:strRef></c:cat>' +
        '<c:val><c:numRef><c:numCache><c:pt idx="0"><c:v>120</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser></c:barChart></c:plotArea></c:chart></c:chartSpace>',
    );
    const data = strToU8(
      `<dgm:dataModel xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" ${A}><dgm:ptLst>` +
        '<dgm:pt modelId="1"><dgm:t><a:p><a:r><a:t>申报</a:t></a:r></a:p></dgm:t></dgm:pt><dgm:pt modelId="2"><dgm:t><a:p><a:r><a:t>评审</a:t></a:r></a:p></dgm:t></dgm:pt>' +
        '</dgm:ptLst></dgm:dataModel>',
    );
    const o: RawOptions = {
      rels: rel('rIdC', 'chart', 'charts/chart1.xml') + rel('rIdD', 'diagramData', 'diagrams/data1.xml'),
      parts: { 'word/charts/chart1.xml': chart, 'word/diagrams/data1.xml': data },
    };
    const body = p(drawing('<c:chart r:id="rIdC"/>')) + p(drawing('<dgm:relIds r:dm="rIdD" r:lo="x" r:qs="y" r:cs="z"/>'));
    expect(notes(body, o)).toEqual([
      'JB198 第 2 段的图表不是文字，没有导入：“各县参与人数 泰顺 文成”',
      'JB198 第 3 段的SmartArt 图形不是文字，没有导入：“申报 评审”',
    ]);
  });
});

describe('a page number or date field that keeps no result', () => {
  it('shows what Word works out when it draws the page: named with its code, nothing written (JB135)', () => {
    const body =
      p(
        `${r('本页为第')}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>${r('页')}`,
      ) +
      p(`${r('今天是')}<w:fldSimple w:instr=" DATE \\@ &quot;yyyy年M月d日&quot; "/>${r('。')}`) +
      p(
        `${r('索引')}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> XE "科协" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>${r('项。')}`,
      );
    expect(read(body).texts.slice(1)).toEqual(['本页为第页', '今天是。', '索引项。']);
    expect(notes(body)).toEqual([
      'JB135 第 2 段的 Word 域 PAGE 在文件中没有保存显示的结果（Word 显示时才算出），没有导入：“PAGE”',
      'JB135 第 3 段的 Word 域 DATE 在文件中没有保存显示的结果（Word 显示时才算出），没有导入：“DATE \\@ "yyyy年M月d日"”',
    ]);
  });
});

describe('mc:AlternateContent whose new markup jianbao does not read', () => {
  it('reads the fallback: an emoji Word 2016+ writes as w16se:symEx keeps the character of its fallback', () => {
    const W16SE = 'xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex"';
    const emoji = `<w:r><mc:AlternateContent ${W16SE}><mc:Choice Requires="w16se"><w16se:symEx w16se:font="Segoe UI Emoji" w16se:char="1F44D"/></mc:Choice><mc:Fallback><w:t>👍</w:t></mc:Fallback></mc:AlternateContent></w:r>`;
    const { texts } = read(p(`${r('点赞')}${emoji}${r('！')}`));
    expect(texts[1]).toBe('点赞👍！');
  });

  it('reads a Choice whose markup it knows (a wps text box) and, with no fallback, an unknown Choice, noted (JB133)', () => {
    const X = 'xmlns:x="urn:example:made-up"';
    const body = p(`<mc:AlternateContent ${X}><mc:Choice Requires="x"><x:new>${r('新')}</x:new></mc:Choice></mc:AlternateContent>`);
    expect(read(body).texts[1]).toBe('新');
    expect(notes(body)).toEqual(['JB133 第 2 段中 jianbao 不认识的 Word 元素 <x:new> 里的文字已照样写入：“新”；请对照原稿核对']);
  });
});

describe('注音 (w:ruby) over more than plain runs', () => {
  it('the annotated text inside a tracked insertion or a hyperlink in the ruby base is read', () => {
    const ruby = (base: string) =>
      `<w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>luó yáng</w:t></w:r></w:rt><w:rubyBase>${base}</w:rubyBase></w:ruby></w:r>`;
    const body = p(`${ruby(`<w:ins w:id="1" w:author="a">${r('罗阳')}</w:ins>`)}${r('镇')}`);
    expect(read(body).texts[1]).toBe('罗阳镇');
  });
});

describe('a footnote marked w:type="normal" (the default, written out by some programs)', () => {
  it('is read like any footnote; only separators are not notes', () => {
    const footnotes = strToU8(
      `<w:footnotes xmlns:w="${NS.w}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>` +
        `<w:footnote w:type="continuationNotice" w:id="0"><w:p><w:r><w:t>（续）</w:t></w:r></w:p></w:footnote>` +
        `<w:footnote w:type="normal" w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> 数据来自县科协。</w:t></w:r></w:p></w:footnote></w:footnotes>`,
    );
    const body = p(`${r('受益2000人')}<w:r><w:footnoteReference w:id="1"/></w:r>${r('。')}`);
    const { texts, flags } = read(body, { parts: { 'word/footnotes.xml': footnotes } });
    expect(texts.slice(1)).toEqual(['受益2000人[1]。', '[1] 数据来自县科协。']);
    expect(flags.footnotes).toBe(1);
  });
});

describe('numbering defined through a list style, overridden per list, or legal', () => {
  const lvl = (ilvl: number, fmt: string, text: string, extra = '') =>
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/>${extra}<w:lvlText w:val="${text}"/></w:lvl>`;
  const item = (numId: number, ilvl: number, text: string) =>
    p(r(text), `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`);

  it('a list linked to a list style (多级列表 1 / 1.1) prints the style’s numbers', () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0"><w:styleLink w:val="Outline"/>${lvl(0, 'decimal', '%1')}${lvl(1, 'decimal', '%1.%2')}</w:abstractNum>` +
      '<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="Outline"/></w:abstractNum>' +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>';
    const body = item(2, 0, ' 总体情况') + item(2, 1, ' 活动场次');
    expect(read(body, { numbering }).texts.slice(1)).toEqual(['1 总体情况', '1.1 活动场次']);
  });

  it('a level redefined in the list (w:lvlOverride with its own w:lvl) prints as redefined', () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '%1.')}</w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">${lvl(0, 'chineseCounting', '%1、')}</w:lvlOverride></w:num>`;
    expect(read(item(1, 0, '基本情况'), { numbering }).texts[1]).toBe('一、基本情况');
  });

  it('a legal level (w:isLgl) shows every number in Arabic digits', () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '第%1章')}${lvl(1, 'decimal', '%1.%2', '<w:isLgl/>')}</w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
    expect(read(item(1, 0, ' 总则') + item(1, 1, ' 目的'), { numbering }).texts.slice(1)).toEqual(['第一章 总则', '1.1 目的']);
  });
});

describe('a paragraph numbered by its style, its level set on the paragraph', () => {
  it('prints the label of the paragraph’s level (1.1), not the style’s', () => {
    const numbering =
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl>' +
      '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
    const styles =
      '<w:style w:type="paragraph" w:styleId="Num"><w:name w:val="编号"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>';
    const body = p(r(' 总体'), '<w:pStyle w:val="Num"/>') + p(r(' 细项'), '<w:pStyle w:val="Num"/><w:numPr><w:ilvl w:val="1"/></w:numPr>');
    expect(read(body, { numbering, styles }).texts.slice(1)).toEqual(['1 总体', '1.1 细项']);
  });
});

describe('a MACROBUTTON or GOTOBUTTON field (a template’s 单击此处输入 prompt, a clickable box, a jump)', () => {
  it('prints the text in its code, which Word shows: written, and noted as likely a prompt (JB136)', () => {
    const macro = (code: string) =>
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">${code}</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const body =
      p(`${r('报送单位：')}${macro(' MACROBUTTON  AcceptAllChangesInDoc [单击此处输入单位名称] ')}`) +
      p(`${r('是否公开：')}<w:fldSimple w:instr=" MACROBUTTON CheckIt ☐ "/>${r('是')}`) +
      p(`${r('详见')}<w:fldSimple w:instr=" GOTOBUTTON 附件1 附件1 "/>${r('。')}`);
    expect(read(body).texts.slice(1)).toEqual(['报送单位：[单击此处输入单位名称]', '是否公开：☐是', '详见附件1。']);
    expect(notes(body)).toEqual([
      'JB136 第 2 段的 Word 域 MACROBUTTON 显示的“[单击此处输入单位名称]”已照样写入：它常是模板中的占位提示',
      'JB136 第 3 段的 Word 域 MACROBUTTON 显示的“☐”已照样写入：它常是模板中的占位提示',
      'JB136 第 4 段的 Word 域 GOTOBUTTON 显示的“附件1”已照样写入：它常是模板中的占位提示',
    ]);
  });
});

describe('a SYMBOL field saved without its result', () => {
  it('prints the character its code names (through the symbol font’s twin when it has one)', () => {
    const sym = (code: string) =>
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">${code}</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const body =
      p(
        `${r('误差')}${sym(' SYMBOL 177 \\f "Symbol" ')}${r('2℃，')}${sym(' SYMBOL 0x2605 \\u ')}${r('优秀')}${sym(' SYMBOL 33 \\f "Wingdings" ')}`,
      ) + p(`${r('同意')}<w:fldSimple w:instr=" SYMBOL 82 \\f &quot;Wingdings 2&quot; "/>`);
    expect(read(body).texts.slice(1)).toEqual(['误差±2℃，★优秀', '同意☑']);
    expect(read(body).flags.symbols).toEqual({ count: 1, font: 'Wingdings', char: '21' });
  });
});

describe('mc:AlternateContent in a table cell, a note or a text box', () => {
  it('is read once (the branch chosen), not once per branch', () => {
    const alt = (t: string) =>
      `<mc:AlternateContent><mc:Choice Requires="w14">${p(r(t))}</mc:Choice><mc:Fallback>${p(r(t))}</mc:Fallback></mc:AlternateContent>`;
    const footnotes = strToU8(
      `<w:footnotes xmlns:w="${NS.w}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:footnote w:id="1">${alt('注文')}</w:footnote></w:footnotes>`,
    );
    const box = `<w:r><w:pict><v:shape><v:textbox><w:txbxContent>${alt('框文')}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`;
    const body =
      tbl(tr(tc(alt('甲')), tc(p(r('乙'))))) +
      p(`${r('见注')}<w:r><w:footnoteReference w:id="1"/></w:r>`) +
      tbl(tr(tc(p(box)), tc(p(r('丙')))));
    expect(read(body, { parts: { 'word/footnotes.xml': footnotes } }).texts.slice(1)).toEqual([
      '| 甲 | 乙 |',
      '见注[1]',
      '| 框文 | 丙 |',
      '[1] 注文',
    ]);
  });
});

describe('a page background picture (页面颜色 → 填充效果 → 图片)', () => {
  it('is page furniture too: left out, and counted in the same note (JB134)', () => {
    const background =
      '<w:background w:color="FFFFFF"><v:background id="bg" o:bwmode="white"><v:fill r:id="rIdBg" type="frame"/></v:background></w:background>';
    const body = p(r('正文一段。'));
    const o: RawOptions = { rels: `<Relationship Id="rIdBg" Type="${IMAGE}" Target="media/bg.png"/>`, parts: { 'word/media/bg.png': PNG } };
    const xml = rawDocx(TITLE + body, o);
    // The background sits before the body in w:document.
    const files = unzipSync(new Uint8Array(xml));
    files['word/document.xml'] = strToU8(
      Buffer.from(files['word/document.xml']).toString('utf8').replace('<w:body>', `${background}<w:body>`),
    );
    const got = readDocx(Buffer.from(zipSync(files)), 'x.docx');
    if (!got.ok) throw new Error('not read');
    const shaped = shapeArticle(got.units, { fileStem: 'x', flags: got.flags }).notes.filter((n) => n.code === 'JB134');
    expect(shaped.map((n) => messageOf(diag(n.code, 'x.docx', null, n.args), 'zh').message)).toEqual([
      '页眉、页脚或页面背景中的 1 张图片（如单位徽标、图片水印）没有导入：页眉页脚由简报模板排出',
    ]);
  });
});

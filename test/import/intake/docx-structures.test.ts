// Structures real Word/WPS files hold beyond plain paragraphs: text boxes, page breaks, photos in
// table cells (made with `docx`), and a hand-written package in Chinese Word's own conventions
// (style ids "1"/"2" named "heading 1/2", a picture inside mc:AlternateContent, ruby, a field).
import fs from 'node:fs';
import path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { AlignmentType, LevelFormat, PageBreak, SymbolRun, Textbox } from 'docx';
import { runCli } from '../../helpers/run-cli';
import { centredTitle, docxOf, ImageRun, Paragraph, png, Table, TableCell, TableRow, TextRun, typed } from './make-docx';
import { firstArticle, firstMissingInOrder, pdfTexts, tmp } from './intake-helpers';

async function importDocx(name: string, bytes: Buffer | Uint8Array) {
  const dir = tmp('struct');
  const file = path.join(dir, `${name}.docx`);
  fs.writeFileSync(file, bytes);
  const run = await runCli(['import', file, '-o', dir]);
  const yamlPath = path.join(dir, `${name}.yaml`);
  return { run, dir, yamlPath, yaml: fs.existsSync(yamlPath) ? fs.readFileSync(yamlPath, 'utf8') : '' };
}

const W =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" xmlns:v="urn:schemas-microsoft-com:vml"';
const PHOTO = png(10, 160, 60);

function chineseWordPackage(): Uint8Array {
  const p = (inner: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${inner}</w:p>`;
  const r = (t: string, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${t}</w:t></w:r>`;
  const pictureRun =
    '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:inline><a:graphic><a:graphicData><pic:pic><pic:blipFill><a:blip r:embed="rIdImg"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:imagedata r:id="rIdImg"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>';
  const body = [
    p(r('温州市科协召开全委会', '<w:sz w:val="44"/>'), '<w:pStyle w:val="1"/>'),
    p(r('　　会议由市科协主席主持。')),
    p(r('一、总结工作'), '<w:pStyle w:val="2"/>'),
    p(
      `${r('　　')}<w:r><w:ruby><w:rubyPr/><w:rt>${r('kē')}</w:rt><w:rubyBase>${r('科')}</w:rubyBase></w:ruby></w:r>${r('协去年完成')}<w:fldSimple w:instr=" PAGE ">${r('12')}</w:fldSimple>${r('项任务。')}`,
    ),
    p(pictureRun, '<w:jc w:val="center"/>'),
    p(r('图为会议现场'), '<w:pStyle w:val="a5"/>'),
    p(`<w:r><w:instrText> HYPERLINK "http://x" </w:instrText></w:r>${r('　　会议要求抓好落实。（市科协办公室）')}`),
  ].join('');
  const styles =
    `<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="32"/></w:rPr></w:rPrDefault></w:docDefaults>` +
    '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="a5"><w:name w:val="caption"/><w:basedOn w:val="a"/></w:style></w:styles>';
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`,
    ),
    'word/styles.xml': strToU8(styles),
    'word/_rels/document.xml.rels': strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdImg" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>',
    ),
    'word/media/image1.png': PHOTO,
  });
}

describe('.docx structures', () => {
  it('a text box: its text kept after the paragraph holding it, with a note', async () => {
    const { run, yamlPath, yaml } = await importDocx(
      'textbox',
      await docxOf([
        centredTitle('科技周活动'),
        typed('5月20日，科技周开幕。'),
        new Textbox({ alignment: 'left', style: { width: '200pt', height: '50pt' }, children: [new Paragraph('文本框里的说明文字。')] }),
        typed('活动持续一周。'),
      ]),
    );
    expect(run.code).toBe(0);
    expect(firstArticle(yamlPath).body.split('\n').filter(Boolean)).toEqual([
      '5月20日，科技周开幕。',
      '文本框里的说明文字。',
      '活动持续一周。',
    ]);
    expect(yaml).toMatch(/# 请核对：第 \d 段的文本框中的文字已作为正文段落放在该段之后/);
  });

  it('a page break splits paragraphs without a soft-break warning', async () => {
    const { run, yamlPath } = await importDocx(
      'pagebreak',
      await docxOf([
        centredTitle('年度工作总结'),
        new Paragraph({ children: [new TextRun('上半年完成任务'), new PageBreak(), new TextRun('下半年继续推进。')] }),
      ]),
    );
    expect(run.code).toBe(0);
    expect(firstArticle(yamlPath).body).toBe('上半年完成任务\n\n下半年继续推进。\n');
    expect(run.stderr).not.toContain('JB177');
  });

  it('photos in table cells come out as photos after their row', async () => {
    const a = png(250, 250, 0);
    const b = png(0, 0, 250);
    const cell = (data: Buffer) =>
      new TableCell({
        children: [new Paragraph({ children: [new ImageRun({ type: 'png', data, transformation: { width: 40, height: 30 } })] })],
      });
    const { run, dir, yamlPath } = await importDocx(
      'photogrid',
      await docxOf([
        centredTitle('活动剪影'),
        typed('以下为活动照片。'),
        new Table({ rows: [new TableRow({ children: [cell(a), cell(b)] })] }),
        typed('照片由各县科协提供。'),
      ]),
    );
    expect(run.code).toBe(0);
    const body = firstArticle(yamlPath).body;
    const paths = [...body.matchAll(/^!\[\]\((images\/[0-9a-f]{16}\.png)\)$/gm)].map((m) => m[1]);
    expect(paths).toHaveLength(2);
    expect(fs.readFileSync(path.join(dir, paths[0])).equals(a)).toBe(true);
    expect(fs.readFileSync(path.join(dir, paths[1])).equals(b)).toBe(true);
  });

  it('a merged cell keeps the table a table: the cells it spans are written empty, and a note says so (JB191)', async () => {
    const cell = (text: string, columnSpan?: number) =>
      new TableCell({ children: [new Paragraph(text)], ...(columnSpan ? { columnSpan } : {}) });
    const { run, yamlPath } = await importDocx(
      'merged',
      await docxOf([
        centredTitle('各县科普活动统计'),
        typed('统计如下。'),
        new Table({
          rows: [
            new TableRow({ children: [cell('地区'), cell('场次'), cell('人数')] }),
            new TableRow({ children: [cell('鹿城'), cell('12'), cell('300')] }),
            new TableRow({ children: [cell('合计（暂缺）', 2), cell('900')] }),
          ],
        }),
        typed('以上数据由各县科协提供。'),
      ]),
    );
    expect(run.code).toBe(0);
    const rows = firstArticle(yamlPath)
      .body.split('\n')
      .filter((l) => l.startsWith('|'));
    // Every row of the table has the header's three cells, so the body reads it as one table.
    expect(rows.map((r) => r.split('|').length)).toEqual([5, 5, 5, 5]);
    expect(rows[3]).toMatch(/^\| 合计（暂缺） \|\s*\| 900 \|$/);
    expect(run.stderr).toMatch(/JB191/);
    const printed = (await pdfTexts([yamlPath])).get(yamlPath)!;
    expect(printed).not.toMatch(/\|/);
    expect(printed).toMatch(/合计（暂缺）/);
  });

  it('a cell holding "|" cannot be written as a table cell: the import stops and names the paragraph (JB192)', async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const { run, yaml } = await importDocx(
      'pipe',
      await docxOf([
        centredTitle('统计'),
        typed('统计如下。'),
        new Table({
          rows: [new TableRow({ children: [cell('地区'), cell('A|B')] }), new TableRow({ children: [cell('鹿城'), cell('12')] })],
        }),
      ]),
    );
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/JB192/);
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(yaml).toBe('');
  });

  it('hidden text (Word shows and prints none of it) is not imported, and a note quotes it (JB193)', async () => {
    const { run, yamlPath } = await importDocx(
      'hidden',
      await docxOf([
        centredTitle('市科协召开会议'),
        new Paragraph({
          children: [
            new TextRun('\u3000\u3000会议要求抓好落实。'),
            new TextRun({ text: '（内部：此句不公开）', vanish: true }),
            new TextRun('会议强调安全。'),
          ],
        }),
      ]),
    );
    expect(run.code).toBe(0);
    const a = firstArticle(yamlPath);
    expect(a.body.trim()).toBe('会议要求抓好落实。会议强调安全。');
    expect(run.stderr).toMatch(/JB193/);
    expect(run.stderr).toContain('此句不公开');
    expect(fs.readFileSync(yamlPath, 'utf8')).toMatch(/# 请核对：.*此句不公开/);
  });

  it('a symbol-font character (Wingdings) is noted, not dropped silently; a Unicode w:sym is kept as its character (JB194)', async () => {
    const { run, yamlPath } = await importDocx(
      'symbols',
      await docxOf([
        centredTitle('市科协召开会议'),
        new Paragraph({
          children: [
            new TextRun('\u3000\u3000完成情况'),
            new SymbolRun({ char: 'F04A', symbolfont: 'Wingdings' }),
            new TextRun('，气温 25'),
            new SymbolRun({ char: '2103', symbolfont: '宋体' }),
            new TextRun('。'),
          ],
        }),
      ]),
    );
    expect(run.code).toBe(0);
    expect(firstArticle(yamlPath).body.trim()).toBe('完成情况，气温 25℃。');
    expect(run.stderr).toMatch(/JB194/);
    expect(run.stderr).toMatch(/Wingdings/);
  });

  it('a bullet Word prints as a character (●) is kept like a number label; a symbol-font bullet (Wingdings) is noted (JB194)', async () => {
    const bullets = {
      config: [
        { reference: 'dot', levels: [{ level: 0, format: LevelFormat.BULLET, text: '●', alignment: AlignmentType.LEFT }] },
        {
          reference: 'wing',
          levels: [
            { level: 0, format: LevelFormat.BULLET, text: '\uF0D8', alignment: AlignmentType.LEFT, style: { run: { font: 'Wingdings' } } },
          ],
        },
      ],
    };
    const { run, yamlPath } = await importDocx(
      'bullets',
      await docxOf(
        [
          centredTitle('市科协召开会议'),
          typed('会议部署三项工作。'),
          new Paragraph({ numbering: { reference: 'dot', level: 0 }, children: [new TextRun('加强组织建设。')] }),
          new Paragraph({ numbering: { reference: 'wing', level: 0 }, children: [new TextRun('推进科普工作。')] }),
        ],
        { numbering: bullets },
      ),
    );
    expect(run.code).toBe(0);
    expect(firstArticle(yamlPath).body.split('\n').filter(Boolean)).toEqual(['会议部署三项工作。', '●加强组织建设。', '推进科普工作。']);
    expect(run.stderr).toMatch(/JB194.*Wingdings.*F0D8/);
  });

  it('Chinese Word conventions: heading styles by name, a picture in mc:AlternateContent read once, ruby base text, field results', async () => {
    const { run, dir, yamlPath } = await importDocx('cnword', chineseWordPackage());
    expect(run.code).toBe(0);
    const a = firstArticle(yamlPath);
    expect(a.title).toBe('温州市科协召开全委会');
    expect(a.source).toBe('市科协办公室');
    const lines = a.body.split('\n').filter(Boolean);
    expect(lines[0]).toBe('会议由市科协主席主持。');
    expect(lines[1]).toBe('## 一、总结工作');
    expect(lines[2]).toBe('科协去年完成12项任务。');
    expect(lines[3]).toMatch(/^!\[图为会议现场\]\(images\/[0-9a-f]{16}\.png\)$/);
    expect(lines[4]).toBe('会议要求抓好落实。');
    expect(lines).toHaveLength(5);
    expect(fs.readdirSync(path.join(dir, 'images'))).toHaveLength(1);
    expect(run.stderr).not.toMatch(/JB17[35]|JB181/);
    const text = (await pdfTexts([yamlPath])).get(yamlPath)!;
    expect(
      firstMissingInOrder(
        '温州市科协召开全委会 会议由市科协主席主持。一、总结工作 科协去年完成12项任务。图为会议现场 会议要求抓好落实。（市科协办公室）',
        text,
        ['图为会议现场'],
      ),
    ).toBeNull();
  }, 60_000);
});

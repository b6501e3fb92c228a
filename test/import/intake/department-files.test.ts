// A department's submission as its own tools make it (a flat ODT written by hand, saved by
// LibreOffice as .docx, .odt and .doc): page header and footer, symbol-font bullets typed as letters, a
// 拼音指南, a footnote, a text box, a tracked insertion and a comment. Every character typed is in
// the YAML and the PDF, or a note names what was left out.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { runCli } from '../../helpers/run-cli';
import { firstArticle, firstMissingInOrder, hasSoffice, pdfTexts, tmp } from './intake-helpers';

const FODT = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls>
  <style:font-face style:name="Wingdings" svg:font-family="Wingdings" style:font-charset="x-symbol"/>
  <style:font-face style:name="Symbol" svg:font-family="Symbol" style:font-charset="x-symbol"/>
 </office:font-face-decls>
 <office:styles><style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="22pt"/></style:style></office:styles>
 <office:automatic-styles>
  <style:style style:name="W" style:family="text"><style:text-properties style:font-name="Wingdings"/></style:style>
  <style:style style:name="S" style:family="text"><style:text-properties style:font-name="Symbol"/></style:style>
  <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"/><style:header-style/><style:footer-style/></style:page-layout>
 </office:automatic-styles>
 <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p>温州科协信息　内部资料</text:p></style:header>
  <style:footer><text:p>第<text:page-number text:select-page="current">1</text:page-number>页</text:p></style:footer>
 </style:master-page></office:master-styles>
 <office:body><office:text>
  <text:tracked-changes><text:changed-region text:id="c1"><text:insertion><office:change-info><dc:creator>李四</dc:creator><dc:date>2026-11-30T10:00:00</dc:date></office:change-info></text:insertion></text:changed-region></text:tracked-changes>
  <text:p text:style-name="Title">科技志愿服务走进罗阳镇</text:p>
  <text:p>　　11月28日，市科协组织科技志愿者<text:change-start text:change-id="c1"/>30余人<text:change-end text:change-id="c1"/>走进泰顺县<text:ruby><text:ruby-base>罗阳</text:ruby-base><text:ruby-text>luó yáng</text:ruby-text></text:ruby>镇<office:annotation><dc:creator>李四</dc:creator><text:p>核实人数</text:p></office:annotation>，受益群众达2000余人<text:note text:id="n1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>数据来自县科协。</text:p></text:note-body></text:note>。</text:p>
  <text:p><text:span text:style-name="W">l</text:span>义诊咨询；<text:span text:style-name="W">ü</text:span>科普讲座，误差<text:span text:style-name="S">±</text:span>2%，系数<text:span text:style-name="S">a</text:span>。</text:p>
  <text:p>现场设立咨询台。<draw:frame text:anchor-type="paragraph" svg:width="6cm" svg:height="2cm"><draw:text-box><text:p>专家答疑　欢迎参加</text:p></draw:text-box></draw:frame></text:p>
  <text:p>（泰顺县科协）</text:p>
 </office:text></office:body>
</office:document>`;

const PRINTED =
  '科技志愿服务走进罗阳镇 11月28日，市科协组织科技志愿者30余人走进泰顺县罗阳镇，受益群众达2000余人[1]。' +
  '●义诊咨询；✓科普讲座，误差±2%，系数α。现场设立咨询台。专家答疑　欢迎参加 [1] 数据来自县科协。（泰顺县科协）';

const withSoffice = hasSoffice ? describe : describe.skip;
const skipReason = hasSoffice ? '' : ' (skipped: LibreOffice soffice is not installed)';

withSoffice(`a department's file saved by LibreOffice as .docx, .odt and .doc${skipReason}`, () => {
  const dir = tmp('dept');
  const exts = ['docx', 'odt'];
  beforeAll(() => {
    const fodt = path.join(dir, '罗阳.fodt');
    fs.writeFileSync(fodt, FODT);
    for (const ext of [...exts, 'doc']) {
      const target = { docx: 'docx:MS Word 2007 XML', odt: 'odt:writer8', doc: 'doc:MS Word 97' }[ext]!;
      spawnSync(
        'soffice',
        [
          `-env:UserInstallation=file://${path.join(dir, `profile-${ext}`)}`,
          '--headless',
          '--convert-to',
          target,
          '--outdir',
          path.join(dir, ext),
          fodt,
        ],
        { timeout: 120_000 },
      );
      fs.renameSync(path.join(dir, ext, `罗阳.${ext}`), path.join(dir, `罗阳-${ext}.${ext}`));
    }
  }, 360_000);

  it.each(exts)(
    '.%s: symbols as Word shows them, every character printed in order, the left-out header, reading and comment each noted',
    async (ext) => {
      const file = path.join(dir, `罗阳-${ext}.${ext}`);
      const run = await runCli(['import', file, '-o', path.join(dir, 'out')], { PATH: process.env.PATH });
      expect(run.code).toBe(0);
      const yamlPath = path.join(dir, 'out', `罗阳-${ext}.yaml`);
      const a = firstArticle(yamlPath);
      expect(a.title).toBe('科技志愿服务走进罗阳镇');
      expect(a.source).toBe('泰顺县科协');
      expect(a.body.split('\n').filter(Boolean)).toContain('●义诊咨询；✓科普讲座，误差±2%，系数α。');
      for (const code of ['JB140', 'JB141', 'JB178', 'JB179', 'JB180', 'JB189']) expect(run.stderr).toContain(code);
      expect(run.stderr).toContain('温州科协信息　内部资料');
      expect(run.stderr).toContain('罗阳（luó yáng）');
      expect(run.stderr).not.toMatch(/JB194/);
      const text = (await pdfTexts([yamlPath])).get(yamlPath)!;
      expect(firstMissingInOrder(PRINTED, text)).toBeNull();
    },
    180_000,
  );

  it('.doc: LibreOffice reads the 拼音指南 back as an EQ field and loses its words; JB146 names them', async () => {
    const file = path.join(dir, '罗阳-doc.doc');
    const run = await runCli(['import', file, '-o', path.join(dir, 'out')], { PATH: process.env.PATH });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/JB146 .*“罗阳”/);
    const yamlPath = path.join(dir, 'out', '罗阳-doc.yaml');
    const text = (await pdfTexts([yamlPath])).get(yamlPath)!;
    expect(firstMissingInOrder(PRINTED.replace('泰顺县罗阳镇', '泰顺县镇'), text)).toBeNull();
  }, 180_000);
});

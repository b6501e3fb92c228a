// Word files as departments make them in WPS Office and Word: a title set in a one-cell table, a
// form table before any paragraph, … Every character arrives in the YAML in the source's order,
// or a note says what changed.
import fs from 'node:fs';
import path from 'node:path';
import { diag } from '../../../src/diagnostics/make';
import { messageOf } from '../../../src/diagnostics/messages';
import { readDocx } from '../../../src/import/docx/read-docx';
import { shapeArticle } from '../../../src/import/intake/shape';
import { parse } from 'yaml';
import { runCli } from '../../helpers/run-cli';
import { SAMPLE_000 } from '../round-trip-helpers';
import { firstArticle, tmp } from './intake-helpers';
import { p, r, rawDocx, tbl, tc, tr } from './raw-docx';

const XBS = '<w:rFonts w:hint="eastAsia" w:ascii="方正小标宋简体" w:hAnsi="方正小标宋简体" w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/>';
const FS = '<w:rFonts w:hint="eastAsia" w:ascii="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/>';

function shaped(body: string) {
  const got = readDocx(rawDocx(body), 'x.docx');
  if (!got.ok) throw new Error(got.diagnostic.code);
  const d = shapeArticle(got.units, { fileStem: 'x', flags: got.flags });
  return {
    title: d.title,
    lines: d.blocks.map((b) => b.line),
    nos: d.blocks.map((b) => b.no),
    notes: d.notes.map((n) => `${n.code} ${messageOf(diag(n.code, 'x.docx', null, n.args), 'zh').message}`),
  };
}

async function imported(name: string, body: string) {
  const dir = tmp('wps');
  const file = path.join(dir, name);
  fs.writeFileSync(file, rawDocx(body));
  const run = await runCli(['import', file, '-o', path.join(dir, 'out')]);
  const yaml = path.join(dir, 'out', name.replace(/\.docx$/, '.yaml'));
  return { run, article: fs.existsSync(yaml) ? firstArticle(yaml) : undefined };
}

describe('a one-cell table (a frame WPS and Word users draw around a title or a passage)', () => {
  it('is read as the paragraphs it holds: the title in it is the title, with a note', () => {
    // WPS leaves an empty paragraph above the title in the frame: it is no paragraph of its own.
    const frame = tbl(tr(tc(p('') + p(r('科技志愿服务进社区活动简报', XBS), '<w:snapToGrid/><w:jc w:val="center"/>'))));
    const got = shaped(frame + p(r('　　5月20日，区科协组织科技志愿者走进白云街道。', FS)) + p(r('活动受到居民欢迎。', FS)));
    expect(got.title).toBe('科技志愿服务进社区活动简报');
    expect(got.lines).toEqual(['5月20日，区科协组织科技志愿者走进白云街道。', '活动受到居民欢迎。']);
    expect(got.notes).toEqual(['JB072 第 1 段起的只有一格的表格（加框的文字）已按段落导入，边框没有保留']);
    expect(got.nos).toEqual([2, 3]);
  });

  it('in the body its paragraphs stay in place, each a paragraph', () => {
    const frame = tbl(tr(tc(p(r('编者按：')) + p(r('基层科普是科协工作的重点。')))));
    const got = shaped(p(r('标题'), '<w:jc w:val="center"/>') + p(r('正文第一段。')) + frame + p(r('正文第二段。')));
    expect(got.lines).toEqual(['正文第一段。', '编者按：', '基层科普是科协工作的重点。', '正文第二段。']);
    expect(got.notes).toEqual(['JB072 第 3 段起的只有一格的表格（加框的文字）已按段落导入，边框没有保留']);
  });
});

describe('a table before any paragraph', () => {
  it('keeps its place: the title is not taken from a paragraph after it (the order would change)', async () => {
    const form = tbl(tr(tc(p(r('报送单位'))), tc(p(r('椒江区科协')))), tr(tc(p(r('联系人'))), tc(p(r('王五')))));
    const { run, article } = await imported(
      '报送表.docx',
      form + p(r('活动简报'), '<w:jc w:val="center"/>') + p(r('5月20日，区科协开展活动。')),
    );
    expect(run.stderr).not.toContain('JB163');
    expect(run.code).toBe(0);
    expect(article!.title).toBe('报送表');
    expect(article!.body.split('\n').filter((l) => l !== '')).toEqual([
      '| 报送单位 | 椒江区科协 |',
      '|---|---|',
      '| 联系人 | 王五 |',
      '活动简报',
      '5月20日，区科协开展活动。',
    ]);
  });
});

describe('tables one after another, rows shorter than the grid', () => {
  it('two Word tables next to each other stay two tables, each with its header separator', () => {
    const three = tbl(tr(tc(p(r('序号'))), tc(p(r('活动'))), tc(p(r('人数')))), tr(tc(p(r('1'))), tc(p(r('义诊'))), tc(p(r('120')))));
    const two = tbl(tr(tc(p(r('单位'))), tc(p(r('联系人')))), tr(tc(p(r('椒江区科协'))), tc(p(r('王五')))));
    const got = shaped(p(r('标题'), '<w:jc w:val="center"/>') + p(r('情况如下：')) + three + two + p(r('完。')));
    expect(got.lines).toEqual([
      '情况如下：',
      '| 序号 | 活动 | 人数 |',
      '|---|---|---|',
      '| 1 | 义诊 | 120 |',
      '| 单位 | 联系人 |',
      '|---|---|',
      '| 椒江区科协 | 王五 |',
      '完。',
    ]);
    expect(got.notes.filter((n) => n.startsWith('JB176'))).toHaveLength(2);
  });

  it('a row that leaves grid columns before or after it (w:gridBefore, w:gridAfter) is filled out with empty cells', () => {
    const table =
      '<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>' +
      tr(tc(p(r('项目'))), tc(p(r('上半年'))), tc(p(r('下半年')))) +
      `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc(p(r('30场')))}${tc(p(r('26场')))}</w:tr>` +
      `<w:tr><w:trPr><w:gridAfter w:val="2"/></w:trPr>${tc(p(r('合计56场')))}</w:tr></w:tbl>`;
    const got = shaped(p(r('标题'), '<w:jc w:val="center"/>') + table + p(r('完。')));
    expect(got.lines).toEqual(['| 项目 | 上半年 | 下半年 |', '|---|---|---|', '|  | 30场 | 26场 |', '| 合计56场 |  |  |', '完。']);
  });
});

describe('files from WPS that are not a Word document', () => {
  /** A stand-in soffice that fails if it is ever run: the file must be refused before conversion. */
  function fakeSoffice(): NodeJS.ProcessEnv {
    const bin = tmp('fake-soffice');
    fs.writeFileSync(path.join(bin, 'soffice'), '#!/bin/sh\nexit 3\n', { mode: 0o755 });
    return { PATH: bin };
  }
  async function importAs(name: string, bytes: Buffer, env: NodeJS.ProcessEnv = {}) {
    const dir = tmp('wps-bad');
    fs.writeFileSync(path.join(dir, name), bytes);
    const run = await runCli(['import', path.join(dir, name), '-o', path.join(dir, 'out')], env);
    return { run, written: fs.existsSync(path.join(dir, 'out')) };
  }
  const random = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919 + 13) % 256));

  it('a spreadsheet (.et, .xlsx) or a presentation (.dps, .pptx) says what to do in WPS', async () => {
    for (const [name, what, how] of [
      ['统计.et', '电子表格', '在 WPS 表格（或 Excel）中选中表格复制，粘贴到 WPS 文字（或 Word）中'],
      ['统计.xlsx', '电子表格', '选中表格复制'],
      ['汇报.dps', '演示文稿', '在 WPS 演示（或 PowerPoint）中复制幻灯片上的文字'],
      ['汇报.pptx', '演示文稿', '复制幻灯片上的文字'],
    ]) {
      const { run, written } = await importAs(name, Buffer.from('PK\x03\x04'));
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('JB073');
      expect(run.stderr).toContain(what);
      expect(run.stderr).toContain(how);
      expect(written).toBe(false);
    }
  });

  it('a .wps or .doc whose bytes are no Word format (damaged, or another file renamed) is refused, not read as text', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), random]);
    for (const [name, bytes] of [
      ['瓯海.wps', random],
      ['瓯海.doc', random],
      ['坏.wps', ole],
    ] as const) {
      const { run, written } = await importAs(name, bytes, fakeSoffice());
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('JB074');
      expect(run.stderr).toContain('在 WPS 文字（或 Word）中打开它');
      expect(written).toBe(false);
    }
  });
});

describe('paragraphs set right or centred in the contribution (a 落款, a subtitle)', () => {
  it('are imported as paragraphs, their alignment named in one note per kind', () => {
    const right = '<w:jc w:val="right"/>';
    const got = shaped(
      p(r('关于开展科技工作者日活动的通知', XBS), '<w:jc w:val="center"/>') +
        p(r('——记全市优秀科技工作者'), '<w:jc w:val="center"/>') +
        p(r('各县（市、区）科协：')) +
        p(r('请按时报送活动方案。')) +
        p(r('台州市科学技术协会'), right) +
        p(r('2022年5月16日'), '<w:jc w:val="end"/>'),
    );
    expect(got.lines).toEqual([
      '——记全市优秀科技工作者',
      '各县（市、区）科协：',
      '请按时报送活动方案。',
      '台州市科学技术协会',
      '2022年5月16日',
    ]);
    expect(got.notes).toEqual([
      'JB075 第 2 段在原稿中居中，简报正文的段落不居中、不右对齐，已按普通段落导入：“——记全市优秀科技工作者”',
      'JB075 第 5、6 段在原稿中右对齐，简报正文的段落不居中、不右对齐，已按普通段落导入：“台州市科学技术协会”',
    ]);
  });
});

describe('a title typed over two paragraphs (Enter at the end of its first line)', () => {
  const centre = '<w:jc w:val="center"/>';
  it('is one title of two lines when the lines share the title font, size and centring', () => {
    const got = shaped(
      p(r('台州市科协关于开展2022年', XBS), centre) +
        p(r('“全国科技工作者日”活动的通知', XBS), centre) +
        p(r('各县（市、区）科协：', FS)) +
        p(r('请按时报送活动方案。', FS)),
    );
    expect(got.title).toBe('台州市科协关于开展2022年\n“全国科技工作者日”活动的通知');
    expect(got.lines).toEqual(['各县（市、区）科协：', '请按时报送活动方案。']);
    expect(got.notes).toEqual([]);
  });

  it('a centred line in body type under the title stays in the body (a subtitle, noted)', () => {
    const got = shaped(p(r('台州市科协工作简报', XBS), centre) + p(r('（第5期）', FS), centre) + p(r('正文。', FS)));
    expect(got.title).toBe('台州市科协工作简报');
    expect(got.lines).toEqual(['（第5期）', '正文。']);
  });
});

describe('a red-headed document (红头: the issuing body’s name above the title)', () => {
  it('takes the first line as title as before, and names the paragraph below that looks like the real title', () => {
    const red = `${XBS.replace('44', '72')}<w:color w:val="FF0000"/>`;
    const centre = '<w:jc w:val="center"/>';
    const got = shaped(
      p(r('台州市科学技术协会文件', red), centre) +
        p(r('台科协〔2022〕15号', FS), centre) +
        p(r('关于表彰2021年度科普工作先进集体的决定', XBS), centre) +
        p(r('各县（市、区）科协：', FS)) +
        p(r('经研究，决定表彰先进集体10个。', FS)),
    );
    expect(got.title).toBe('台州市科学技术协会文件');
    expect(got.notes.filter((n) => n.startsWith('JB076'))).toEqual([
      'JB076 第 3 段“关于表彰2021年度科普工作先进集体的决…”也像标题：原稿开头可能是红头（发文机关标志“台州市科学技术协会文件”），已取第一段作标题',
    ]);
  });

  it('an ordinary title over a body in body type gets no such note', () => {
    const got = shaped(p(r('科普大篷车进社区', XBS), '<w:jc w:val="center"/>') + p(r('5月6日，科普大篷车开进社区。', FS)));
    expect(got.notes.filter((n) => n.startsWith('JB076'))).toEqual([]);
  });
});

describe('a page of 简讯 typed with full-width digits (６月３日), as WPS users often do', () => {
  it('is a page of briefs, the dates kept as typed', async () => {
    const dir = tmp('wps-briefs');
    const issue = path.join(dir, '2022-05.yaml');
    fs.copyFileSync(SAMPLE_000, issue);
    const file = path.join(dir, '简讯.docx');
    const lines = [
      '　　６月３日，市科协召开全委会。（市科协办公室）',
      '6月5日-7日，椒江区科协举办科普周活动。（椒江区科协）',
      '６月１０日至１２日，黄岩区科协开展科技下乡。（黄岩区科协）',
    ];
    fs.writeFileSync(file, rawDocx(p(r('简讯'), '<w:jc w:val="center"/>') + lines.map((l) => p(r(l, FS))).join('')));
    const run = await runCli(['import', file, '--to', issue]);
    expect(run.stderr).not.toContain('错误');
    expect(run.stdout).toContain('3 条简讯');
    const briefs = (parse(fs.readFileSync(issue, 'utf8')) as { briefs: { date: string; text: string; source?: string }[] }).briefs.slice(
      -3,
    );
    expect(briefs).toEqual([
      { date: '６月３日', text: '市科协召开全委会。', source: '市科协办公室' },
      { date: '6月5日-7日', text: '椒江区科协举办科普周活动。', source: '椒江区科协' },
      { date: '６月１０日至１２日', text: '黄岩区科协开展科技下乡。', source: '黄岩区科协' },
    ]);
  });
});

describe('a picture above the title (a banner or masthead image)', () => {
  const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
  const picture =
    '<w:r><w:drawing><wp:inline><a:graphic><a:graphicData><pic:pic><pic:blipFill><a:blip r:embed="rIdImg"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>';
  const o = {
    rels: '<Relationship Id="rIdImg" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/banner.png"/>',
    parts: { 'word/media/banner.png': new Uint8Array(PNG) },
  };
  it('prints under the title, as a bulletin sets every title first: a note says so', () => {
    const got = readDocx(
      rawDocx(
        p(picture, '<w:jc w:val="center"/>') + p(r('科普大篷车进社区', XBS), '<w:jc w:val="center"/>') + p(r('5月6日，大篷车开进社区。')),
        o,
      ),
      'x.docx',
    );
    if (!got.ok) throw new Error(got.diagnostic.code);
    const d = shapeArticle(got.units, { fileStem: 'x', flags: got.flags });
    expect(d.title).toBe('科普大篷车进社区');
    expect(d.blocks.map((b) => b.kind)).toEqual(['photo', 'paragraph']);
    expect(d.notes.map((n) => `${n.code} ${messageOf(diag(n.code, 'x.docx', null, n.args), 'zh').message}`)).toEqual([
      'JB077 第 1 段的 1 张图片在原稿中位于标题之上（如刊头、横幅图片）；简报的标题总在文章最前，图片已排在标题之下',
    ]);
  });
});

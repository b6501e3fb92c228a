// JB320/JB321: the Markdown an older jianbao consumed (backslash escapes the old importer wrote,
// `*图注*` caption lines) is pointed at, and `check --fix` removes it so the file prints the text
// it printed before body format v2.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { compileIssue } from '../../src/pipeline/compile-issue';
import { renderFormat } from '../../src/render/registry';
import { readDocx } from '../helpers/docx-read';
import { captureIO } from './capture-io';
import { article, charAt, codes, lintYaml } from './lint-helper';

describe('JB320 backslash escapes', () => {
  it('flags a backslash before ASCII punctuation at its column, with a fix deleting it', () => {
    const { diagnostics, text } = lintYaml(article('1\\. 加强\\*重点\\*工作，C:\\dir 与 \\\\ 照印。'));
    const hits = diagnostics.filter((d) => d.code === 'JB320');
    expect(hits.map((d) => charAt(text, d))).toEqual(['\\', '\\', '\\', '\\']);
    expect(hits.map((d) => d.col)).toEqual([8, 13, 17, 31]);
    // `\\` is one escape (its first backslash); `\d` is not an escape at all.
    expect(hits[3].fixes).toEqual([{ offset: text.indexOf('\\\\'), length: 1, text: '' }]);
    expect(hits[0].severity).toBe('warning');
  });

  it('leaves titles, a backslash before a letter or Chinese, and photo paths alone', () => {
    const yaml = article('路径 C:\\dir\\文件\n\n![图注](images/a\\_b.png)').replace('title: 标题', 'title: 标题\\*');
    expect(codes(lintYaml(yaml).diagnostics)).not.toContain('JB320');
  });
});

describe('JB321 whole-line single emphasis', () => {
  it('flags a line wrapped whole in * … * with a fix deleting both asterisks', () => {
    const { diagnostics, text } = lintYaml(article('正文。\n\n*会议现场。*'));
    const [d] = diagnostics.filter((x) => x.code === 'JB321');
    expect(d.args.input).toBe('*会议现场。*');
    const open = text.indexOf('*会议');
    expect(d.fixes).toEqual([
      { offset: open, length: 1, text: '' },
      { offset: open + 6, length: 1, text: '' },
    ]);
  });

  it.each(['2*3=6', '*重点*工作', '**加粗**', '* 列表', '*'])('does not flag %s', (line) => {
    expect(codes(lintYaml(article(line)).diagnostics)).not.toContain('JB321');
  });
});

describe('check --fix migrates a file the old importer wrote', () => {
  // Old importer output: escapes before `.`, `*`, `#`, `-`, `<`, `&`, a caption as `*…*`.
  const OLD = ['1\\. 加强组织领导。', '落实\\*重点\\*工作，A\\&B \\<b\\>。', '\\# 不是标题', '\\- 不是条目', '*会议现场。*'];
  // What markdown-it printed for those lines (the caption in 楷体, without its asterisks).
  const PRINTED_BEFORE = ['1. 加强组织领导。', '落实*重点*工作，A&B <b>。', '# 不是标题', '- 不是条目', '会议现场。'];

  it('reports each spot, fixes them all, and the build prints what it printed before', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-old-markup-'));
    const file = path.join(dir, 'issue.yaml');
    fs.writeFileSync(file, `publication: { name: 测试简报, editor: 测试单位编 }\ntemplate: plain\n${article(OLD.join('\n\n'))}`);
    console.log(`input body:\n${OLD.join('\n')}`);
    const check = captureIO();
    expect(await main(['check', '--format', 'json', file], check)).toBe(0);
    const found = JSON.parse(check.out.join('')) as Array<{ code: string; line: number }>;
    expect(found.filter((d) => d.code === 'JB320')).toHaveLength(8);
    expect(found.filter((d) => d.code === 'JB321')).toHaveLength(1);

    expect(await main(['check', '--fix', file], captureIO())).toBe(0);
    const after = captureIO();
    await main(['check', '--format', 'json', file], after);
    const left = (JSON.parse(after.out.join('')) as Array<{ code: string }>).map((d) => d.code);
    expect(left).not.toContain('JB320');
    expect(left).not.toContain('JB321');

    const compiled = compileIssue(file);
    const paragraphs = readDocx(await renderFormat(compiled.model!, 'docx')).paragraphs;
    console.log(`printed after --fix:\n${paragraphs.join('\n')}`);
    const start = paragraphs.indexOf('标题') + 1;
    expect(paragraphs.slice(start, start + OLD.length)).toEqual([...PRINTED_BEFORE.slice(0, -1), `${PRINTED_BEFORE[4]}（市科协）`]);
  });
});

// What a person must check: tracked changes (read as accepted), comments (dropped), a title taken
// on position alone, no title at all — each a warning and a `# 请核对` line in the YAML.
import fs from 'node:fs';
import path from 'node:path';
import { CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, InsertedTextRun } from 'docx';
import { runCli } from '../../helpers/run-cli';
import { centredTitle, docxOf, Paragraph, TextRun, typed } from './make-docx';
import { firstArticle, tmp } from './intake-helpers';

async function importDocx(name: string, bytes: Buffer) {
  const dir = tmp('review');
  const file = path.join(dir, `${name}.docx`);
  fs.writeFileSync(file, bytes);
  const run = await runCli(['import', file, '-o', dir]);
  const yamlPath = path.join(dir, `${name}.yaml`);
  return { run, yamlPath, yaml: fs.existsSync(yamlPath) ? fs.readFileSync(yamlPath, 'utf8') : '' };
}

const when = '2022-05-01T00:00:00Z';

describe('review notes on .docx intake', () => {
  it('reads tracked changes as accepted, drops comments, and says so', async () => {
    const bytes = await docxOf(
      [
        centredTitle('科技馆新展厅开放'),
        new Paragraph({
          children: [
            new TextRun('新展厅面积'),
            new DeletedTextRun({ text: '800', id: 1, author: '审稿', date: when }),
            new InsertedTextRun({ text: '1200', id: 2, author: '审稿', date: when }),
            new TextRun('平方米。'),
            new CommentRangeStart(0),
            new TextRun('展品均为互动展品。'),
            new CommentRangeEnd(0),
            new TextRun({ children: [new CommentReference(0)] }),
          ],
        }),
      ],
      { comments: { children: [{ id: 0, author: '审稿', date: new Date(when), children: [new Paragraph('核实面积')] }] } },
    );
    const { run, yaml, yamlPath } = await importDocx('tracked', bytes);
    expect(run.code).toBe(0);
    expect(firstArticle(yamlPath).body).toBe('新展厅面积1200平方米。展品均为互动展品。\n');
    expect(yaml).not.toContain('核实面积');
    expect(yaml).toMatch(/# 请核对：文件中有 \d+ 处修订痕迹，已按“接受全部修订”导入/);
    expect(yaml).toMatch(/# 请核对：文件中的 1 条批注没有导入/);
    expect(run.stderr).toContain('JB178');
    expect(run.stderr).toContain('JB179');
  });

  it('a plain first line is taken as the title with a note; no title at all uses the file name with a note', async () => {
    const guessed = await importDocx('guessed', await docxOf([typed('市科协召开理事会'), typed('会议审议了工作报告。')]));
    expect(firstArticle(guessed.yamlPath).title).toBe('市科协召开理事会');
    expect(guessed.yaml).toContain('# 请核对：标题是按位置推断的：第 1 段“市科协召开理事会”');
    const none = await importDocx(
      '无标题稿件',
      await docxOf([typed('会议审议了工作报告，通过了有关决议。'), typed('会议强调，要抓好落实。')]),
    );
    expect(none.run.code).toBe(0);
    const a = firstArticle(none.yamlPath);
    expect(a.title).toBe('无标题稿件');
    expect(a.body).toBe('会议审议了工作报告，通过了有关决议。\n\n会议强调，要抓好落实。\n');
    expect(none.yaml).toContain('# 请核对：原文开头没有标题，用文件名“无标题稿件”作标题');
  });
});

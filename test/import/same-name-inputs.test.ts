// Files of one name in different formats (稿件.doc, 稿件.rtf, 稿件.docx) would import to one YAML:
// the second reported "already exists" for a file the same run had just written (and with --force
// would have replaced it). Such files are refused before any is read (JB090), the others go on.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-cli';
import { centredTitle, docxOf, typed } from './intake/make-docx';

test.each([[[]], [['--force']]])('two inputs that import to one YAML are refused up front (%j), the others imported', async (extra) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-same-name-'));
  const contribution = async (title: string) => docxOf([centredTitle(title), typed('正文第一段。'), typed('（市科协办公室）')]);
  fs.writeFileSync(path.join(dir, '稿件.docx'), await contribution('甲单位开展活动'));
  fs.mkdirSync(path.join(dir, 'b'));
  fs.writeFileSync(path.join(dir, 'b', '稿件.docx'), await contribution('乙单位开展活动'));
  fs.writeFileSync(path.join(dir, '其他.docx'), await contribution('丙单位开展活动'));
  const out = path.join(dir, 'out');
  const run = await runCli([
    'import',
    path.join(dir, '稿件.docx'),
    path.join(dir, 'b', '稿件.docx'),
    path.join(dir, '其他.docx'),
    '-o',
    out,
    ...extra,
  ]);
  expect(run.code).toBe(1);
  expect(run.stderr.match(/JB090/g)).toHaveLength(1);
  expect(run.stderr).toContain(path.join(out, '稿件.yaml'));
  expect(fs.readdirSync(out).sort()).toEqual(['其他.yaml']);
});

test('one file named twice is imported once, not refused as a clash', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-same-name-'));
  fs.writeFileSync(path.join(dir, '稿件.docx'), await docxOf([centredTitle('甲单位开展活动'), typed('正文第一段。')]));
  const run = await runCli(['import', path.join(dir, '稿件.docx'), `${dir}/./稿件.docx`, '-o', path.join(dir, 'out')]);
  expect(run.code).toBe(0);
  expect(run.stderr).not.toMatch(/JB090/);
  expect(fs.readdirSync(path.join(dir, 'out'))).toEqual(['稿件.yaml']);
});

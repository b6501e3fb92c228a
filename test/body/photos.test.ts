// Photo lines: a path with spaces, `%` and Chinese loads as typed, and a photo that cannot be
// used is reported at its line in the issue file with the path as typed (never at a template).
import fs from 'node:fs';
import path from 'node:path';
import { buildYaml, issueYaml } from '../helpers/body-build';

const PNG = fs.readFileSync(path.join(__dirname, '..', '..', 'samples', 'images', 'ningbo-xie-zhiyuan.png'));

test('a photo path with a space, % and Chinese loads; its caption prints under it', async () => {
  const body = '正文。\n![会议现场。](images/照片 1%.png)';
  console.log(body);
  const built = await buildYaml(issueYaml([{ title: '标题', body }]), { 'images/照片 1%.png': PNG });
  expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const at = built.docxParagraphs.lastIndexOf('标题');
  expect(built.docxParagraphs.slice(at + 1)).toEqual(['正文。', '', '会议现场。']);
  expect(built.docxXml[at + 2]).toContain('<w:drawing>');
});

test('a missing photo is reported at its line and column with the path as typed', async () => {
  const yaml = issueYaml([{ title: '标题', body: '正文。' }]).replace(
    'body: "正文。"',
    'body: |\n      正文。\n      ![图](images/没有 这张%.png)',
  );
  console.log(yaml);
  const built = await buildYaml(yaml);
  const [d] = built.diagnostics.filter((x) => x.severity === 'error');
  expect(d).toMatchObject({
    code: 'JB501',
    line: yaml.split('\n').findIndex((l) => l.includes('![图]')) + 1,
    col: 7,
    args: { path: 'images/没有 这张%.png' },
  });
  expect(d.file).toMatch(/issue\.yaml$/);
});

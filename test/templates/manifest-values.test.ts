// A bad value in a copied template's manifest.yaml (issue: "“styles.m…”的值无效：a colour…"): the
// whole field path, the value as typed, a Chinese detail (English with --lang en), the file's
// line:col and the line itself, and a hint that says which forms are accepted.
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from '../helpers/run-cli';
import { issueIn, templateFrom, tempDir } from './fixture';

const KEXIE = fs.readFileSync(path.join(__dirname, '..', '..', 'templates', 'kexie', 'manifest.yaml'), 'utf8');

/** An issue using a copy of kexie whose manifest has `from` replaced by `to`; the line and column of `to`. */
function withManifest(from: string, to: string) {
  const manifest = KEXIE.replace(from, to);
  expect(manifest).not.toBe(KEXIE);
  const root = tempDir();
  templateFrom(root, 'mine', 'kexie', { 'manifest.yaml': manifest });
  const lines = manifest.split('\n');
  const line = lines.findIndex((l) => l.includes(to)) + 1;
  return { issue: issueIn(root, { template: './mine' }), line, lineText: lines[line - 1] };
}

const ENGLISH = /\b[A-Za-z]{2,} [a-z]{2,} [a-z]{2,}\b/;

test('a Chinese colour name (蓝): whole field path, value, Chinese detail, line:col, the line, accepted forms', async () => {
  const { issue, line, lineText } = withManifest('size: 初号, color: red', 'size: 初号, color: 蓝');
  const run = await runCli(['check', issue]);
  expect(run.code).toBe(1);
  const col = lineText.indexOf('蓝') + 1;
  expect(run.stderr).toContain(`mine/manifest.yaml:${line}:${col}: 错误 JB412`);
  expect(run.stderr).toContain('“styles.masthead.color”');
  expect(run.stderr).toContain('“蓝”');
  expect(run.stderr).toContain('#RRGGBB');
  // The line itself, under the message (the reporter shows a window of a long line).
  expect(run.stderr.split('\n')[1]).toContain('size: 初号, color: 蓝, align: center');
  // The names this manifest defines under colors:, and how a Chinese name becomes one.
  expect(run.stderr).toMatch(/red、black/);
  expect(run.stderr).toContain('中文颜色名');
  expect(run.stderr.split('\n')[0]).not.toContain('…');
  expect(run.stderr).not.toMatch(ENGLISH);

  const en = await runCli(['check', issue, '--lang', 'en'], {}, 'en');
  expect(en.stderr).toContain(`mine/manifest.yaml:${line}:${col}: error JB412`);
  expect(en.stderr).toContain('"styles.masthead.color"');
  expect(en.stderr).toContain('#RRGGBB');
  expect(en.stderr).toMatch(/red, black/);
  expect(en.stderr).toMatch(/Chinese colour name/);
});

test.each([
  ['a font size', 'size: 初号, color: red', 'size: 大号, color: red', '大号', /字号.*三号/],
  ['a length', 'lineHeight: 60pt', 'lineHeight: 60磅', '60磅', /长度.*pt.*mm/],
  ['an alignment', 'align: center, lineHeight: 60pt', 'align: middle, lineHeight: 60pt', 'middle', /left、center、right、justify/],
  ['a colour defined under colors:', 'red: "#E60012"', 'red: "#E6001"', '#E6001', /#RRGGBB/],
  ['a page size', 'size: A4', 'size: Z9', 'Z9', /A4/],
  ['a colour name not defined under colors:', 'size: 初号, color: red', 'size: 初号, color: blue', 'blue', /colors: 下已有的名称：red、black/],
])('%s written wrongly is said in Chinese with what is accepted', async (_, from, to, value, accepted) => {
  const { issue, line } = withManifest(from, to);
  const run = await runCli(['check', issue]);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain(`mine/manifest.yaml:${line}:`);
  expect(run.stderr).toContain('JB412');
  expect(run.stderr).toContain(`“${value}”`);
  expect(run.stderr).toMatch(accepted);
  expect(run.stderr.split('\n')[0]).not.toContain('…');
  expect(run.stderr).not.toMatch(ENGLISH);
});

test.each([
  ['three numbers', '[0, 100, 100]'],
  ['none', '[]'],
  ['five numbers', '[0, 100, 100, 0, 5]'],
  ['one number, not a list', '12'],
])('a CMYK of %s says that it needs four numbers from 0 to 100, at cmyk:, in Chinese and English', async (_, cmyk) => {
  const { issue, line, lineText } = withManifest('red: "#E60012"', `red: { rgb: "#E60012", cmyk: ${cmyk} }`);
  const col = lineText.lastIndexOf(cmyk) + 1;
  const run = await runCli(['check', issue]);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain(`mine/manifest.yaml:${line}:${col}: 错误 JB412`);
  expect(run.stderr).toContain('“colors.red.cmyk”');
  expect(run.stderr).toMatch(/需要 4 个数.*0–100/);
  expect(run.stderr).toContain('cmyk: [0, 100, 100, 0]');
  expect(run.stderr).not.toMatch(/不能为空|写法不对/);
  expect(run.stderr).not.toMatch(ENGLISH);

  const en = await runCli(['check', issue, '--lang', 'en'], {}, 'en');
  expect(en.stderr).toContain(`mine/manifest.yaml:${line}:${col}: error JB412`);
  expect(en.stderr).toMatch(/4 numbers.*0–100/);
  expect(en.stderr).not.toMatch(/Invalid input|must not be empty/);
});

test('a value that fits neither form of a colour: the form its type chose is the one explained', async () => {
  // `red:` is "#RRGGBB" or { rgb, cmyk }: a mapping with a bad rgb is about the rgb, not "invalid".
  const { issue, line, lineText } = withManifest('red: "#E60012"', 'red: { rgb: "#E6001", cmyk: [0, 100, 100, 0] }');
  const run = await runCli(['check', issue]);
  expect(run.stderr).toContain(`mine/manifest.yaml:${line}:${lineText.indexOf('"#E6001"') + 1}: 错误 JB412`);
  expect(run.stderr).toContain('“colors.red.rgb”');
  expect(run.stderr).toContain('#RRGGBB');
});

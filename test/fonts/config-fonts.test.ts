// A series can name its own fonts in jianbao.config.yaml (`fonts:` per role), overriding the
// template's: the PDF embeds that file, the DOCX names that family, a bad path points at the config.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileIssue } from '../../src/pipeline/compile-issue';
import { renderPdf } from '../../src/render/pdf';
import { embeddedFontNames } from '../helpers/pdf-read';
import { runCli } from '../helpers/run-cli';

const ROOT = path.join(__dirname, '..', '..');
const LIGHT = require.resolve('@expo-google-fonts/noto-sans-sc/300Light/NotoSansSC_300Light.ttf');

function series(fonts: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-cfgfont-'));
  fs.mkdirSync(path.join(dir, 'fonts'));
  fs.copyFileSync(LIGHT, path.join(dir, 'fonts', 'body.ttf'));
  const config = fs.readFileSync(path.join(ROOT, 'samples', 'jianbao.config.yaml'), 'utf8');
  fs.writeFileSync(path.join(dir, 'jianbao.config.yaml'), `${config}\n${fonts}\n`);
  fs.copyFileSync(path.join(ROOT, 'samples', 'wenzhou-kexie-2022-04.yaml'), path.join(dir, 'issue.yaml'));
  return path.join(dir, 'issue.yaml');
}

test("the config's body font file is embedded and its family is what the DOCX names", async () => {
  const file = series('fonts:\n  body: { family: 仿宋_GB2312, file: fonts/body.ttf }');
  const { model, diagnostics } = compileIssue(file);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(model!.fonts.body).toMatchObject({ family: '仿宋_GB2312', file: path.join(path.dirname(file), 'fonts', 'body.ttf') });
  expect(model!.fonts.title.family).toBe('方正小标宋简体'); // other roles keep the template's
  expect(embeddedFontNames(await renderPdf(model!)).some((n) => n.endsWith('+NotoSansSC-Light'))).toBe(true);
});

test('jianbao fonts says the body font comes from the series config', async () => {
  const file = series('fonts:\n  body: { file: fonts/body.ttf }');
  const run = await runCli(['fonts', file, '--json']);
  const roles = JSON.parse(run.stdout).roles as Array<{ role: string; origin: string; file: string }>;
  expect(roles.find((r) => r.role === 'body')).toMatchObject({ origin: 'config' });
  expect(roles.find((r) => r.role === 'title')?.origin).not.toBe('config');
});

test('a missing font file named by the config is JB601 at the config file, naming the role', () => {
  const file = series('fonts:\n  kai: { file: fonts/nope.ttf }');
  const { diagnostics } = compileIssue(file);
  const d = diagnostics.find((x) => x.code === 'JB601');
  expect(d).toMatchObject({ args: expect.objectContaining({ role: 'kai' }) });
  expect(path.basename(d!.file)).toBe('jianbao.config.yaml');
});

test('an unknown role under fonts: is rejected with the allowed ones', () => {
  const file = series('fonts:\n  bold: { family: 黑体 }');
  const { diagnostics } = compileIssue(file);
  expect(diagnostics.map((x) => [x.code, x.args.key])).toContainEqual(['JB203', 'bold']);
});

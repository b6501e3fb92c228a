// A font that lacks most of the issue's characters (a Latin font set as the body font) is one
// error, JB813, not a warning per character, and the build writes nothing (issue #25 item 7).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-cli';

const LATIN = path.join(__dirname, '..', '..', 'node_modules', 'pdfjs-dist', 'standard_fonts', 'LiberationSans-Regular.ttf');
const hasLatin = fs.existsSync(LATIN);
const t = hasLatin ? test : test.skip;

t("a Latin body font: one JB813 error, exit 1, no PDF written (skipped without pdfjs-dist's LiberationSans)", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-latinfont-'));
  fs.mkdirSync(path.join(dir, 'fonts'));
  fs.copyFileSync(LATIN, path.join(dir, 'fonts', 'latin.ttf'));
  const config = fs.readFileSync(path.join(__dirname, '..', '..', 'samples', 'jianbao.config.yaml'), 'utf8');
  fs.writeFileSync(path.join(dir, 'jianbao.config.yaml'), `${config}fonts:\n  body: { family: Liberation Sans, file: fonts/latin.ttf }\n`);
  const issue = path.join(dir, 'issue.yaml');
  fs.copyFileSync(path.join(__dirname, '..', '..', 'samples', 'wenzhou-kexie-2022-04.yaml'), issue);
  const out = path.join(dir, 'out');
  const run = await runCli(['build', issue, '-o', out, '--to', 'pdf']);
  expect(run.code).toBe(1);
  expect(run.stderr.match(/JB813/g)).toHaveLength(1);
  expect(run.stderr).not.toContain('JB604');
  expect(run.stderr).toContain('Liberation Sans');
  expect(fs.existsSync(path.join(out, 'issue.pdf'))).toBe(false);
});

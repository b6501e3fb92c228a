// One watch rebuild: fonts installed while watch runs are found by the next rebuild. The
// machine's font folders are pinned through JIANBAO_FONT_DIRS to a temporary folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundledFonts } from '../../src/fonts/bundled';
import { rebuildIssue } from '../../src/watch/rebuild';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');
const saved = process.env.JIANBAO_FONT_DIRS;
afterAll(() => {
  if (saved === undefined) delete process.env.JIANBAO_FONT_DIRS;
  else process.env.JIANBAO_FONT_DIRS = saved;
});

test('a font installed between two rebuilds is used by the second', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-rebuild-'));
  const fonts = path.join(dir, 'fonts');
  fs.mkdirSync(fonts);
  process.env.JIANBAO_FONT_DIRS = fonts;
  fs.copyFileSync(path.join(SAMPLES, 'jianbao.config.yaml'), path.join(dir, 'jianbao.config.yaml'));
  fs.copyFileSync(path.join(SAMPLES, 'wenzhou-kexie-2022-04.yaml'), path.join(dir, 'issue.yaml'));
  const issue = path.join(dir, 'issue.yaml');
  const out = path.join(dir, 'out');

  const before = await rebuildIssue(issue, out, ['pdf']);
  expect(before.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(before.ok).toBe(true);
  const first = fs.readFileSync(path.join(out, 'issue.pdf'));
  expect(first.includes('NotoSansSC-Regular')).toBe(false);

  // The editor installs "仿宋" (here: a face the sample uses nowhere, so its name shows in the PDF).
  const sansRegular = path.join(path.dirname(path.dirname(bundledFonts().heading.file)), '400Regular', 'NotoSansSC_400Regular.ttf');
  fs.copyFileSync(sansRegular, path.join(fonts, 'simfang.ttf'));
  const after = await rebuildIssue(issue, out, ['pdf']);
  expect(after.ok).toBe(true);
  expect(fs.readFileSync(path.join(out, 'issue.pdf')).includes('NotoSansSC-Regular')).toBe(true);
});

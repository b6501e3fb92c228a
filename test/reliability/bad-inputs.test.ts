// The bad-input corpus (test/fixtures/bad-inputs/cases.json): each file or folder is copied to a
// temp dir and run through `check` or `build`; the run must keep every promise (no crash, no
// stack trace, no partial output) and report the expected code at a position.
import fs from 'node:fs';
import path from 'node:path';
import { foreignWords } from './helpers/foreign-words';
import { assertOutputsComplete } from './helpers/output-checks';
import { guardedBuild, guardedCheck, reportedCodes } from './helpers/run-guarded';
import { removeTempDirs, tempDir } from './helpers/temp';

interface Case {
  input: string;
  command: 'check' | 'build';
  expect: string;
  note: string;
  args?: string[];
  generate?: string;
}

const CORPUS = path.join(__dirname, '..', 'fixtures', 'bad-inputs');
const BUNDLED_FONT = require.resolve('@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf');
const cases = JSON.parse(fs.readFileSync(path.join(CORPUS, 'cases.json'), 'utf8')) as Case[];

const HEAD = 'publication: { name: 测试简报, editor: 测试单位编 }\nissue: { number: 1, total: 1, date: "2022-04-30" }\n';
const article = (title: string, body: string) => `  - title: ${title}\n    body: |\n      ${body}\n`;

/** Inputs too big to commit, made on the spot. */
const GENERATORS: Record<string, () => string> = {
  'limits-file-too-large': () => `${HEAD}articles:\n${article('会议', '正文。')}${'# 填充注释 padding\n'.repeat(200_000)}`,
  'limits-too-many-articles': () => `${HEAD}articles:\n${Array.from({ length: 301 }, (_, i) => article(`第${i}篇`, '正文。')).join('')}`,
  'limits-too-many-briefs': () =>
    `${HEAD}articles:\n${article('会议', '正文。')}briefs:\n${Array.from({ length: 1001 }, (_, i) => `  - { date: 4月${(i % 28) + 1}日, text: 简讯${i} }\n`).join('')}`,
  'limits-huge-paragraph': () => `${HEAD}articles:\n${article('会议', `开头。\n\n      ${'长'.repeat(30_000)}`)}`,
  'limits-huge-title': () => `${HEAD}articles:\n${article('题'.repeat(5000), '正文。')}`,
};

/** Copies a case's input (its folder for folder cases) into a temp dir; returns the file to run. */
function stage(c: Case): { file: string; root: string } {
  const root = tempDir('bad');
  return { file: stageIn(c, root), root };
}

function stageIn(c: Case, root: string): string {
  if (c.generate) {
    const file = path.join(root, c.input);
    fs.writeFileSync(file, GENERATORS[c.generate]());
    return file;
  }
  const top = c.input.split('/')[0];
  fs.cpSync(path.join(CORPUS, top), path.join(root, top), { recursive: true });
  if (top === 'image-symlink-passwd') fs.symlinkSync('/etc/passwd', path.join(root, top, 'images', 'photo.png'));
  if (top === 'font-truncated')
    fs.writeFileSync(path.join(root, top, 'tpl', 'fonts', 'cut.ttf'), fs.readFileSync(BUNDLED_FONT).subarray(0, 200_000));
  return path.join(root, c.input);
}

afterAll(removeTempDirs);

describe('bad-input corpus', () => {
  it('holds at least 40 cases across every kind of bad input, each naming a documented code', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    for (const prefix of ['yaml-', 'yaml11-', 'enc-', 'junk-', 'ctrl-', 'image-', 'tpl-', 'font-', 'limits-']) {
      expect(cases.some((c) => c.input.startsWith(prefix))).toBe(true);
    }
    for (const c of cases) if (c.generate) expect(GENERATORS[c.generate]).toBeDefined();
    console.log(`bad-input corpus: ${cases.length} cases (${cases.filter((c) => c.command === 'build').length} through build)`);
  });

  it.each(cases.map((c) => [c.input, c] as const))('%s', async (_name, c) => {
    const { file, root } = stage(c);
    // Chinese mode (runCli's default): no English from Node or a library in what the editor reads.
    const noForeignWords = (said: string, argv: string[]) =>
      expect({ note: c.note, foreign: foreignWords(said, argv, root) }).toEqual({ note: c.note, foreign: [] });
    if (c.command === 'check') {
      const run = await guardedCheck(file, c.args ?? []);
      noForeignWords(run.diagnostics.map((d) => `${d.message}\n${(d as { hint?: string }).hint ?? ''}`).join('\n'), [
        file,
        ...(c.args ?? []),
      ]);
      expect(run.code).toBe(1);
      const hit = run.diagnostics.find((d) => d.code === c.expect);
      expect({ note: c.note, codes: run.diagnostics.map((d) => d.code) }).toEqual({
        note: c.note,
        codes: expect.arrayContaining([c.expect]),
      });
      expect(hit!.severity).toBe('error');
    } else {
      const out = path.join(path.dirname(file), 'out');
      const run = await guardedBuild(file, out, 'pdf,docx', c.args ?? []);
      noForeignWords(run.stdout + run.stderr, [file, out, ...(c.args ?? [])]);
      expect(run.code).toBe(1);
      const codes = reportedCodes(run.stderr);
      expect({ note: c.note, codes: codes.map((d) => d.code) }).toEqual({ note: c.note, codes: expect.arrayContaining([c.expect]) });
      // An issue with errors writes nothing, and leaves nothing half-written.
      expect(fs.existsSync(out) ? fs.readdirSync(out) : []).toEqual([]);
      assertOutputsComplete(out);
    }
  });
});

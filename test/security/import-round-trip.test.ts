// Issue #26 items 8 and 12: `import` never writes YAML that jianbao would refuse (control
// characters are pointed out in the source; every result is loaded back before writing), and
// an import source that is a link to a device is refused before reading.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadsBackProblem } from '../../src/import/loads-back';
import { runCli } from '../helpers/run-cli';

const SEED = '/work/shared/seeds/000_e208822181160997.txt';

describe('import writes only YAML that loads', () => {
  it('loadsBackProblem names YAML the loader refuses and passes a valid issue', () => {
    expect(loadsBackProblem('articles: [\n', 'x.yaml')).toMatch(/would not load/);
    expect(loadsBackProblem('articles:\n  - title: 会\u001b议\n    body: 正文。\n', 'x.yaml')).toMatch(/JB004/);
    expect(loadsBackProblem('articles:\n  - { title: 会议, unknown: 1 }\n', 'x.yaml')).toMatch(/would not load/);
    const valid =
      'publication: { name: 测试简报, editor: 测试单位编 }\nissue: { number: 1, total: 1, date: "2022-04-30" }\narticles:\n  - title: 会议\n    body: 正文。\n';
    expect(loadsBackProblem(valid, 'x.yaml')).toBeNull();
  });

  const seeded = fs.existsSync(SEED) ? it : it.skip;
  seeded(`control characters in the source text are JB004 at their line, and nothing is written [needs ${SEED}]`, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-imp-'));
    const lines = fs.readFileSync(SEED, 'utf8').split('\n');
    const at = Math.floor((lines.length * 2) / 3);
    lines[at] += '\u001b[31m红字';
    const src = path.join(dir, 'ctl.txt');
    fs.writeFileSync(src, lines.join('\n'));
    const run = await runCli(['import', src]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`ctl.txt:${at + 1}:`);
    expect(run.stderr).toContain('JB004');
    expect(fs.existsSync(path.join(dir, 'ctl.yaml'))).toBe(false);
  });

  it('a source that links to /dev/zero is refused with JB008 before reading', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-imp-'));
    const src = path.join(dir, 'zero.txt');
    fs.symlinkSync('/dev/zero', src);
    const run = await runCli(['import', src]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('JB008');
    expect(fs.existsSync(path.join(dir, 'zero.yaml'))).toBe(false);
  });
});

// -o naming a file (or a path under a file) is one usage error for every command that takes -o:
// JB705, exit 2, naming the file in the way, and nothing written or made.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { watchCommand } from '../../src/cli/commands/watch';
import type { CliIO } from '../../src/io/io';
import { runCli, type CliRun } from '../helpers/run-cli';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');
const SEED_TEXT = path.join(__dirname, '..', 'samples', 'seeds', '000_e208822181160997.txt');
jest.setTimeout(60_000);

/** A series folder 2022/ with the sample issue, and a file `afile.txt` beside it. */
function setUp(): { dir: string; series: string; issue: string; file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-out-file-'));
  const series = path.join(dir, '2022');
  fs.mkdirSync(series);
  fs.copyFileSync(path.join(SAMPLES, 'wenzhou-kexie-2022-04.yaml'), path.join(series, 'a.yaml'));
  fs.copyFileSync(path.join(SAMPLES, 'jianbao.config.yaml'), path.join(series, 'jianbao.config.yaml'));
  fs.cpSync(path.join(SAMPLES, 'images'), path.join(series, 'images'), { recursive: true });
  const file = path.join(dir, 'afile.txt');
  fs.writeFileSync(file, 'not a folder');
  return { dir, series, issue: path.join(series, 'a.yaml'), file };
}

/** watch returns at once when its signal is already aborted (after its first build, if it gets there). */
async function watchOnce(args: string[], out: string): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => (stdout += `${t}\n`), stderr: (t) => (stderr += `${t}\n`), env: {}, lang: 'zh' };
  const stop = new AbortController();
  stop.abort();
  const code = await watchCommand(io, args, { out }, stop.signal);
  return { code, stdout, stderr };
}

const listing = (dir: string) => fs.readdirSync(dir, { recursive: true }).map(String).sort();

describe('-o naming a file', () => {
  it.each([
    ['build -o FILE', (s: ReturnType<typeof setUp>) => runCli(['build', s.issue, '-o', s.file, '--to', 'docx']), ''],
    [
      'build -o FILE/sub',
      (s: ReturnType<typeof setUp>) => runCli(['build', s.issue, '-o', path.join(s.file, 'sub'), '--to', 'docx']),
      'sub',
    ],
    ['index -o FILE', (s: ReturnType<typeof setUp>) => runCli(['index', s.series, '--year', '2022', '-o', s.file, '--to', 'docx']), ''],
    ['import -o FILE', (s: ReturnType<typeof setUp>) => runCli(['import', SEED_TEXT, '-o', s.file]), ''],
    ['import -o FILE/sub', (s: ReturnType<typeof setUp>) => runCli(['import', SEED_TEXT, '-o', path.join(s.file, 'sub')]), 'sub'],
    ['watch -o FILE', (s: ReturnType<typeof setUp>) => watchOnce([s.issue], s.file), ''],
  ])('%s: JB705, exit 2, the file named and untouched, nothing made', async (_, run, under) => {
    const s = setUp();
    const before = listing(s.dir);
    const result = await run(s);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('JB705');
    expect(result.stderr).not.toMatch(/JB701|JB900|EEXIST|ENOTDIR/);
    expect(result.stderr).toContain(`${s.file} 是一个文件`);
    if (under) expect(result.stderr).toContain(path.join(s.file, under));
    expect(fs.readFileSync(s.file, 'utf8')).toBe('not a folder');
    expect(listing(s.dir)).toEqual(before);
  });

  it('says it in English with --lang en', async () => {
    const s = setUp();
    const run = await runCli(['build', s.issue, '-o', path.join(s.file, 'sub'), '--to', 'docx'], {}, 'en');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`-o names a file, ${s.file}, not a folder`);
  });
});

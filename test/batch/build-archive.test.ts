// jianbao build DIR over a synthetic archive: every issue rendered with --jobs 2 into a mirror of
// the input tree; a second run skips everything; one edited issue (or a deleted output, or a
// changed config) rebuilds exactly what depends on it; a broken issue fails alone.
import fs from 'node:fs';
import path from 'node:path';
import { CACHE_FILE_NAME } from '../../src/batch/cache';
import { runCli } from '../helpers/run-cli';
import { archive, builtStems, outputsIn, summaryOf, tmpDir } from './helpers';

const en = (argv: string[]) => runCli([...argv, '--lang', 'en'], {}, 'en');

describe('an archive of 12 issues, --jobs 2', () => {
  const { dir, files } = archive(12);
  const out = path.join(tmpDir(), 'out');
  const stems = files
    .map((f) =>
      path
        .relative(dir, f)
        .split(path.sep)
        .join('/')
        .replace(/\.yaml$/, ''),
    )
    .sort();

  test('renders every issue to PDF and DOCX under a mirror of the input tree', async () => {
    const run = await en(['build', dir, '-o', out, '--jobs', '2']);
    expect(run.code).toBe(0);
    expect(summaryOf(run.stdout)).toEqual({ total: 12, built: 12, skipped: 0, failed: 0 });
    // the generator keeps the sample's own decisions (its jianbao-ignore): a clean archive
    expect(run.stdout + run.stderr).not.toMatch(/JB\d{3}/);
    expect(outputsIn(out)).toEqual(stems.flatMap((s) => [`${s}.docx`, `${s}.pdf`]).sort());
    for (const s of stems)
      expect(
        fs
          .readFileSync(path.join(out, `${s}.pdf`))
          .subarray(-6)
          .toString('latin1'),
      ).toMatch(/%%EOF\s*$/);
    expect(fs.existsSync(path.join(out, CACHE_FILE_NAME))).toBe(true);
    // one plain line per issue (not a terminal)
    expect(builtStems(run.stdout)).toEqual(stems);
  });

  test('a second run with nothing changed skips every issue', async () => {
    const run = await en(['build', dir, '-o', out, '--jobs', '2']);
    expect(run.code).toBe(0);
    expect(summaryOf(run.stdout)).toEqual({ total: 12, built: 0, skipped: 12, failed: 0 });
  });

  test('editing one issue rebuilds only that issue', async () => {
    fs.appendFileSync(files[4], '# a comment changes the bytes\n');
    const run = await en(['build', dir, '-o', out, '--jobs', '2']);
    expect(summaryOf(run.stdout)).toEqual({ total: 12, built: 1, skipped: 11, failed: 0 });
    expect(builtStems(run.stdout)).toEqual([stems[4]]);
  });

  test('an output missing on disk is rebuilt; --force rebuilds all', async () => {
    fs.rmSync(path.join(out, `${stems[7]}.docx`));
    const run = await en(['build', dir, '-o', out, '--jobs', '2', '--to', 'pdf,docx']);
    expect(builtStems(run.stdout)).toEqual([stems[7]]);
    expect(fs.existsSync(path.join(out, `${stems[7]}.docx`))).toBe(true);
    const forced = await en(['build', dir, '-o', out, '--jobs', '2', '--force']);
    expect(summaryOf(forced.stdout)).toEqual({ total: 12, built: 12, skipped: 0, failed: 0 });
  });

  test('an unreadable cache is reported as a warning and everything is rebuilt', async () => {
    fs.writeFileSync(path.join(out, CACHE_FILE_NAME), '{"schema": 1, "entries": ');
    const run = await en(['build', dir, '-o', out, '--jobs', '2', '--to', 'docx']);
    expect(run.stderr).toContain('JB742');
    expect(summaryOf(run.stdout)).toMatchObject({ built: 12, failed: 0 });
    expect(run.code).toBe(0);
  });
});

describe('what else an issue depends on', () => {
  test('changing the series config rebuilds every issue; changing the options too', async () => {
    const { dir } = archive(3);
    const out = path.join(tmpDir(), 'out');
    await en(['build', dir, '-o', out, '--to', 'pdf', '--jobs', '1']);
    expect(summaryOf((await en(['build', dir, '-o', out, '--to', 'pdf', '--jobs', '1'])).stdout).skipped).toBe(3);
    const config = path.join(dir, 'jianbao.config.yaml');
    fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace('copies: 200', 'copies: 300'));
    expect(summaryOf((await en(['build', dir, '-o', out, '--to', 'pdf', '--jobs', '1'])).stdout).built).toBe(3);
    expect(summaryOf((await en(['build', dir, '-o', out, '--to', 'pdf', '--jobs', '1'])).stdout).built).toBe(0);
    // another format set is another build
    expect(summaryOf((await en(['build', dir, '-o', out, '--to', 'docx', '--jobs', '1'])).stdout).built).toBe(3);
  });

  test('a changed template file rebuilds the issues that use it', async () => {
    const { dir } = archive(2);
    // The series config names a template folder of its own (a path, resolved against the config).
    fs.cpSync(path.resolve(__dirname, '..', '..', 'templates', 'kexie'), path.join(dir, 'house-style'), { recursive: true });
    const config = path.join(dir, 'jianbao.config.yaml');
    fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace('template: kexie', 'template: ./house-style'));
    const out = path.join(tmpDir(), 'out');
    const build = async () => summaryOf((await en(['build', dir, '-o', out, '--to', 'docx', '--jobs', '1'])).stdout);
    expect((await build()).built).toBe(2);
    expect((await build()).built).toBe(0);
    fs.appendFileSync(path.join(dir, 'house-style', 'partials', 'briefs.hbs'), '\n');
    expect((await build()).built).toBe(2);
  });

  test('a font file changed in place, same size and time (a package updated), rebuilds the issues set in it', async () => {
    const { dir } = archive(2);
    const font = path.join(dir, 'body.ttf');
    fs.copyFileSync(require.resolve('@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf'), font);
    const pin = () => fs.utimesSync(font, 1_000_000_000, 1_000_000_000);
    pin();
    const config = path.join(dir, 'jianbao.config.yaml');
    fs.appendFileSync(config, '\nfonts:\n  body: { family: 仿宋, file: ./body.ttf }\n');
    const out = path.join(tmpDir(), 'out');
    const build = async () => summaryOf((await en(['build', dir, '-o', out, '--to', 'pdf', '--jobs', '1'])).stdout);
    expect((await build()).built).toBe(2);
    expect((await build()).built).toBe(0);
    const bytes = fs.readFileSync(font);
    bytes[bytes.length - 1] ^= 0x01; // the last byte of the last table's padding or data: still a font
    fs.writeFileSync(font, bytes);
    pin();
    expect((await build()).built).toBe(2);
  });
});

test('one broken issue among good ones: its diagnostics are printed, the others built, exit 1', async () => {
  const { dir, files } = archive(4);
  const broken = path.join(dir, '2003', '2003-13.yaml');
  fs.writeFileSync(broken, 'issue:\n  number: 13\n  total: "x"\n  date: 2003-13-01\narticles: []\n');
  const out = path.join(tmpDir(), 'out');
  const run = await en(['build', dir, '-o', out, '--jobs', '2']);
  expect(run.code).toBe(1);
  expect(summaryOf(run.stdout)).toEqual({ total: 5, built: 4, skipped: 0, failed: 1 });
  expect(run.stdout).toMatch(/FAILED 2003\/2003-13/);
  // file:line:col of the problem, its code and a hint, and no stack trace
  expect(run.stderr).toMatch(new RegExp(`${broken.replace(/[.\\/]/g, '\\$&')}:\\d+:\\d+: error JB\\d{3}`));
  expect(run.stderr).toContain('hint:');
  expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  expect(outputsIn(out)).toHaveLength(files.length * 2);
  expect(outputsIn(out).some((f) => f.includes('2003-13'))).toBe(false);
  // a failed issue is never recorded as done: it is tried again next time
  const again = await en(['build', dir, '-o', out, '--jobs', '2']);
  expect(summaryOf(again.stdout)).toEqual({ total: 5, built: 0, skipped: 4, failed: 1 });
});

test('a single file of a series takes its path below the series folder, as build DIR does, and leaves no cache', async () => {
  const { files } = archive(1);
  const out = path.join(tmpDir(), 'out');
  const run = await en(['build', files[0], '-o', out, '--to', 'pdf']);
  expect(run.code).toBe(0);
  expect(fs.readdirSync(out, { recursive: true }).map(String)).toEqual(['2003', path.join('2003', '2003-01.pdf')]);
});

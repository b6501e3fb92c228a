// The command: GBK input with --encoding, never overwriting without --force, clean errors with
// positions and hints, a summary per file on stdout.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-cli';
import { SEED_000 } from './round-trip-helpers';

const GBK = path.join(__dirname, '..', 'fixtures', 'import', 'seed-000-gb18030.txt');
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'jb-import-cli-'));
/** The YAML without its first comment lines (they name the source file). */
const content = (yaml: string) =>
  yaml
    .split('\n')
    .filter((l) => !l.startsWith('# '))
    .join('\n');

describe('jianbao import', () => {
  it('imports seed 000 with a summary line and the joins', async () => {
    const out = tmp();
    const run = await runCli(['import', SEED_000, '-o', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/→ .*000_e208822181160997\.yaml：9 篇文章，14 条简讯，9 处接合，0 处请核对/);
    expect(run.stdout).toContain('接合 第 163→165 行：助力乡村振兴进文|化礼堂志愿服');
    expect(fs.existsSync(path.join(out, '000_e208822181160997.yaml'))).toBe(true);
  });

  it('imports a GBK (gb18030, CRLF) copy identically with --encoding gb18030', async () => {
    const out = tmp();
    expect((await runCli(['import', SEED_000, '-o', out])).code).toBe(0);
    const gbk = await runCli(['import', GBK, '-o', out, '--encoding', 'gb18030']);
    expect(gbk.code).toBe(0);
    const a = fs.readFileSync(path.join(out, '000_e208822181160997.yaml'), 'utf8');
    const b = fs.readFileSync(path.join(out, 'seed-000-gb18030.yaml'), 'utf8');
    expect(content(b)).toBe(content(a));
    expect(content(a).length).toBeGreaterThan(7000);
  });

  it('reads clearly GBK text without --encoding too (issue #25 item 3), as with it', async () => {
    const out = tmp();
    const run = await runCli(['import', GBK, '-o', out], {}, 'en');
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    const withFlag = tmp();
    expect((await runCli(['import', GBK, '-o', withFlag, '--encoding', 'gb18030'], {}, 'en')).code).toBe(0);
    const name = 'seed-000-gb18030.yaml';
    expect(fs.readFileSync(path.join(out, name), 'utf8')).toBe(fs.readFileSync(path.join(withFlag, name), 'utf8'));
  });

  it('refuses a GBK file read with --encoding utf-8: JB003 with a position and a hint, exit 1, no stack', async () => {
    const out = tmp();
    const run = await runCli(['import', GBK, '-o', out, '--encoding', 'utf-8'], {}, 'en');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/JB00[36]/);
    expect(run.stderr).toMatch(/--encoding gb18030/);
    expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('never overwrites an existing YAML without --force', async () => {
    const out = tmp();
    const target = path.join(out, '000_e208822181160997.yaml');
    fs.writeFileSync(target, 'keep me\n');
    const refused = await runCli(['import', SEED_000, '-o', out]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('JB151');
    expect(refused.stderr).toContain('--force');
    expect(fs.readFileSync(target, 'utf8')).toBe('keep me\n');
    const forced = await runCli(['import', SEED_000, '-o', out, '--force']);
    expect(forced.code).toBe(0);
    expect(fs.readFileSync(target, 'utf8')).toMatch(/^# yaml-language-server/);
    expect(fs.readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('reports text that is not an issue (JB150) and a missing file (JB001), writing nothing', async () => {
    const out = tmp();
    const stray = path.join(out, 'notes.txt');
    fs.writeFileSync(stray, '随便写的几行字。\n\n没有要目。\n');
    const run = await runCli(['import', stray, path.join(out, 'missing.txt'), '-o', path.join(out, 'o')], {}, 'en');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('JB150');
    expect(run.stderr).toContain('JB001');
    expect(fs.existsSync(path.join(out, 'o'))).toBe(false);
  });

  it('fills a missing date from --date and rejects a malformed one as a usage error', async () => {
    const out = tmp();
    const seed004 = path.join(__dirname, '..', 'samples', 'seeds', '004_02f6aa3a8cf140fd.txt');
    const run = await runCli(['import', seed004, '-o', out, '--date', '2021-06-30']);
    expect(run.code).toBe(0);
    expect(fs.readFileSync(path.join(out, '004_02f6aa3a8cf140fd.yaml'), 'utf8')).toMatch(/^ {2}date: "2021-06-30"$/m);
    expect((await runCli(['import', seed004, '-o', out, '--force', '--date', '30.6.2021'])).code).toBe(2);
  });
});

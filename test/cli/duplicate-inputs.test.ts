// The same issue named twice on a command line (`f.yaml ./f.yaml`, or a file and its folder) is
// one issue: check reports it once, build builds it once (no JB743 collision with itself).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-cli';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');
jest.setTimeout(60_000);

/** A series folder whose one issue has a half-width comma (one JB301 warning, 1 occurrence). */
function series(): { dir: string; file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-dup-'));
  fs.copyFileSync(path.join(SAMPLES, 'jianbao.config.yaml'), path.join(dir, 'jianbao.config.yaml'));
  fs.cpSync(path.join(SAMPLES, 'images'), path.join(dir, 'images'), { recursive: true });
  const text = fs.readFileSync(path.join(SAMPLES, 'wenzhou-kexie-2022-04.yaml'), 'utf8');
  fs.writeFileSync(path.join(dir, 'f.yaml'), text.replace('4月21日，', '4月21日,'));
  return { dir, file: path.join(dir, 'f.yaml') };
}

describe('an issue named twice', () => {
  it.each([
    ['f.yaml ./f.yaml', (s: ReturnType<typeof series>) => [s.file, `${s.dir}${path.sep}.${path.sep}f.yaml`]],
    ['a file and its folder', (s: ReturnType<typeof series>) => [s.file, s.dir]],
  ])('check %s: reported once', async (_, argsOf) => {
    const s = series();
    const run = await runCli(['check', '--format', 'json', ...argsOf(s)]);
    expect(run.code).toBe(0);
    const found = (JSON.parse(run.stdout) as Array<{ code: string; file: string }>).filter((d) => d.code === 'JB301');
    expect(found).toHaveLength(1);
    expect(found[0].file).toBe(s.file);
  });

  it('build f.yaml ./f.yaml: built once, exit 0, no collision with itself', async () => {
    const s = series();
    const out = path.join(s.dir, 'out');
    const run = await runCli(['build', s.file, `${s.dir}${path.sep}.${path.sep}f.yaml`, '-o', out, '--to', 'docx']);
    expect(run.stderr).not.toContain('JB743');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/共 1 期：生成 1，跳过 0，失败 0/);
    expect(fs.readdirSync(out).filter((f) => f.endsWith('.docx'))).toEqual(['f.docx']);
  });
});

// Issue #26 item 2: `check --fix` and `add` never overwrite a version saved meanwhile, write
// through a symlinked issue to its target and keep the file's mode.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fixFile } from '../../src/lint/fix-file';
import { replaceEditedFile } from '../../src/output/replace-edited';
import { compileIssue } from '../../src/pipeline/compile-issue';
import { runCli } from '../helpers/run-cli';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');
jest.setTimeout(60_000);

function copySample(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-edit-'));
  fs.copyFileSync(path.join(SAMPLES, name), path.join(dir, name));
  fs.copyFileSync(path.join(SAMPLES, 'jianbao.config.yaml'), path.join(dir, 'jianbao.config.yaml'));
  fs.cpSync(path.join(SAMPLES, 'images'), path.join(dir, 'images'), { recursive: true });
  return path.join(dir, name);
}

describe('check --fix against a concurrent save', () => {
  it('refuses with JB702 and keeps the version saved after jianbao read the file', () => {
    const file = copySample('feature-page-2021-06.yaml');
    const compiled = compileIssue(file, {});
    const text = compiled.sources.get(file)!;
    expect(compiled.diagnostics.some((d) => d.fixes?.length)).toBe(true);
    const saved = `${text}# a line the editor saved while check ran\n`;
    fs.writeFileSync(file, saved);
    const result = fixFile(file, text, compiled.diagnostics);
    expect(result.fixed).toBe(0);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['JB702']);
    expect(fs.readFileSync(file, 'utf8')).toBe(saved);
  });

  it('replaceEditedFile refuses when the file changes between its checks', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-edit-'));
    const file = path.join(dir, 'a.yaml');
    fs.writeFileSync(file, 'v1');
    expect(() => replaceEditedFile(file, Buffer.from('v0'), Buffer.from('v2'))).toThrow(expect.objectContaining({ code: 'ECHANGED' }));
    expect(fs.readFileSync(file, 'utf8')).toBe('v1');
    replaceEditedFile(file, Buffer.from('v1'), Buffer.from('v2'));
    expect(fs.readFileSync(file, 'utf8')).toBe('v2');
  });
});

describe.each([
  ['check --fix', (f: string) => ['check', '--fix', f], 'feature-page-2021-06.yaml'],
  [
    'add brief',
    (f: string) => ['add', 'brief', f, '--date', '4月7日', '--text', '市科协举办科普讲座', '--yes'],
    'wenzhou-kexie-2022-04.yaml',
  ],
])('%s on a symlinked issue with mode 0600', (_name, argv, sample) => {
  it('writes through the link to its target and keeps the link and the mode', async () => {
    const real = copySample(sample);
    fs.chmodSync(real, 0o600);
    const before = fs.readFileSync(real, 'utf8');
    const link = path.join(path.dirname(real), 'link.yaml');
    fs.symlinkSync(real, link);
    const run = await runCli(argv(link));
    expect(run.stderr).not.toMatch(/JB70\d/);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(real, 'utf8')).not.toBe(before);
    expect(fs.statSync(real).mode & 0o777).toBe(0o600);
  });
});

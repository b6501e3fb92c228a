// Options a script meets: `--format json` on every command that prints something to read back
// (fonts keeps --json as an alias), and the documented shapes of `toc --format json`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-cli';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');
const SAMPLE = path.join(SAMPLES, 'wenzhou-kexie-2022-04.yaml');
jest.setTimeout(60_000);

describe('fonts --format', () => {
  it('json prints what --json prints', async () => {
    const format = await runCli(['fonts', SAMPLE, '--format', 'json']);
    const alias = await runCli(['fonts', SAMPLE, '--json']);
    expect(format.code).toBe(0);
    expect(JSON.parse(format.stdout).roles.map((r: { role: string }) => r.role)).toEqual(['title', 'heading', 'kai', 'body', 'song']);
    expect(format.stdout).toBe(alias.stdout);
  });

  it('text is the default listing', async () => {
    const text = await runCli(['fonts', SAMPLE, '--format', 'text']);
    expect(text.code).toBe(0);
    expect(text.stdout).toBe((await runCli(['fonts', SAMPLE])).stdout);
    expect(text.stdout).toContain('模板 kexie 的字体');
  });

  it('anything else is a usage error naming the choices', async () => {
    const run = await runCli(['fonts', SAMPLE, '--format', 'xml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/text.*json/);
  });
});

describe('toc --format json shapes (docs/reference.md)', () => {
  it('one file: one object; a folder: an array of them, each with its file', async () => {
    const one = JSON.parse((await runCli(['toc', SAMPLE, '--format', 'json'])).stdout);
    expect(Object.keys(one).sort()).toEqual(['date', 'number', 'publication', 'toc', 'total']);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-toc-shape-'));
    fs.copyFileSync(path.join(SAMPLES, 'jianbao.config.yaml'), path.join(dir, 'jianbao.config.yaml'));
    fs.copyFileSync(SAMPLE, path.join(dir, 'a.yaml'));
    const many = JSON.parse((await runCli(['toc', dir, '--format', 'json'])).stdout) as Array<Record<string, unknown>>;
    expect(many).toEqual([{ file: path.join(dir, 'a.yaml'), ...one }]);
  });
});
